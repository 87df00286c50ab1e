import { sameJson } from "./same-json";

/**
 * One place of a three-way reapply after a conflict: what the user loaded (`base`), what they
 * have now (`mine`) and what a colleague saved since (`theirs`). What only one side changed is
 * taken from that side; where both changed it differently, the user's value wins and
 * `overlapping` says so, for the notice to name.
 */
export function pickThreeWay<T>(base: T, mine: T, theirs: T): { value: T; mineChanged: boolean; overlapping: boolean } {
  if (sameJson(mine, base)) return { value: theirs, mineChanged: false, overlapping: false };
  return { value: mine, mineChanged: true, overlapping: !sameJson(theirs, base) && !sameJson(theirs, mine) };
}

/** The names whose values differ between two versions of a form. */
export function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>) {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !sameJson(before[name], after[name]));
}

export interface Reapplied<V extends Record<string, unknown>> {
  values: V;
  /** Fields the user changed and kept. */
  kept: string[];
  /** Fields both the user and the colleague changed: the user's value wins, and should be checked. */
  overlapping: string[];
}

/** A whole form reapplied field by field: the colleague's latest values with the user's edits on top. */
export function reapplyEdits<V extends Record<string, unknown>>(base: V, mine: V, theirs: V): Reapplied<V> {
  const values: Record<string, unknown> = { ...theirs };
  const kept: string[] = [];
  const overlapping: string[] = [];
  for (const name of changedFields(base, mine)) {
    const picked = pickThreeWay(base[name], mine[name], theirs[name]);
    values[name] = picked.value;
    kept.push(name);
    if (picked.overlapping) overlapping.push(name);
  }
  return { values: values as V, kept, overlapping };
}
