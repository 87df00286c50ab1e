import type { Body, Source, VoteEvent, VotingRules } from "@legible/core";
import { describe, expect, it } from "vitest";
import { buildVoteView, type VoteRecords } from "./vote-view";

// The vote page's math comes from core's decideVote: the threshold for what the vote decided,
// never the passage share for every vote about a measure (issue 14).

const charter: Source = {
  id: "src-charter",
  kind: "official-record",
  title: "City Charter",
  publisher: null,
  date: null,
};
const cite = (locator: string) => ({ sourceId: charter.id, locator });

/** A 7-seat council: passage by a majority of seats, an override by two-thirds, the Mayor for ordinances. */
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

/** Los Angeles: 15 seats, an urgency clause needs three-quarters of them (Sec. 253). */
const fifteenSeats: VotingRules = {
  seats: { value: 15, citation: cite("Sec. 241") },
  quorum: { value: { fraction: "two-thirds", of: "seats" }, citation: cite("Sec. 244") },
  passage: { ordinance: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 244") } },
  otherActions: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 244") },
  motions: { urgency: { value: { fraction: "three-quarters", of: "seats" }, citation: cite("Sec. 253") } },
  executive: { title: { en: "the Mayor", es: "la Alcaldía" }, appliesTo: ["ordinance"] },
};

function records(rules: VotingRules | undefined, vote: Partial<VoteEvent>): VoteRecords {
  const body: Body = {
    id: "council",
    name: "City Council",
    classification: "legislature",
    sourceIds: [charter.id],
    ...(rules ? { rules } : {}),
  };
  return {
    vote: {
      id: "vote-1",
      bodyId: body.id,
      measureId: "ordinance-1",
      date: "2025-03-04",
      motionText: "The motion",
      result: null,
      counts: {},
      rollCall: null,
      sourceIds: [],
      ...vote,
    },
    body,
    measure: { id: "ordinance-1", title: "An ordinance", identifier: null, classification: "ordinance" },
    posts: [],
    memberships: [],
    sources: [charter],
  };
}

describe("a vote page's math, by what the vote decided", () => {
  it("a veto override that failed 4 to 3 needed 5 (two-thirds of 7), not the 4 a passage needs", () => {
    const view = buildVoteView(
      records(sevenSeats, { motionClassification: ["veto-override"], result: "fail", counts: { yes: 4, no: 3 } }),
      "en",
    );
    expect(view.math).toMatchObject({
      motion: "veto-override",
      executive: "the Mayor",
      applied: { rule: "veto-override", threshold: { fraction: "two-thirds", of: "seats" } },
      passed: false,
      unknownReason: null,
      recordedResult: "fail",
      recordAgrees: true,
      // The override is the veto step itself: nothing follows it.
      veto: null,
      passesMeasure: false,
    });
    expect(view.math.applied?.citation).toEqual({ number: 1, locator: "Sec. 4" });
    expect(view.math.outcome).toMatchObject({ votesNeeded: 5, votesWon: 4, margin: -1, passed: false });
  });

  it("the passage before it needed 4 and passed, and would not survive a veto: 5 override one", () => {
    const view = buildVoteView(
      records(sevenSeats, { motionClassification: ["passage"], result: "pass", counts: { yes: 4, no: 3 } }),
      "es",
    );
    expect(view.math).toMatchObject({ motion: "passage", passed: true, recordAgrees: true, passesMeasure: true });
    expect(view.math.applied?.citation).toEqual({ number: 1, locator: "Sec. 3" });
    expect(view.math.veto).toEqual({
      executive: "la Alcaldía",
      override: { threshold: { fraction: "two-thirds", of: "seats" }, citation: { number: 1, locator: "Sec. 4" } },
    });
    expect(view.math.outcome).toMatchObject({ votesNeeded: 4, overrideNeeded: 5, vetoProof: false });
  });

  it("an urgency clause needs three-quarters of 15 seats: 11 yes fails, 12 yes passes", () => {
    const urgent = (yes: number) =>
      buildVoteView(
        records(fifteenSeats, {
          motionClassification: ["passage", "urgency"],
          result: "pass",
          counts: { yes, no: 15 - yes },
        }),
        "en",
      ).math;
    const eleven = urgent(11);
    expect(eleven).toMatchObject({ motion: "urgency", applied: { rule: "motion" }, passed: false });
    expect(eleven.applied?.citation).toEqual({ number: 1, locator: "Sec. 253" });
    expect(eleven.outcome).toMatchObject({ votesNeeded: 12, votesWon: 11, margin: -1 });
    // The record says it passed: by the rules on record it needed 12.
    expect(eleven.recordAgrees).toBe(false);
    const twelve = urgent(12);
    expect(twelve).toMatchObject({ passed: true, recordAgrees: true });
    // The Mayor acts on it, but the override share is not on record: no veto-proof answer.
    expect(twelve.veto).toEqual({ executive: "the Mayor", override: null });
    expect(twelve.outcome.vetoProof).toBeNull();
  });

  it("a vote whose record does not say what it decided is unknown, with the reason", () => {
    const view = buildVoteView(records(sevenSeats, { result: "pass", counts: { yes: 6, no: 1 } }), "en");
    expect(view.math).toMatchObject({
      motion: null,
      applied: null,
      passed: null,
      unknownReason: "motion-not-recorded",
      recordAgrees: null,
    });
    expect(view.math.outcome.votesNeeded).toBeNull();
    // Seats and quorum are still the body's.
    expect(view.math.seats).toEqual({ value: 7, citation: { number: 1, locator: "Sec. 1" } });
  });

  it("a motion the rules on record set no share for is unknown, never given another motion's share", () => {
    const view = buildVoteView(
      records(sevenSeats, { motionClassification: ["reconsideration"], result: "pass", counts: { yes: 6, no: 1 } }),
      "en",
    );
    expect(view.math).toMatchObject({ motion: "reconsideration", applied: null, unknownReason: "no-rule-for-motion" });
  });

  it("a body without rules on record decides nothing", () => {
    const view = buildVoteView(
      records(undefined, { motionClassification: ["passage"], result: "pass", counts: { yes: 6 } }),
      "en",
    );
    expect(view.math).toMatchObject({ seats: null, quorum: null, applied: null, unknownReason: "no-rules" });
  });
});
