import type { Block } from "@legible/core";
import { describe, expect, it } from "vitest";
import { explainerSummaryItems } from "./summary-items";

const blocks = [
  { id: "summary-1", kind: "summary", citations: [], text: "" },
  { id: "questions-1", kind: "questions", citations: [], items: [{ question: "", answer: "A" }] },
] as unknown as Block[];

describe("explainerSummaryItems", () => {
  it("names each problem by its block and part, linked to the control", () => {
    const items = explainerSummaryItems(
      {
        fields: { headline: ["is required"], "corrections.0.text": ["is required"] },
        blocks: { "questions-1": { "items.0.question": ["is required"], "": ["needs a citation"] } },
      },
      blocks,
    );
    expect(items).toEqual([
      { target: "headline", message: "Headline is required." },
      { target: null, message: "Correction 1, text: This is required." },
      {
        target: "questions-1-items-0-question",
        message: "Block 2, Questions and answers: Question 1 is required.",
      },
      { target: "block-questions-1", message: "Block 2, Questions and answers: This block needs a citation." },
    ]);
  });
});
