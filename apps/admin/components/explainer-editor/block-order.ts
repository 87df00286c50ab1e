/** The list with the item at `index` moved by `offset` places; unchanged when it would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length || offset === 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1) as [T];
  next.splice(target, 0, moved);
  return next;
}

/** The list without the item at `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** After removing the item at `index` from a list of `length`, the index that should take focus (-1 when none). */
export function indexAfterRemoval(index: number, length: number): number {
  if (length <= 1) return -1;
  return Math.min(index, length - 2);
}
