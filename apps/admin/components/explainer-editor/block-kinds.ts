import type { Block, BlockKind } from "@legible/core";

/** What staff call each block kind (the public page's section titles, in English). */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  summary: "Summary (In short)",
  "what-it-does": "What it does",
  "what-it-does-not-do": "What it does not do",
  "who-it-affects": "Who it affects",
  "what-happens-next": "What happens next",
  perspectives: "Perspectives (who is for it and against it)",
  background: "Background",
  questions: "Questions and answers",
  glossary: "Glossary (words to know)",
};

/** "Block 3, What it does": how lint, errors and controls name a block. */
export function blockName(block: Pick<Block, "kind">, position: number): string {
  return `Block ${position + 1}, ${BLOCK_KIND_LABELS[block.kind]}`;
}

/** An empty block of a kind, with an id no other block of this explainer has. */
export function newBlock(kind: BlockKind, takenIds: readonly string[]): Block {
  let n = 1;
  while (takenIds.includes(`${kind}-${n}`)) n += 1;
  const id = `${kind}-${n}`;
  switch (kind) {
    case "perspectives":
      return { id, kind, citations: [], statementIds: [] };
    case "questions":
      return { id, kind, citations: [], items: [{ question: "", answer: "" }] };
    case "glossary":
      return { id, kind, citations: [], entries: [{ term: "", definition: "" }] };
    default:
      return { id, kind, citations: [], text: "" };
  }
}

/** The DOM id of a block's section, which lint links and focus moves point at. */
export function blockAnchor(blockId: string): string {
  return `block-${blockId}`;
}
