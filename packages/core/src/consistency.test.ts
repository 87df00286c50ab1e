import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVoteConsistency } from "./consistency.js";
import type { Membership } from "./schemas/people.js";
import { VOTE_OPTIONS, type VoteEvent, type VoteOption } from "./schemas/vote-event.js";

const vote = (overrides: Partial<VoteEvent>): VoteEvent => ({
  id: "v1",
  bodyId: "council",
  measureId: null,
  date: "2024-11-19",
  motionText: "Pass it",
  result: null,
  counts: {},
  rollCall: null,
  sourceIds: [],
  ...overrides,
});

const member = (personId: string, startDate: string | null, endDate: string | null, current?: boolean): Membership => ({
  id: `m-${personId}`,
  personId,
  bodyId: "council",
  startDate,
  endDate,
  ...(current === undefined ? {} : { current }),
  sourceIds: [],
});

describe("checkVoteConsistency", () => {
  it("accepts counts with no roll call", () => {
    expect(checkVoteConsistency(vote({ counts: { yes: 13, no: 0, "not voting": 2 } }), { seats: 15 }).consistent).toBe(
      true,
    );
  });

  it("flags counts beyond the seats", () => {
    const { problems } = checkVoteConsistency(vote({ counts: { yes: 13, no: 3 } }), { seats: 15 });
    expect(problems).toEqual([
      { code: "counts-exceed-seats", path: "counts", message: "The counts add up to 16, but the body has 15 seats." },
    ]);
  });

  it("flags a roll call that disagrees with the counts, lists someone twice, or is too long", () => {
    const result = checkVoteConsistency(
      vote({
        counts: { yes: 2, no: 0 },
        rollCall: [
          { voterName: "A", personId: "a", option: "yes" },
          { voterName: "B", personId: "b", option: "no" },
          { voterName: "A again", personId: "a", option: "yes" },
          { voterName: "c", option: "abstain" },
          { voterName: " C ", option: "abstain" },
        ],
      }),
      { seats: 4 },
    );
    expect(result.consistent).toBe(false);
    expect(result.problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      "roll-call-exceeds-seats@rollCall",
      "roll-call-disagrees-with-counts@counts.no",
      "voter-listed-twice@rollCall.2",
      "voter-listed-twice@rollCall.4",
    ]);
  });

  it("flags voters who were not members on the vote's date", () => {
    const memberships = [
      member("a", "2022-12-12", null, true),
      member("b", "2020", "2022-12-11"),
      { ...member("d", "2022", null, true), bodyId: undefined, postId: "district-4" },
    ];
    const result = checkVoteConsistency(
      vote({
        counts: { yes: 3 },
        rollCall: [
          { voterName: "A", personId: "a", option: "yes" },
          { voterName: "B", personId: "b", option: "yes" },
          { voterName: "D", personId: "d", option: "yes" },
          { voterName: "Nobody", option: "no" },
        ],
      }),
      { memberships, posts: [{ id: "district-4", bodyId: "council", label: "District 4" }] },
    );
    expect(result.problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      "voter-not-a-member@rollCall.1",
      "voter-not-a-member@rollCall.3",
    ]);
    expect(result.problems[1]?.message).toMatch(/not linked to a person/);
  });

  it("finds a roll call built from the counts consistent (property)", () => {
    const countsArb = fc.dictionary(fc.constantFrom(...VOTE_OPTIONS), fc.nat(8));
    fc.assert(
      fc.property(countsArb, fc.nat(5), (counts, spare) => {
        const rollCall = Object.entries(counts).flatMap(([option, n]) =>
          Array.from({ length: n }, (_, i) => ({ voterName: `${option} ${i}`, option: option as VoteOption })),
        );
        const seats = rollCall.length + spare;
        return checkVoteConsistency(vote({ counts, rollCall }), { seats }).consistent;
      }),
    );
  });
});
