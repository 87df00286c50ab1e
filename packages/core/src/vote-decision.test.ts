import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { councilRules } from "./fixtures/seed-story.test-support.js";
import { MOTION_KINDS, type MotionKind, motionKindOf } from "./motion.js";
import { computeVoteOutcome } from "./outcome.js";
import { parseVotingRules } from "./parse.js";
import { type Threshold, type VotingRules, VotingRulesSchema } from "./rules.js";
import { MEASURE_CLASSIFICATIONS } from "./schemas/measure.js";
import type { VoteCounts } from "./schemas/vote-event.js";
import { decideVote, thresholdForMotion } from "./vote-decision.js";

const cite = (locator: string) => ({ sourceId: "src-charter", locator });

/** A 7-seat council: passage a majority of seats, an override two-thirds of seats. */
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
const ordinance = { classification: "ordinance" as const };

function decide(counts: VoteCounts, motion: string[] | undefined, result: "pass" | "fail" | null, rules = sevenSeats) {
  return decideVote({ vote: { counts, motionClassification: motion, result }, measure: ordinance, rules });
}

describe("decideVote", () => {
  it.each([
    // motion, counts, rules, needed, passed, rule
    ["passage", { yes: 4, no: 3 }, sevenSeats, 4, true, "passage"],
    ["veto-override", { yes: 4, no: 3 }, sevenSeats, 5, false, "veto-override"],
    ["veto-override", { yes: 5, no: 2 }, sevenSeats, 5, true, "veto-override"],
    ["urgency", { yes: 11, no: 4 }, councilRules, 12, false, "motion"],
    ["urgency", { yes: 12, no: 3 }, councilRules, 12, true, "motion"],
    ["amendment-passage", { yes: 8, no: 7 }, councilRules, 8, true, "other-actions"],
  ] as const)("decides a %s vote of %o against its own threshold", (motion, counts, rules, needed, passed, rule) => {
    const decision = decide(counts, [motion], null, rules);
    expect(decision.motion).toBe(motion);
    expect(decision.applied?.rule).toBe(rule);
    expect(decision.outcome.votesNeeded).toBe(needed);
    expect(decision.passed).toBe(passed);
    expect(decision.unknownReason).toBeNull();
  });

  it("cites the rule it used", () => {
    expect(decide({ yes: 4, no: 3 }, ["veto-override"], "fail").applied?.citation).toEqual(cite("Sec. 4"));
    expect(decide({ yes: 12, no: 3 }, ["passage", "urgency"], "pass", councilRules).applied?.citation).toEqual({
      sourceId: "src-la-city-charter",
      locator: "Sec. 253",
    });
  });

  it("says whether a passing vote would also override a veto, and only then", () => {
    const passage = decide({ yes: 4, no: 3 }, ["passage"], "pass");
    expect(passage.override?.rule).toBe("veto-override");
    expect(passage.outcome).toMatchObject({ overrideNeeded: 5, vetoProof: false });
    const override = decide({ yes: 4, no: 3 }, ["veto-override"], "fail");
    expect(override.override).toBeNull();
    expect(override.outcome.vetoProof).toBeNull();
  });

  it("flags a record whose result disagrees with the rules", () => {
    expect(decide({ yes: 4, no: 3 }, ["veto-override"], "pass").recordAgrees).toBe(false);
    expect(decide({ yes: 4, no: 3 }, ["veto-override"], "fail").recordAgrees).toBe(true);
    expect(decide({ yes: 4, no: 3 }, ["veto-override"], null).recordAgrees).toBeNull();
  });

  it("is unknown, with the reason, when the rules do not say what the motion needs", () => {
    const reconsider = decide({ yes: 6, no: 1 }, ["reconsideration"], "pass");
    expect(reconsider).toMatchObject({ passed: null, applied: null, unknownReason: "no-rule-for-motion" });
    expect(reconsider.recordAgrees).toBeNull();
    // Los Angeles's override share is not on record: unknown, never the passage share.
    const laOverride = decide({ yes: 9, no: 6 }, ["veto-override"], "pass", councilRules);
    expect(laOverride).toMatchObject({ passed: null, unknownReason: "no-rule-for-motion" });
    expect(laOverride.outcome.votesNeeded).toBeNull();
  });

  it("is unknown when the record does not say what the vote decided, or the body's rules are missing", () => {
    expect(decide({ yes: 6, no: 1 }, undefined, "pass").unknownReason).toBe("motion-not-recorded");
    expect(decide({ yes: 6, no: 1 }, ["something-else"], "pass").unknownReason).toBe("motion-not-recorded");
    const noRules = decideVote({ vote: { counts: { yes: 6 }, result: "pass" }, measure: ordinance, rules: null });
    expect(noRules).toMatchObject({ passed: null, unknownReason: "no-rules", seats: null });
  });

  it("is unknown when the counts cannot settle a known rule", () => {
    const decision = decide({ no: 1 }, ["passage"], "pass");
    expect(decision).toMatchObject({ passed: null, unknownReason: "counts-undecided" });
    expect(decision.applied?.rule).toBe("passage");
  });

  it("reads other systems' words for motions", () => {
    expect(motionKindOf(["Veto-Override-Passage"])).toBe("veto-override");
    expect(motionKindOf(["amendment"])).toBe("amendment-passage");
    expect(motionKindOf(["passage", "urgency"])).toBe("urgency");
    expect(motionKindOf([])).toBeNull();
  });
});

