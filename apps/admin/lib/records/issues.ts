import type { Issue } from "@legible/core";

/** Problems sorted by the form field they belong to; the rest concern the record as a whole. */
export interface IssuesByField {
  byField: Record<string, Issue[]>;
  general: Issue[];
}

/**
 * The field a problem's path belongs to: the field named by the path or by its longest
 * leading part (`counts.yes` belongs to `counts`, `rollCall.2.option` to `rollCall`).
 */
export function fieldOfPath(path: string, fieldNames: readonly string[]): string | null {
  let best: string | null = null;
  for (const name of fieldNames) {
    if ((path === name || path.startsWith(`${name}.`)) && (best === null || name.length > best.length)) best = name;
  }
  return best;
}

export function issuesByField(issues: readonly Issue[], fieldNames: readonly string[]): IssuesByField {
  const grouped: IssuesByField = { byField: {}, general: [] };
  for (const issue of issues) {
    const field = fieldOfPath(issue.path, fieldNames);
    if (field === null) grouped.general.push(issue);
    else grouped.byField[field] = [...(grouped.byField[field] ?? []), issue];
  }
  return grouped;
}

/** zod's flattened field errors (`{ name: ["is required"] }`) as issues. */
export function issuesOfFieldErrors(fieldErrors: Record<string, string[] | undefined> | null | undefined): Issue[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors).flatMap(([path, messages]) =>
    (messages ?? []).map((message) => ({ path, message })),
  );
}

/**
 * A message as a sentence about its field: core's messages name no field ("is required"),
 * so they are joined to the field's label ("Name is required."). Whole sentences pass through.
 */
export function sentenceFor(label: string, message: string): string {
  // zod's own short messages ("Invalid URL") read as a rule about the field.
  const trimmed = message.trim().replace(/^Invalid (?!input)(.+)$/, "must be a valid $1");
  const sentence = /^(is|must|are|has|needs|cannot|points)\b/.test(trimmed) ? `${label} ${trimmed}` : trimmed;
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
