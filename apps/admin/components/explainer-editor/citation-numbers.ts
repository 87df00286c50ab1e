import type { Block } from "@legible/core";
import { inPageOrder } from "./page-order";

/**
 * Numbers the sources blocks cite in the order a reader meets them on the public page: the
 * first source cited is 1, and a source cited again keeps its number.
 */
export function sourceNumbers(blocks: readonly Pick<Block, "kind" | "citations">[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const block of inPageOrder(blocks)) {
    for (const citation of block.citations) {
      if (citation.sourceId && !numbers.has(citation.sourceId)) numbers.set(citation.sourceId, numbers.size + 1);
    }
  }
  return numbers;
}

/** One block's source numbers, each once and in ascending order. */
export function blockSourceNumbers(block: Pick<Block, "citations">, numbers: ReadonlyMap<string, number>): number[] {
  const found = block.citations.flatMap((citation) => {
    const number = citation.sourceId ? numbers.get(citation.sourceId) : undefined;
    return number === undefined ? [] : [number];
  });
  return [...new Set(found)].sort((a, b) => a - b);
}
