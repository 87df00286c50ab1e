import type { Block, BlockKind } from "@legible/core";

/** Block kinds in the order the public explainer page shows them (perspectives come before background there). */
export const PAGE_ORDER: readonly BlockKind[] = [
  "summary",
  "what-it-does",
  "what-it-does-not-do",
  "who-it-affects",
  "what-happens-next",
  "perspectives",
  "background",
  "questions",
  "glossary",
];

/** Blocks as a reader meets them on the public page: by kind in page order, then in editing order. */
export function inPageOrder<B extends Pick<Block, "kind">>(blocks: readonly B[]): B[] {
  return blocks
    .map((block, position) => ({ block, position }))
    .sort((a, b) => PAGE_ORDER.indexOf(a.block.kind) - PAGE_ORDER.indexOf(b.block.kind) || a.position - b.position)
    .map(({ block }) => block);
}
