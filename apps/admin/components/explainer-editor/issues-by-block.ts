import type { Issue } from "@legible/core";

/** A save's refusals, placed where the editor shows them. */
export interface PlacedIssues {
  /** By field outside blocks: `headline`, `translationOf`, `corrections.0.text`... */
  fields: Record<string, string[]>;
  /** By block id, then by the field inside the block (`text`, `items.0.answer`; `""` for the block itself). */
  blocks: Record<string, Record<string, string[]>>;
}

function push(target: Record<string, string[]>, key: string, message: string) {
  target[key] = [...(target[key] ?? []), message];
}

/**
 * Places issues such as `blocks.2.items.0.question` on the block that was at index 2 when the
 * explainer was sent (`blockIds`), so they stay with their block when blocks move afterwards.
 */
export function placeIssues(issues: readonly Issue[], blockIds: readonly string[]): PlacedIssues {
  const placed: PlacedIssues = { fields: {}, blocks: {} };
  for (const issue of issues) {
    const match = /^blocks\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    const blockId = match ? blockIds[Number(match[1])] : undefined;
    if (match && blockId !== undefined) {
      placed.blocks[blockId] ??= {};
      push(placed.blocks[blockId], match[2] ?? "", issue.message);
    } else {
      push(placed.fields, issue.path, issue.message);
    }
  }
  return placed;
}

/** How many issues were placed, for "Fix the 3 problems marked below". */
export function countIssues(placed: PlacedIssues): number {
  const count = (byField: Record<string, string[]>) =>
    Object.values(byField).reduce((sum, list) => sum + list.length, 0);
  return count(placed.fields) + Object.values(placed.blocks).reduce((sum, byField) => sum + count(byField), 0);
}
