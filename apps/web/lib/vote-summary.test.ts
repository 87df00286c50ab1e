import { describe, expect, it } from "vitest";
import { machineText } from "./machine-text";
import { byId, seedRecords } from "./test-seed.test-support";
import { summarizeVote } from "./vote-summary";

const seed = seedRecords();
const vote = byId(seed.voteEvents, "vote-council-2024-11-19");
const body = byId(seed.bodies, "body-la-city-council");
const measure = byId(seed.measures, "measure-sanctuary-ordinance");

describe("a vote in plain words", () => {
  it("says the 13-0 result, each count, and what it took to pass, in English", async () => {
    const summary = summarizeVote({ vote, body, measure }, "en", await machineText("en"));
    expect(summary).toMatchObject({
      result: "Passed",
      resultWithTally: "Passed 13 to 0",
      countsText: "Yes 13, No 0, Did not vote 2",
      needed: "It needed 8 yes votes: a majority of the 15 seats.",
      date: "November 19, 2024",
    });
  });

  it("and in Spanish", async () => {
    const summary = summarizeVote({ vote, body, measure }, "es", await machineText("es"));
    expect(summary.resultWithTally).toBe("Aprobada 13 a 0");
    expect(summary.countsText).toBe("A favor 13, En contra 0, No votaron 2");
    expect(summary.needed).toBe("Necesitaba 8 votos a favor: la mayoría de los 15 escaños.");
  });

  it("leaves out what the record does not hold: no tally without both counts, no threshold without rules", async () => {
    const t = await machineText("en");
    const unknown = summarizeVote(
      { vote: { ...vote, result: null, counts: { yes: 9 } }, body: null, measure },
      "en",
      t,
    );
    expect(unknown).toMatchObject({
      result: "Result not on record",
      resultWithTally: "Result not on record",
      needed: null,
    });
    expect(unknown.counts).toEqual([{ option: "yes", label: "Yes", count: 9 }]);
  });
});
