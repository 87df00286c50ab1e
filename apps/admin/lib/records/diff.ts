/** One change between two versions of a record, at a dotted path such as `counts.yes` or `sourceIds.1`. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every save changes; a diff that lists it says nothing. */
const IGNORED = new Set(["version", "updatedAt", "createdAt"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function walk(before: unknown, after: unknown, path: string, changes: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (path === "" && IGNORED.has(key)) continue;
      walk(before[key], after[key], path ? `${path}.${key}` : key, changes);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(isPlainObject) && after.every(isPlainObject)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      walk(before[index], after[index], `${path}.${index}`, changes);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ path, before, after });
}

/**
 * What changed between two saved versions of a record, field by field. Lists of plain values
 * (source ids, subjects) are compared whole; lists of objects (roll calls) entry by entry.
 * `null` before means the record was created; `null` after, deleted.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(isPlainObject(before) ? before : {}, isPlainObject(after) ? after : {}, "", changes);
  return changes;
}

/** A value as staff read it in a diff: words for empty and unknown values, JSON for the rest. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (value === null) return "(unknown)";
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  if (Array.isArray(value) && value.length === 0) return "(none)";
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
  return JSON.stringify(value);
}
