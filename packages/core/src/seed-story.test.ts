import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkVoteConsistency } from "./consistency.js";
import * as seed from "./fixtures/seed-story.test-support.js";
import { computeVoteOutcome } from "./outcome.js";
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
import { rulesFor } from "./rules.js";
import { measureStage, nextSteps } from "./stage.js";
import { buildTimeline } from "./timeline.js";

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

  it("computes the 13-0 vote: passed with 8 needed, quorum met, veto-proof", () => {
    const outcome = computeVoteOutcome({
      counts: seed.councilVote.counts,
      ...rulesFor(seed.councilRules, seed.ordinance.classification),
    });
    expect(outcome).toMatchObject({
      votesNeeded: 8,
      votesWon: 13,
      votesAgainst: 0,
      margin: 5,
      passed: true,
      quorumNeeded: 10,
      quorumMet: true,
      overrideNeeded: 10,
      vetoProof: true,
    });
    expect(outcome.passed).toBe(seed.councilVote.result === "pass");
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
    expect(nextSteps(input)).toEqual([
      { en: "Awaits the Mayor's signature.", es: "Espera la firma de la Alcaldía." },
      // The days to act are not on record, so no number is given.
      { en: "The Mayor can sign it or veto it.", es: "La Alcaldía puede firmarla o vetarla." },
      {
        en: "If the Mayor vetoes it, the Council can still pass it with 10 of 15 votes.",
        es: "Si la Alcaldía la veta, el Concejo aún puede aprobarla con 10 de 15 votos.",
      },
    ]);
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
