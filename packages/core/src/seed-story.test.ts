import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkVoteConsistency } from "./consistency.js";
import * as seed from "./fixtures/seed-story.test-support.js";
import { nextSteps } from "./next-steps.js";
import {
  parseAction,
  parseBody,
  parseExplainer,
  parseJurisdiction,
  parseMeasure,
  parseMembership,
  parsePerson,
  parsePost,
  parseSource,
  parseStatement,
  parseVoteEvent,
} from "./parse.js";
import { measureStage } from "./stage.js";
import { buildTimeline } from "./timeline.js";
import { decideVote } from "./vote-decision.js";

// The repository keeps a verbatim copy of the seed story beside the seed data.
const article = readFileSync(new URL("../../../prisma/seed/article.txt", import.meta.url), "utf8");

describe("the seed story", () => {
  it("is valid data throughout", () => {
    const checks = [
      ...seed.sources.map(parseSource),
      parseJurisdiction(seed.losAngeles),
      ...seed.bodies.map(parseBody),
      ...seed.posts.map(parsePost),
      ...seed.people.map(parsePerson),
      ...seed.memberships.map(parseMembership),
      ...seed.measures.map(parseMeasure),
      ...seed.actions.map(parseAction),
      parseVoteEvent(seed.councilVote),
      ...seed.statements.map(parseStatement),
      parseExplainer(seed.explainerEn),
    ];
    for (const check of checks) expect(check).toMatchObject({ ok: true });
  });

  it("quotes every statement exactly as the report gives it", () => {
    for (const statement of seed.statements) expect(article).toContain(statement.text);
  });

  it("decides the 13-0 passage against the ordinance's share: 8 needed, quorum met, override share unknown", () => {
    const decision = decideVote({ vote: seed.councilVote, measure: seed.ordinance, rules: seed.councilRules });
    expect(decision.motion).toBe("passage");
    expect(decision.applied).toMatchObject({ rule: "passage", citation: { locator: "Sec. 244" } });
    expect(decision.outcome).toMatchObject({
      votesNeeded: 8,
      votesWon: 13,
      votesAgainst: 0,
      margin: 5,
      passed: true,
      quorumNeeded: 10,
      quorumMet: true,
      // Sec. 250 sets the override share and could not be checked: unknown, not two-thirds.
      overrideNeeded: null,
      vetoProof: null,
    });
    expect(decision.recordAgrees).toBe(true);
  });

  it("finds the vote consistent with the charter's 15 seats", () => {
    expect(checkVoteConsistency(seed.councilVote, { seats: seed.councilRules.seats.value })).toEqual({
      consistent: true,
      problems: [],
    });
  });

  it("says the ordinance awaits the Mayor's signature, in English and Spanish", () => {
    const input = { measure: seed.ordinance, actions: seed.ordinanceActions, body: seed.cityCouncil };
    const stage = measureStage(input);
    expect(stage).toMatchObject({
      stage: "awaiting-executive",
      since: "2024-11-19",
      actionId: "action-council-passage",
    });
    expect(stage.label).toEqual({ en: "Awaits the Mayor's signature", es: "Espera la firma de la Alcaldía" });
    const charter = (locator: string) => ({ sourceId: "src-la-city-charter", locator });
    expect(nextSteps(input)).toEqual([
      { en: "Awaits the Mayor's signature.", es: "Espera la firma de la Alcaldía.", citations: [] },
      // The days to act, no action and the override share are not on record: said, not guessed.
      { en: "The Mayor can sign it or veto it.", es: "La Alcaldía puede firmarla o vetarla.", citations: [] },
      {
        en: "The rules on record do not say what happens if the Mayor does neither.",
        es: "Las reglas registradas no dicen qué pasa si la Alcaldía no hace ninguna de las dos cosas.",
        citations: [],
      },
    ]);
    expect(charter("Sec. 244")).toEqual(seed.councilRules.passage.ordinance?.citation);
  });

  it("orders the story's events in time, coarse dates first", () => {
    const timeline = buildTimeline({ actions: seed.actions, votes: [seed.councilVote], statements: seed.statements });
    expect(timeline.map((entry) => `${entry.kind}:${entry.date ?? "undated"}`)).toEqual([
      "action:2019",
      "action:2023",
      "action:2024-W46",
      "action:2024-11-19",
      "vote:2024-11-19",
      "statement:undated",
      "statement:undated",
      "statement:undated",
    ]);
  });
});
