import { describe, expect, it } from "vitest";
import * as seed from "./fixtures/seed-story.test-support.js";
import {
  parseAction,
  parseBody,
  parseMeasure,
  parseMembership,
  parseSource,
  parseStatement,
  parseVoteEvent,
  parseVotingRules,
} from "./parse.js";
import { formatPath, parseWith } from "./result.js";
import { ACTION_CLASSIFICATIONS } from "./schemas/action.js";
import { IdSchema } from "./schemas/common.js";
import { VOTE_OPTIONS } from "./schemas/vote-event.js";

describe("parsing outside data", () => {
  it("rejects an unknown vote option and names the allowed ones", () => {
    const result = parseVoteEvent({ ...seed.councilVote, counts: { yes: 13, maybe: 2 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "counts.maybe", message: `"maybe" is not a vote option; use one of: ${VOTE_OPTIONS.join(", ")}` },
    ]);
  });

  it("rejects an unknown roll-call option and action classification, naming the allowed values", () => {
    const vote = parseVoteEvent({ ...seed.councilVote, rollCall: [{ voterName: "A", option: "aye" }] });
    expect(vote.ok ? [] : vote.issues).toEqual([
      {
        path: "rollCall.0.option",
        message: `vote option "aye" is not allowed; use one of: ${VOTE_OPTIONS.join(", ")}`,
      },
    ]);
    const action = parseAction({ ...seed.councilPassage, classification: ["passed"] });
    expect(action.ok ? [] : action.issues).toEqual([
      {
        path: "classification.0",
        message: `action classification "passed" is not allowed; use one of: ${ACTION_CLASSIFICATIONS.join(", ")}`,
      },
    ]);
  });

  it("lists every bad field at once", () => {
    const result = parseVoteEvent({ id: "bad id!", bodyId: "c", date: "2024-02-30", counts: { yes: -1, no: 1.5 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "id",
        "measureId",
        "date",
        "motionText",
        "result",
        "counts.yes",
        "counts.no",
        "rollCall",
        "sourceIds",
      ]),
    );
    expect(result.issues.find((i) => i.path === "counts.yes")?.message).toBe("must be 0 or more");
    expect(result.issues.find((i) => i.path === "counts.no")?.message).toBe("must be a whole number");
  });

  it("reports cross-field rules on the field to fix", () => {
    const statement = parseStatement({ ...seed.bassStatement, speakerBodyId: "body-x" });
    expect(statement.ok ? [] : statement.issues.map((i) => i.path)).toEqual(["speakerPersonId"]);
    const term = parseMembership({ ...seed.memberships[0], bodyId: undefined, postId: undefined });
    expect(term.ok ? [] : term.issues.map((i) => i.path)).toEqual(["bodyId"]);
    const backwards = parseMembership({
      ...seed.memberships[0],
      startDate: "2024",
      endDate: "2023",
      current: undefined,
    });
    expect(backwards.ok ? [] : backwards.issues.map((i) => i.path)).toEqual(["endDate"]);
    const endedButCurrent = parseMembership({ ...seed.memberships[0], endDate: "2030" });
    expect(endedButCurrent.ok ? [] : endedButCurrent.issues.map((i) => i.path)).toEqual(["current"]);
    const related = parseMeasure({ ...seed.ordinance, relatedMeasures: [{ relation: "amends" }] });
    expect(related.ok ? [] : related.issues.map((i) => i.path)).toEqual(["relatedMeasures.0"]);
  });

  it("rejects wrong shapes without throwing", () => {
    for (const input of [null, undefined, 42, "text", [], { counts: "13-0" }]) {
      expect(parseVoteEvent(input).ok).toBe(false);
      expect(parseBody(input).ok).toBe(false);
    }
    const counts = parseVoteEvent({ ...seed.councilVote, counts: "13-0" });
    expect(counts.ok ? [] : counts.issues).toEqual([
      { path: "counts", message: 'must be an object of counts by vote option, like { "yes": 13, "no": 0 }' },
    ]);
    const source = parseSource({ ...seed.newsReport, kind: "blog", url: "not a url" });
    expect(source.ok ? [] : source.issues.map((i) => i.path)).toEqual(["kind", "url"]);
    const missing = parseSource({ ...seed.newsReport, kind: undefined });
    expect(missing.ok ? "" : missing.issues[0]?.message).toMatch(/^source kind is required; use one of/);
  });

  it("validates rules, naming bad thresholds", () => {
    const result = parseVotingRules({
      ...seed.councilRules,
      quorum: { value: { fraction: "most", of: "seats" }, citation: {} },
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["quorum.value", "quorum.citation"]);
  });

  it("names unknown fields when a schema is strict", () => {
    const strict = parseWith(IdSchema.array().length(1), ["a", "b"]);
    expect(strict.ok).toBe(false);
    expect(formatPath(["a", 0, "b"])).toBe("a.0.b");
  });
});
