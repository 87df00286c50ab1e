import type { Block } from "@legible/core";
import { describe, expect, it } from "vitest";
import { blockSourceNumbers, sourceNumbers } from "./citation-numbers";

const block = (kind: Block["kind"], ...sourceIds: string[]) =>
  ({ kind, citations: sourceIds.map((sourceId) => ({ sourceId })) }) as Pick<Block, "kind" | "citations">;

describe("sourceNumbers", () => {
  it("numbers sources by first citation in page order, not editing order", () => {
    const numbers = sourceNumbers([
      block("background", "charter"),
      block("summary", "news"),
      block("what-it-does", "memo"),
    ]);
    expect([...numbers]).toEqual([
      ["news", 1],
      ["memo", 2],
      ["charter", 3],
    ]);
  });

  it("keeps a source's number when it is cited again", () => {
    const numbers = sourceNumbers([block("summary", "news", "charter"), block("what-it-does", "charter", "news")]);
    expect(numbers.get("news")).toBe(1);
    expect(numbers.get("charter")).toBe(2);
    expect(numbers.size).toBe(2);
  });

  it("puts perspectives before background, as the public page does", () => {
    const numbers = sourceNumbers([block("background", "a"), block("perspectives", "b")]);
    expect(numbers.get("b")).toBe(1);
    expect(numbers.get("a")).toBe(2);
  });

  it("skips citations of records without a source", () => {
    const numbers = sourceNumbers([
      { kind: "summary", citations: [{ record: { type: "vote-event", id: "v1" } }, { sourceId: "news" }] },
    ]);
    expect([...numbers]).toEqual([["news", 1]]);
  });
});

describe("blockSourceNumbers", () => {
  it("lists a block's numbers once each, ascending", () => {
    const numbers = new Map([
      ["news", 1],
      ["charter", 2],
    ]);
    expect(blockSourceNumbers(block("summary", "charter", "news", "charter"), numbers)).toEqual([1, 2]);
  });
});
