import { describe, expect, it } from "vitest";
import * as seed from "./fixtures/seed-story.test-support.js";
import { markedTerms } from "./glossary.js";
import { blockText, lintExplainer } from "./lint.js";
import type { Block, Explainer } from "./schemas/explainer.js";

const codes = (explainer: Explainer, options = {}) =>
  lintExplainer(explainer, { statements: seed.statements, ...options }).map((f) => `${f.code}:${f.blockId}`);

const withBlocks = (blocks: Block[]): Explainer => ({ ...seed.explainerEn, blocks });

describe("lintExplainer", () => {
  it("passes the seed explainer", () => {
    expect(lintExplainer(seed.explainerEn, { statements: seed.statements })).toEqual([]);
  });

  it("flags a block with no citation", () => {
    const blocks = seed.explainerEn.blocks.map((b) => (b.id === "block-does" ? { ...b, citations: [] } : b));
    expect(codes(withBlocks(blocks))).toEqual(["uncited-block:block-does"]);
  });

  it("flags a block above the target grade, and honours a custom target", () => {
    const hard: Block = {
      id: "block-hard",
      kind: "background",
      text: "Notwithstanding longstanding administrative interpretations, municipal authorities institutionalized comprehensive protections.",
      citations: [{ sourceId: seed.newsReport.id }],
    };
    expect(codes(withBlocks([hard]))).toEqual(["grade-above-target:block-hard"]);
    expect(codes(withBlocks([hard]), { targetGrade: 40 })).toEqual([]);
  });

  it("flags perspectives from one side only", () => {
    const blocks = seed.explainerEn.blocks.map((b) =>
      b.kind === "perspectives" ? { ...b, statementIds: [seed.bassStatement.id, seed.sotoMartinezStatement.id] } : b,
    );
    const findings = lintExplainer(withBlocks(blocks), { statements: seed.statements });
    expect(findings.map((f) => f.code)).toEqual(["one-sided-perspectives"]);
    expect(findings[0]?.message).toMatch(/support/);
    const opposing = seed.explainerEn.blocks.map((b) =>
      b.kind === "perspectives" ? { ...b, statementIds: [seed.partyStatement.id], citations: [] } : b,
    );
    // Linked statements count as citations, so only the balance is flagged.
    expect(codes(withBlocks(opposing))).toEqual(["one-sided-perspectives:block-perspectives"]);
  });

  it("flags blocks citing records changed after the last publish", () => {
    const changes = [
      { id: seed.councilVote.id, updatedAt: "2024-11-21T09:00:00Z" },
      { id: seed.newsReport.id, updatedAt: "2024-11-19T09:00:00Z" },
    ];
    const findings = lintExplainer(seed.explainerEn, { statements: seed.statements, changes });
    expect(findings.map((f) => `${f.code}:${f.blockId}`)).toEqual(["stale-block:block-summary"]);
    expect(findings[0]?.message).toContain(seed.councilVote.id);
    // A draft never published cannot go stale.
    expect(codes({ ...seed.explainerEn, revisions: [] }, { changes })).toEqual([]);
  });

  it("flags glossary terms used but not defined", () => {
    const blocks: Block[] = [
      {
        id: "block-summary",
        kind: "summary",
        text: "The [[Sanctuary  City]] law can face a [[veto|veto from the Mayor]].",
        citations: [{ sourceId: seed.newsReport.id }],
      },
      ...seed.explainerEn.blocks.filter((b) => b.kind === "glossary"),
    ];
    const findings = lintExplainer(withBlocks(blocks));
    expect(findings.map((f) => `${f.code}:${f.path}`)).toEqual(["undefined-glossary-term:blocks.0"]);
    expect(findings[0]?.message).toContain('"veto"');
  });

  it("reads text from every kind of block", () => {
    expect(markedTerms("a [[b]] and [[c|d]]")).toEqual(["b", "c"]);
    expect(blockText({ id: "q", kind: "questions", items: [{ question: "Who?", answer: "Us." }], citations: [] })).toBe(
      "Who?\nUs.",
    );
    expect(blockText({ id: "p", kind: "perspectives", statementIds: [], citations: [] })).toBe("");
  });
});
