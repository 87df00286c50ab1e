import type { Block, Explainer } from "@legible/core";
import { pickThreeWay } from "@/lib/form-kit/reapply";
import { sameJson } from "@/lib/form-kit/same-json";

/** What the reapply did that the editor should check: places both people changed. */
export interface ReapplyResult {
  merged: Explainer;
  /** Plain descriptions of the places the editor changed, kept on top of theirs. */
  kept: string[];
  /** Plain descriptions of the places both people changed; the editor's version was kept in each. */
  overlaps: string[];
}

/** Ids in `primary`'s order, with ids only `secondary` has placed after their nearest earlier neighbour. */
function mergeOrder(primary: readonly string[], secondary: readonly string[]): string[] {
  const order = [...primary];
  secondary.forEach((id, index) => {
    if (order.includes(id)) return;
    const before = secondary
      .slice(0, index)
      .reverse()
      .find((earlier) => order.includes(earlier));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  return order;
}

function label(block: Block, position: number): string {
  return `block ${position + 1} (${block.kind})`;
}

/**
 * Reapplies the edits made to `base` (the version loaded) in `mine` onto `theirs` (the newer
 * version someone else saved), block by block with the form kit's three-way pick. What only one
 * side changed is kept from that side; where both changed the same field or block, the editor's
 * version wins and the place is reported.
 * Revisions, status and version always come from `theirs`; corrections are append-only, so
 * both sides' new corrections are kept.
 */
export function reapplyEdits(base: Explainer, mine: Explainer, theirs: Explainer): ReapplyResult {
  const overlaps: string[] = [];
  const kept: string[] = [];
  const pick = <T>(what: string, baseValue: T, mineValue: T, theirsValue: T): T => {
    const picked = pickThreeWay(baseValue, mineValue, theirsValue);
    if (picked.mineChanged) kept.push(what);
    if (picked.overlapping) overlaps.push(what);
    return picked.value;
  };

  const headline = pick("the headline", base.headline, mine.headline, theirs.headline);
  const translationOf = pick("the English original", base.translationOf, mine.translationOf, theirs.translationOf);

  const baseBlocks = new Map(base.blocks.map((block) => [block.id, block]));
  const mineBlocks = new Map(mine.blocks.map((block) => [block.id, block]));
  const theirBlocks = new Map(theirs.blocks.map((block) => [block.id, block]));
  const blocksKept = new Map<string, Block>();

  theirs.blocks.forEach((theirBlock, position) => {
    const baseBlock = baseBlocks.get(theirBlock.id);
    const myBlock = mineBlocks.get(theirBlock.id);
    if (!baseBlock) {
      blocksKept.set(theirBlock.id, theirBlock); // they added it
    } else if (!myBlock) {
      // I removed it: gone, unless they changed it meanwhile.
      if (!sameJson(theirBlock, baseBlock)) {
        overlaps.push(`${label(theirBlock, position)}, which you removed and they changed (kept)`);
        blocksKept.set(theirBlock.id, theirBlock);
      }
    } else {
      blocksKept.set(theirBlock.id, pick(label(myBlock, position), baseBlock, myBlock, theirBlock));
    }
  });
  mine.blocks.forEach((myBlock, position) => {
    if (theirBlocks.has(myBlock.id)) return;
    const baseBlock = baseBlocks.get(myBlock.id);
    if (!baseBlock) {
      blocksKept.set(myBlock.id, myBlock); // I added it
      kept.push(`a new block (${myBlock.kind})`);
    } else if (!sameJson(myBlock, baseBlock)) {
      overlaps.push(`${label(myBlock, position)}, which you changed and they removed (kept yours)`);
      blocksKept.set(myBlock.id, myBlock);
    }
  });

  const ids = (blocks: readonly Block[]) => blocks.map((block) => block.id).filter((id) => baseBlocks.has(id));
  const iReordered = !sameJson(
    ids(mine.blocks),
    base.blocks.map((block) => block.id).filter((id) => mineBlocks.has(id)),
  );
  const mineOrder = mine.blocks.map((block) => block.id);
  const theirOrder = theirs.blocks.map((block) => block.id);
  const order = iReordered ? mergeOrder(mineOrder, theirOrder) : mergeOrder(theirOrder, mineOrder);
  const blocks = order.flatMap((id) => blocksKept.get(id) ?? []);

  const corrections = [
    ...theirs.corrections,
    ...mine.corrections.filter(
      (correction) =>
        !theirs.corrections.some((their) => their.id === correction.id) &&
        !base.corrections.some((loaded) => loaded.id === correction.id),
    ),
  ];

  const merged: Explainer = { ...theirs, headline, blocks, corrections };
  if (translationOf === undefined) delete merged.translationOf;
  else merged.translationOf = translationOf;
  return { merged, kept, overlaps };
}
