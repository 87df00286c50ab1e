import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { majorityAgreement, majorityAgreementOf, majoritySide, votedWithMajority } from "./majority.js";
import { VOTE_OPTIONS } from "./schemas/vote-event.js";

/** Any member's vote, against any tally (counts may be missing, tied or zero). */
const memberVote = fc.record({
  option: fc.constantFrom(...VOTE_OPTIONS),
  counts: fc.record({ yes: fc.nat(20), no: fc.nat(20) }, { requiredKeys: [] }),
});

describe("majoritySide", () => {
  it("is the side with more votes", () => {
    expect(majoritySide({ yes: 13, no: 0, "not voting": 2 })).toBe("yes");
    expect(majoritySide({ yes: 4, no: 9 })).toBe("no");
  });

  it("is unknown on a tie or when a count is not on record", () => {
    expect(majoritySide({ yes: 7, no: 7 })).toBeNull();
    expect(majoritySide({ yes: 13 })).toBeNull();
    expect(majoritySide({ no: 2 })).toBeNull();
  });
});

describe("votedWithMajority", () => {
  it("compares a yes or no vote with the majority's side", () => {
    expect(votedWithMajority({ option: "yes", counts: { yes: 13, no: 0 } })).toBe(true);
    expect(votedWithMajority({ option: "no", counts: { yes: 13, no: 1 } })).toBe(false);
  });

  it("says nothing for members who took no side, or when the side is unknown", () => {
    expect(votedWithMajority({ option: "abstain", counts: { yes: 13, no: 0 } })).toBeNull();
    expect(votedWithMajority({ option: "absent", counts: { yes: 13, no: 0 } })).toBeNull();
    expect(votedWithMajority({ option: "yes", counts: { yes: 13 } })).toBeNull();
  });
});

describe("majorityAgreement", () => {
  it("counts only the votes where agreement can be known", () => {
    expect(
      majorityAgreement([
        { option: "yes", counts: { yes: 13, no: 0 } },
        { option: "no", counts: { yes: 9, no: 6 } },
        { option: "absent", counts: { yes: 8, no: 7 } },
        { option: "yes", counts: { yes: 5, no: 5 } },
      ]),
    ).toEqual({ counted: 2, withMajority: 1, share: 0.5 });
  });

  it("has no share without a vote that counts", () => {
    expect(majorityAgreement([])).toEqual({ counted: 0, withMajority: 0, share: null });
    expect(majorityAgreement([{ option: "excused", counts: { yes: 1, no: 0 } }])).toEqual({
      counted: 0,
      withMajority: 0,
      share: null,
    });
  });

  it("keeps the share between 0 and 1 and never counts more votes than it was given", () => {
    fc.assert(
      fc.property(fc.array(memberVote), (votes) => {
        const result = majorityAgreement(votes);
        expect(result.counted).toBeLessThanOrEqual(votes.length);
        expect(result.withMajority).toBeLessThanOrEqual(result.counted);
        if (result.share !== null) {
          expect(result.share).toBeGreaterThanOrEqual(0);
          expect(result.share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("comes out the same from a store's counts of each vote's side as from the votes", () => {
    fc.assert(
      fc.property(fc.array(memberVote), (votes) => {
        const sides = votes.map(votedWithMajority);
        const tally = {
          withMajority: sides.filter((side) => side === true).length,
          against: sides.filter((side) => side === false).length,
        };
        expect(majorityAgreementOf(tally)).toEqual(majorityAgreement(votes));
      }),
    );
    expect(majorityAgreementOf({ withMajority: 3, against: 1 })).toEqual({ counted: 4, withMajority: 3, share: 0.75 });
  });
});
