import { describe, expect, it } from "vitest";
import { countIssues, placeIssues } from "./issues-by-block";

describe("placeIssues", () => {
  it("puts block issues on the block that was at that index, by field", () => {
    const placed = placeIssues(
      [
        { path: "blocks.1.items.0.question", message: "is required" },
        { path: "blocks.1", message: "cites no source" },
        { path: "headline", message: "is required" },
      ],
      ["block-a", "block-b"],
    );
    expect(placed.blocks).toEqual({ "block-b": { "items.0.question": ["is required"], "": ["cites no source"] } });
    expect(placed.fields).toEqual({ headline: ["is required"] });
    expect(countIssues(placed)).toBe(3);
  });

  it("keeps an issue about a block it cannot find as a general one", () => {
    const placed = placeIssues([{ path: "blocks.7.text", message: "is required" }], ["block-a"]);
    expect(placed.fields).toEqual({ "blocks.7.text": ["is required"] });
  });
});
