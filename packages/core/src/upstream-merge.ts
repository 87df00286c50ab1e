// Whether a sync may write an upstream value over what is on record, field by field. The sync
// remembers what it wrote last (the "previous upstream" value). A field still holding it was
// not touched by staff, so the new upstream value goes in. A field staff changed keeps the staff
// value; if upstream changed it too, a person must choose, and the sync says so instead of
// guessing.

/** What happens to one field. */
export type FieldOutcome =
  /** The record takes the upstream value (or already holds it). */
  | "take-upstream"
  /** Staff changed the field and upstream did not: the staff value stays, nothing to decide. */
  | "keep-staff"
  /** Staff changed the field and upstream changed it too: the staff value stays until a person decides. */
  | "conflict";

export interface UpstreamConflict {
  field: string;
  /** The value on record: staff's. */
  current: unknown;
  /** The value upstream gives now. */
  incoming: unknown;
  /** What upstream gave last time (undefined when the sync never wrote this record). */
  previous: unknown;
  /** Why a person must decide, in plain words. */
  reason: string;
}

export interface UpstreamMergeInput {
  /** The record as stored, or null when it is new. */
  stored: Readonly<Record<string, unknown>> | null;
  /** The values the sync wrote last, or null when it never wrote this record. */
  previous: Readonly<Record<string, unknown>> | null;
  /** The record as upstream gives it now. */
  incoming: Readonly<Record<string, unknown>>;
  /** Fields the merge leaves alone (ids, versions, bookkeeping the caller handles). */
  skip?: readonly string[];
  /** Where the values come from, for reasons: "Legistar". */
  upstreamName?: string;
}

export interface UpstreamMergeResult {
  /** The record to save: upstream values where the rule allows, staff values elsewhere. */
  record: Record<string, unknown>;
  /**
   * The upstream values to remember for next time: what upstream gave now, except for a field
   * in conflict, which keeps the previous upstream value so the question stays open until
   * decided.
   */
  snapshot: Record<string, unknown>;
  outcomes: Record<string, FieldOutcome>;
  conflicts: UpstreamConflict[];
}

/** Fields no merge decides: the record's id and its storage bookkeeping. */
const ALWAYS_SKIPPED = ["id", "version", "updatedAt"];

/** A value with object keys sorted and absent or null fields dropped, for comparing. */
function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined && entry !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, canonicalValue(entry)]),
    );
  }
  return value;
}

/** True when two field values say the same: absent, null and an empty list are all "nothing". */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (isNothing(a) && isNothing(b)) return true;
  return JSON.stringify(canonicalValue(a)) === JSON.stringify(canonicalValue(b));
}

function isNothing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === "";
}

/**
 * Decides one field: `stored` is on record, `previous` what the sync wrote last (`hasPrevious`
 * false when it never wrote the record), `incoming` what upstream gives now.
 */
export function decideField(stored: unknown, previous: unknown, incoming: unknown, hasPrevious: boolean): FieldOutcome {
  if (sameFieldValue(stored, incoming)) return "take-upstream";
  // Never written by the sync (a record linked to one typed by staff): fill only what is empty.
  if (!hasPrevious) return isNothing(stored) ? "take-upstream" : "conflict";
  if (sameFieldValue(stored, previous)) return "take-upstream";
  return sameFieldValue(incoming, previous) ? "keep-staff" : "conflict";
}

/**
 * Merges an upstream record into the stored one field by field (see {@link decideField}).
 *
 * @example
 * mergeUpstream({
 *   stored: { id: "m1", title: "Staff title" },
 *   previous: { title: "Old title" },
 *   incoming: { id: "m1", title: "New title" },
 * }).conflicts[0]?.field // → "title": staff's title is kept until someone decides
 */
export function mergeUpstream(input: UpstreamMergeInput): UpstreamMergeResult {
  const { stored, previous, incoming } = input;
  const skip = new Set([...ALWAYS_SKIPPED, ...(input.skip ?? [])]);
  const upstreamName = input.upstreamName ?? "The source";
  const record: Record<string, unknown> = stored ? { ...stored, id: incoming.id } : { ...incoming };
  const snapshot: Record<string, unknown> = {};
  const outcomes: Record<string, FieldOutcome> = {};
  const conflicts: UpstreamConflict[] = [];
  const fields = [...new Set([...Object.keys(stored ?? {}), ...Object.keys(incoming)])].filter((f) => !skip.has(f));
  for (const field of fields.sort()) {
    const upstream = incoming[field];
    if (!stored) {
      outcomes[field] = "take-upstream";
      snapshot[field] = upstream;
      setOrDrop(record, field, upstream);
      continue;
    }
    const current = stored[field];
    const before = previous?.[field];
    const outcome = decideField(current, before, upstream, previous !== null);
    outcomes[field] = outcome;
    if (outcome === "take-upstream") {
      snapshot[field] = upstream;
      // When they say the same, the stored form stays (null and an empty list are alike here).
      setOrDrop(record, field, sameFieldValue(current, upstream) ? current : upstream);
      continue;
    }
    setOrDrop(record, field, current);
    snapshot[field] = before;
    if (outcome === "conflict") {
      conflicts.push({
        field,
        current,
        incoming: upstream,
        previous: before,
        reason:
          previous === null
            ? `${upstreamName} gives a different ${field} than the one on record, which was typed before this record was linked to ${upstreamName}. The value on record is kept until someone decides.`
            : `Staff changed the ${field} after the last sync, and ${upstreamName} has since changed it too. The staff value is kept until someone decides.`,
      });
    }
  }
  return { record, snapshot, outcomes, conflicts };
}

/** Sets a field; an absent value leaves the field out, as core's optional fields expect. */
function setOrDrop(record: Record<string, unknown>, field: string, value: unknown): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}
