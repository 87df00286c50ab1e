import type { FormValues } from "./fields";

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose values differ between two versions of a form. */
export function changedFields(before: FormValues, after: FormValues): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !same(before[name], after[name]));
}

export interface Reapplied {
  values: FormValues;
  /** Fields the user changed and kept. */
  kept: string[];
  /** Fields both the user and the colleague changed: the user's value wins, and should be checked. */
  overlapping: string[];
}

/**
 * After a conflict: the colleague's latest version with the user's own edits laid on top.
 * `loaded` is what the user started from, `mine` what they have now, `theirs` the latest save.
 */
export function reapplyEdits(loaded: FormValues, mine: FormValues, theirs: FormValues): Reapplied {
  const kept = changedFields(loaded, mine);
  const theirChanges = new Set(changedFields(loaded, theirs));
  const values: FormValues = { ...theirs };
  for (const name of kept) values[name] = mine[name];
  return {
    values,
    kept,
    overlapping: kept.filter((name) => theirChanges.has(name) && !same(mine[name], theirs[name])),
  };
}
