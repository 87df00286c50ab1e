import { voteDecisionView } from "@legible/api";
import type { VoteEvent, VotingRules } from "@legible/core";
import { describe, expect, it } from "vitest";
import type { AppLocale } from "../i18n/routing";
import { machineText, votesText } from "./machine-text";
import { byId, seedRecords } from "./test-seed.test-support";
import { summarizeVote } from "./vote-summary";

const seed = seedRecords();
const vote = byId(seed.voteEvents, "vote-council-2024-11-19");
const body = byId(seed.bodies, "body-la-city-council");
const measure = byId(seed.measures, "measure-sanctuary-ordinance");

/** A vote with the decision the API gives the cards and feeds. */
async function summary(v: VoteEvent, locale: AppLocale, rules: VotingRules | null | undefined = body.rules) {
  const decision = voteDecisionView({ vote: v, measure, rules, locale, cite: () => null });
  return summarizeVote({ vote: v, decision }, locale, await machineText(locale), await votesText(locale));
}

describe("a vote in plain words", () => {
  it("says the 13-0 result, each count, what the vote decided and what that needed, in English", async () => {
    expect(await summary(vote, "en")).toMatchObject({
      resultKey: "pass",
      result: "Passed",
      resultWithTally: "Passed 13 to 0",
      countsText: "Yes 13, No 0, Did not vote 2",
      explanation:
        "This vote was to pass the measure. It needed 8 yes votes: a majority of the 15 seats. By the rules on record, it passed.",
      date: "November 19, 2024",
    });
  });

  it("and in Spanish", async () => {
    const es = await summary(vote, "es");
    expect(es.resultWithTally).toBe("Aprobada 13 a 0");
    expect(es.countsText).toBe("A favor 13, En contra 0, No votaron 2");
    expect(es.explanation).toBe(
      "Esta votación era para aprobar la medida. Necesitaba 8 votos a favor: la mayoría de los 15 escaños. Según las reglas registradas, se aprobó.",
    );
  });

  it("gives the result by the rules for what the vote decided, and says where the record disagrees", async () => {
    const urgent = await summary(
      { ...vote, motionClassification: ["urgency"], counts: { yes: 11, no: 4 }, result: "pass" },
      "en",
    );
    expect(urgent.resultWithTally).toBe("Failed 11 to 4");
    expect(urgent.explanation).toBe(
      "This vote was to pass the measure as urgent, with an urgency clause. It needed 12 yes votes: three-quarters of the 15 seats. By the rules on record, it failed. The record says it passed; by the rules on record it needed 12. We show both so you can check.",
    );
  });

  it("leaves out what the record does not hold: no tally without both counts, the record's result without rules", async () => {
    const unknown = await summary({ ...vote, result: null, counts: { yes: 9 } }, "en", null);
    expect(unknown).toMatchObject({
      resultKey: "unknown",
      result: "Result not on record",
      resultWithTally: "Result not on record",
    });
    expect(unknown.explanation).toBe(
      "This vote was to pass the measure. This body's voting rules are not on record, so we cannot tell what it needed. By the rules on record, we cannot tell whether it passed.",
    );
    expect(unknown.counts).toEqual([{ option: "yes", label: "Yes", count: 9 }]);
    const t = await machineText("en");
    const noDecision = summarizeVote({ vote, decision: null }, "en", t, await votesText("en"));
    expect(noDecision).toMatchObject({ resultKey: "pass", explanation: null });
  });
});