const share = fc.oneof(
  fc.record({
    fraction: fc.constantFrom("majority" as const, "two-thirds" as const, "three-quarters" as const),
    of: fc.constantFrom("seats" as const, "present" as const, "voting" as const),
  }),
  fc.record({ count: fc.integer({ min: 1, max: 5 }) }),
);
const cited = share.map((value) => ({ value, citation: cite("Sec. X") }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any rules for a body of 5 to 15 seats, contradictions included: decideVote must stay total. */
const anyRules: fc.Arbitrary<VotingRules> = fc.record({
  seats: fc.integer({ min: 5, max: 15 }).map((value) => ({ value, citation: cite("Sec. 1") })),
  quorum: cited,
  passage: fc
    .record({ ordinance: maybe(cited), resolution: maybe(cited) })
    .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))),
  otherActions: maybe(cited),
  motions: maybe(fc.record({ urgency: maybe(cited), reconsideration: maybe(cited), "reading-1": maybe(cited) })),
  executive: maybe(
    fc.record({
      title: fc.constant({ en: "the Mayor", es: "la Alcaldía" }),
      appliesTo: fc.constant(["ordinance" as const]),
      override: maybe(cited),
    }),
  ),
}) as fc.Arbitrary<VotingRules>;

const anyCounts = fc.record({
  yes: maybe(fc.integer({ min: 0, max: 15 })),
  no: maybe(fc.integer({ min: 0, max: 15 })),
  absent: maybe(fc.integer({ min: 0, max: 3 })),
});

describe("decideVote (properties)", () => {
  it("never uses a threshold other than the one for the vote's motion", () => {
    fc.assert(
      fc.property(
        anyRules,
        anyCounts,
        fc.subarray([...MOTION_KINDS], { maxLength: 2 }),
        fc.constantFrom(...MEASURE_CLASSIFICATIONS),
        (rules, counts, motions, kind) => {
          const decision = decideVote({
            vote: { counts, motionClassification: motions, result: null },
            measure: { classification: kind },
            rules,
          });
          const motion = motionKindOf(motions);
          const expected = motion === null ? null : thresholdForMotion(rules, motion, kind);
          expect(decision.applied).toEqual(expected);
          expect(decision.outcome.votesNeeded).toBe(
            computeVoteOutcome({ counts, seats: rules.seats.value, required: expected?.threshold ?? null }).votesNeeded,
          );
          // Each motion reads its own rule: an override only the executive step's share, an
          // urgency clause only its own; neither ever the passage share.
          const overrideOnly: Threshold | undefined = rules.executive?.override?.value;
          if (motion === "veto-override") expect(decision.applied?.threshold).toBe(overrideOnly);
          if (motion === "urgency" || motion === "reconsideration") {
            expect(decision.applied?.threshold).toBe(rules.motions?.[motion]?.value);
          }
          if (decision.applied === null) expect(decision.passed).toBeNull();
        },
      ),
    );
  });

  it("decides the same whatever else the vote is classified as, when a motion with its own share is among them", () => {
    fc.assert(
      fc.property(anyRules, anyCounts, (rules, counts) => {
        const alone = decide(counts, ["veto-override"], null, rules);
        const withPassage = decide(counts, ["passage", "veto-override"], null, rules);
        expect(withPassage.applied).toEqual(alone.applied);
        expect(withPassage.passed).toBe(alone.passed);
      }),
    );
  });

  it("knows every motion kind", () => {
    for (const kind of MOTION_KINDS) expect(motionKindOf([kind])).toBe(kind satisfies MotionKind);
  });
});

describe("rules that contradict themselves", () => {
  const base = {
    seats: { value: 7, citation: cite("1") },
    quorum: { value: { fraction: "majority", of: "seats" }, citation: cite("2") },
    passage: { ordinance: { value: { fraction: "two-thirds", of: "seats" }, citation: cite("3") } },
  };
  const executive = (extra: object) => ({
    ...base,
    executive: { title: { en: "the Mayor", es: "la Alcaldía" }, appliesTo: ["ordinance"], ...extra },
  });
  const issues = (input: unknown) => {
    const result = parseVotingRules(input);
    return result.ok ? [] : result.issues;
  };

  it("refuses an override share below the passage share, naming the field", () => {
    const found = issues(
      executive({ override: { value: { fraction: "majority", of: "seats" }, citation: cite("4") } }),
    );
    expect(found).toEqual([
      {
        path: "executive.override.value",
        message:
          "overriding a veto cannot need fewer votes than passage (ordinance: 5 of 7 seats); this needs 4 of 7 seats",
      },
    ]);
  });

  it("refuses a deadline of 0 days", () => {
    expect(issues(executive({ daysToAct: { value: 0, citation: cite("4") } }))).toEqual([
      { path: "executive.daysToAct.value", message: "must be 1 day or more" },
    ]);
  });

  it("refuses a count above the seats and an urgency share below passage", () => {
    const found = issues({
      ...base,
      quorum: { value: { count: 8 }, citation: cite("2") },
      motions: { urgency: { value: { count: 4 }, citation: cite("5") } },
    });
    expect(found.map((issue) => issue.path)).toEqual(["quorum.value.count", "motions.urgency.value"]);
    expect(found[0]?.message).toBe("needs 8 votes, but the body has 7 seats");
  });

  it("accepts the seed story's rules", () => {
    expect(VotingRulesSchema.safeParse(councilRules).success).toBe(true);
  });
});
