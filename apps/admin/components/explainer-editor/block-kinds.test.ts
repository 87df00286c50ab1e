import { describe, expect, it } from "vitest";
import { blockName, newBlock } from "./block-kinds";

describe("newBlock", () => {
  it("gives a new block an id no other block has", () => {
    expect(newBlock("summary", ["summary-1", "summary-2"]).id).toBe("summary-3");
    expect(newBlock("what-it-does", ["summary-1"]).id).toBe("what-it-does-1");
  });

  it("starts each kind with the fields it needs", () => {
    expect(newBlock("questions", [])).toMatchObject({ items: [{ question: "", answer: "" }], citations: [] });
    expect(newBlock("glossary", [])).toMatchObject({ entries: [{ term: "", definition: "" }] });
    expect(newBlock("perspectives", [])).toMatchObject({ statementIds: [] });
    expect(newBlock("background", [])).toMatchObject({ text: "" });
  });
});

describe("blockName", () => {
  it("counts from one", () => {
    expect(blockName({ kind: "what-it-does" }, 0)).toBe("Block 1, What it does");
  });
});
