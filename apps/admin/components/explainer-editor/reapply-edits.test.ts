import type { Block, Explainer } from "@legible/core";
import { describe, expect, it } from "vitest";
import { reapplyEdits } from "./reapply-edits";

const text = (id: string, words: string): Block => ({ id, kind: "what-it-does", text: words, citations: [] });

const base: Explainer = {
  id: "explainer-x",
  measureId: "measure-x",
  locale: "en",
  status: "draft",
  headline: "Old headline",
  blocks: [text("a", "A"), text("b", "B"), text("c", "C")],
  revisions: [],
  corrections: [],
  version: 3,
};

describe("reapplyEdits", () => {
  it("keeps both sides' changes when they touch different places", () => {
    const mine = { ...base, headline: "My headline" };
    const theirs = { ...base, version: 4, blocks: [text("a", "A"), text("b", "Their B"), text("c", "C")] };
    const { merged, overlaps } = reapplyEdits(base, mine, theirs);
    expect(merged.headline).toBe("My headline");
    expect(merged.blocks.map((block) => (block as { text: string }).text)).toEqual(["A", "Their B", "C"]);
    expect(merged.version).toBe(4);
    expect(overlaps).toEqual([]);
  });

  it("keeps my version where both changed the same block, and says so", () => {
    const mine = { ...base, blocks: [text("a", "A"), text("b", "My B"), text("c", "C")] };
    const theirs = { ...base, version: 4, blocks: [text("a", "A"), text("b", "Their B"), text("c", "C")] };
    const { merged, overlaps } = reapplyEdits(base, mine, theirs);
    expect((merged.blocks[1] as { text: string }).text).toBe("My B");
    expect(overlaps).toEqual(["block 2 (what-it-does)"]);
  });

  it("does not report an overlap when both made the same change", () => {
    const mine = { ...base, headline: "Same" };
    const theirs = { ...base, version: 4, headline: "Same" };
    expect(reapplyEdits(base, mine, theirs).overlaps).toEqual([]);
  });

  it("keeps blocks either side added, each near its neighbour", () => {
    const mine = { ...base, blocks: [text("a", "A"), text("mine", "M"), text("b", "B"), text("c", "C")] };
    const theirs = {
      ...base,
      version: 4,
      blocks: [text("a", "A"), text("b", "B"), text("c", "C"), text("theirs", "T")],
    };
    const { merged } = reapplyEdits(base, mine, theirs);
    expect(merged.blocks.map((block) => block.id)).toEqual(["a", "mine", "b", "c", "theirs"]);
  });

  it("applies my removal and my reordering", () => {
    const mine = { ...base, blocks: [text("c", "C"), text("a", "A")] };
    const theirs = { ...base, version: 4, headline: "Their headline" };
    const { merged, overlaps } = reapplyEdits(base, mine, theirs);
    expect(merged.blocks.map((block) => block.id)).toEqual(["c", "a"]);
    expect(merged.headline).toBe("Their headline");
    expect(overlaps).toEqual([]);
  });

  it("keeps a block I removed when they changed it meanwhile", () => {
    const mine = { ...base, blocks: [text("a", "A"), text("c", "C")] };
    const theirs = { ...base, version: 4, blocks: [text("a", "A"), text("b", "Their B"), text("c", "C")] };
    const { merged, overlaps } = reapplyEdits(base, mine, theirs);
    expect(merged.blocks.map((block) => block.id)).toEqual(["a", "b", "c"]);
    expect(overlaps).toHaveLength(1);
  });

  it("keeps their revisions and status, and both sides' new corrections", () => {
    const correction = (id: string) => ({ id, date: "2024-11-20T00:00:00Z", text: `Fix ${id}` });
    const mine = { ...base, corrections: [correction("mine")] };
    const theirs: Explainer = {
      ...base,
      version: 5,
      status: "in-review",
      revisions: [{ number: 1, publishedAt: "2024-11-20T00:00:00Z", headline: "Old headline", blocks: base.blocks }],
      corrections: [correction("theirs")],
    };
    const { merged } = reapplyEdits(base, mine, theirs);
    expect(merged.status).toBe("in-review");
    expect(merged.revisions).toHaveLength(1);
    expect(merged.corrections.map((c) => c.id)).toEqual(["theirs", "mine"]);
  });
});
