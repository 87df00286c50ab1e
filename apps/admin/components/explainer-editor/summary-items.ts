import type { Block } from "@legible/core";
import { sentenceFor } from "@/lib/form-kit/sentences";
import type { SummaryItem } from "../form-kit/error-summary";
import { blockAnchor, blockName } from "./block-kinds";
import type { PlacedIssues } from "./issues-by-block";
import { placeName } from "./other-issues";

/** "items.0.question" → "Question 1"; "text" → "Text"; "" → "This block". */
function partName(path: string): string {
  if (path === "") return "This block";
  const item = /^(\w+)\.(\d+)\.(\w+)$/.exec(path);
  const words = (key: string) =>
    key.charAt(0).toUpperCase() +
    key
      .slice(1)
      .replace(/([A-Z])/g, " $1")
      .toLowerCase();
  if (item) return `${words(item[3] ?? "")} ${Number(item[2]) + 1}`;
  return words(path);
}

/**
 * A refused save's problems as the error summary's lines: each named by its block and part
 * ("Block 3, Questions and answers: Question 1 is required.") and linked to its control.
 */
export function explainerSummaryItems(placed: PlacedIssues, blocks: readonly Block[]): SummaryItem[] {
  const fields = Object.entries(placed.fields).flatMap(([path, messages]) =>
    messages.map((message) => ({
      target: path === "headline" ? "headline" : null,
      message:
        path === "headline" ? sentenceFor("Headline", message) : `${placeName(path)}: ${sentenceFor("This", message)}`,
    })),
  );
  const inBlocks = blocks.flatMap((block, position) =>
    Object.entries(placed.blocks[block.id] ?? {}).flatMap(([path, messages]) =>
      messages.map((message) => ({
        target: path === "" ? blockAnchor(block.id) : `${block.id}-${path.replaceAll(".", "-")}`,
        message: `${blockName(block, position)}: ${sentenceFor(partName(path), message)}`,
      })),
    ),
  );
  return [...fields, ...inBlocks];
}
