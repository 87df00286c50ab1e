import type { VoteEvent, VotingRules } from "@legible/core";
import { describe, expect, it } from "vitest";
import { voteSummary } from "./record-parts";

// Lists (the home page, a body's and a person's votes, a measure's) show each vote's result with
// core's decision by the body's rules for what the vote decided, so a list never says "Passed"
// where the rules say it failed.

const cite = (locator: string) => ({ sourceId: "src-charter", locator });
const sevenSeats: VotingRules = {
  seats: { value: 7, citation: cite("Sec. 1") },
  quorum: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 2") },
  passage: { ordinance: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 3") } },
  executive: {
    title: { en: "the Mayor", es: "la Alcaldía" },
    appliesTo: ["ordinance"],
    override: { value: { fraction: "two-thirds", of: "seats" }, citation: cite("Sec. 4") },
  },
};
const bodies = new Map([["body-council", { id: "body-council", name: "Council", rules: sevenSeats }]]);
const measures = new Map([
  ["measure-1", { id: "measure-1", title: "An ordinance", identifier: null, classification: "ordinance" as const }],
]);

function vote(overrides: Partial<VoteEvent>): VoteEvent {
  return {
    id: "vote-1",
    bodyId: "body-council",
    measureId: "measure-1",
    date: "2025-03-04",
    motionText: "Override the veto",
    motionClassification: ["veto-override"],
    result: "fail",
    counts: { yes: 4, no: 3 },
    rollCall: null,
    sourceIds: [],
    ...overrides,
  };
}

describe("a vote in a list", () => {
  it("a failed override, 4 to 3 of 7 seats, recorded as failed: the record and the rules agree", () => {
    expect(voteSummary(vote({}), bodies, measures, "en").byRules).toEqual({ passed: false, recordAgrees: true });
  });

  it("the same override recorded as passed: the rules say it failed, and that the record disagrees", () => {
    expect(voteSummary(vote({ result: "pass" }), bodies, measures, "en").byRules).toEqual({
      passed: false,
      recordAgrees: false,
    });
  });

  it("4 to 3 on passage needs 4 of 7: passed by the rules, with no result on record", () => {
    const summary = voteSummary(vote({ motionClassification: ["passage"], result: null }), bodies, measures, "en");
    expect(summary.byRules).toEqual({ passed: true, recordAgrees: null });
  });

  it("a body without rules on record cannot say", () => {
    const noRules = new Map([["body-council", { id: "body-council", name: "Council" }]]);
    expect(voteSummary(vote({ result: "pass" }), noRules, measures, "en").byRules).toEqual({
      passed: null,
      recordAgrees: null,
    });
  });
});
