/** Words for review items: where an incoming record came from, and a stored value as text. */

const SYSTEMS: Record<string, string> = { legistar: "Legistar", openstates: "Open States", ocd: "Open Civic Data" };

interface Identifier {
  scheme?: unknown;
  scope?: unknown;
  identifier?: unknown;
}

function identifiersOf(record: unknown): Identifier[] {
  const list = (record as { identifiers?: unknown } | null)?.identifiers;
  return Array.isArray(list) ? (list as Identifier[]) : [];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Legistar's" and "Testville" for an incoming person read from Legistar's testville client. */
export function incomingOrigin(incoming: unknown): { system: string; place: string | null } {
  const first = identifiersOf(incoming).find((id) => typeof id.scheme === "string" && id.scheme in SYSTEMS);
  if (!first) return { system: "An incoming record", place: null };
  const scope = typeof first.scope === "string" && first.scope ? capitalized(first.scope) : null;
  return { system: `${SYSTEMS[first.scheme as string]}’s`, place: scope };
}

/** The ids in other systems, one line each: "Legistar (testville): 5". */
export function identifierLines(record: unknown): string[] {
  return identifiersOf(record).map((id) => {
    const system = SYSTEMS[String(id.scheme)] ?? String(id.scheme);
    return `${system}${id.scope ? ` (${String(id.scope)})` : ""}: ${String(id.identifier)}`;
  });
}

/** A field's stored value as a person reads it; absent values say so. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, null, 2);
}

/** A record's field name as words: "familyName" → "family name". */
export function fieldWords(field: string | null): string {
  if (!field) return "a field";
  return field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** The words of each decision, for the decided list. */
export const RESOLUTION_WORDS: Record<string, string> = {
  "keep-staff": "Kept our value",
  "take-upstream": "Used the upstream value",
  "same-person": "Same person",
  "different-person": "Different people",
  "keep-public": "Kept it public",
  "confirm-removal": "Confirmed the removal (stays off the public site)",
  "back-upstream": "Listed upstream again: published again by the sync",
};
