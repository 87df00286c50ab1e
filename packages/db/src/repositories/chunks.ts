/** Rows per statement for `in` lists and createMany calls, well under every driver's parameter limit. */
const CHUNK = 500;

/** The list in runs of at most CHUNK, for one statement each. */
export function chunks<V>(list: readonly V[]): V[][] {
  const out: V[][] = [];
  for (let start = 0; start < list.length; start += CHUNK) out.push(list.slice(start, start + CHUNK));
  return out;
}
