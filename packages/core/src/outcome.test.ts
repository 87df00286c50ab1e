import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeVoteOutcome, presentRange } from "./outcome.js";
import type { Threshold } from "./rules.js";
import type { VoteCounts } from "./schemas/vote-event.js";

const majorityOfSeats: Threshold = { fraction: "majority", of: "seats" };

describe("computeVoteOutcome", () => {
  it("computes the seed story's vote", () => {
    const outcome = computeVoteOutcome({
      counts: { yes: 13, no: 0, "not voting": 2 },
      seats: 15,
      required: majorityOfSeats,
      quorum: majorityOfSeats,
      override: { fraction: "two-thirds", of: "seats" },
    });
    expect(outcome).toEqual({
      votesWon: 13,
      votesAgainst: 0,
      votesNeeded: 8,
      margin: 5,
      passed: true,
      present: { min: 13, max: 15 },
      quorumNeeded: 8,
      quorumMet: true,
      overrideNeeded: 10,
      vetoProof: true,
    });
  });

  it("needs a majority of seats, not of votes cast", () => {
    const outcome = computeVoteOutcome({ counts: { yes: 7, no: 2 }, seats: 15, required: majorityOfSeats });
    expect(outcome.passed).toBe(false);
    expect(outcome.margin).toBe(-1);
    expect(outcome.vetoProof).toBeNull();
  });

  it("computes each fraction of seats", () => {
    const needed = (fraction: "majority" | "two-thirds" | "three-quarters" | "unanimous", seats: number) =>
      computeVoteOutcome({ counts: { yes: 0 }, seats, required: { fraction, of: "seats" } }).votesNeeded;
    expect([
      needed("majority", 15),
      needed("two-thirds", 15),
      needed("three-quarters", 15),
      needed("unanimous", 15),
    ]).toEqual([8, 10, 12, 15]);
    expect([needed("majority", 14), needed("two-thirds", 12), needed("three-quarters", 12)]).toEqual([8, 8, 9]);
  });

  it("counts a majority of those voting", () => {
    const voting: Threshold = { fraction: "majority", of: "voting" };
    expect(computeVoteOutcome({ counts: { yes: 5, no: 4 }, seats: null, required: voting }).passed).toBe(true);
    expect(computeVoteOutcome({ counts: { yes: 4, no: 4 }, seats: null, required: voting }).passed).toBe(false);
    expect(computeVoteOutcome({ counts: { yes: 4 }, seats: null, required: voting }).votesNeeded).toBeNull();
  });

  it("decides a majority of those present when attendance is open but the answer is not", () => {
    const present: Threshold = { fraction: "majority", of: "present" };
    const clear = computeVoteOutcome({ counts: { yes: 9, no: 3, "not voting": 3 }, seats: 15, required: present });
    expect(clear.votesNeeded).toBeNull(); // 7 if 12 were present, 8 if 15
    expect(clear.passed).toBe(true);
    const open = computeVoteOutcome({ counts: { yes: 7, no: 5, "not voting": 3 }, seats: 15, required: present });
    expect(open.passed).toBeNull();
    const exact = computeVoteOutcome({ counts: { yes: 6, no: 5, absent: 4 }, seats: 15, required: present });
    expect(exact.votesNeeded).toBe(6);
    expect(exact.passed).toBe(true);
    expect(computeVoteOutcome({ counts: { yes: 6 }, seats: null, required: present }).passed).toBeNull();
  });

  it("fails a vote without quorum and leaves it open when quorum is unknown", () => {
    const noQuorum = computeVoteOutcome({
      counts: { yes: 5, no: 0, absent: 10 },
      seats: 15,
      required: { count: 5 },
      quorum: majorityOfSeats,
      override: { count: 5 },
    });
    expect(noQuorum.quorumMet).toBe(false);
    expect(noQuorum.passed).toBe(false);
    expect(noQuorum.vetoProof).toBe(false);
    const unknownQuorum = computeVoteOutcome({
      counts: { yes: 5, "not voting": 10 },
      seats: 15,
      required: { count: 5 },
      quorum: majorityOfSeats,
    });
    expect(unknownQuorum.quorumMet).toBeNull();
    expect(unknownQuorum.passed).toBeNull();
  });

  it("reports unknowns as null", () => {
    const outcome = computeVoteOutcome({ counts: {}, seats: null, required: null });
    expect(outcome).toMatchObject({ votesWon: null, votesNeeded: null, margin: null, passed: null, quorumMet: null });
    expect(presentRange({ yes: 3 }, null)).toEqual({ min: 3, max: null });
    const nonsense = computeVoteOutcome({
      counts: { yes: 3 },
      seats: -2,
      required: { fraction: "majority", of: "seats" },
    });
    expect(nonsense).toMatchObject({ votesNeeded: null, passed: null });
  });
});

const counts = fc.record(
  { yes: fc.nat(60), no: fc.nat(60), abstain: fc.nat(10), absent: fc.nat(10), "not voting": fc.nat(10) },
  { requiredKeys: [] },
) as fc.Arbitrary<VoteCounts>;
const fraction = fc.constantFrom("majority", "two-thirds", "three-quarters", "unanimous" as const);

describe("vote math (properties)", () => {
  it("needs more than half, and never more than the base", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fraction, (seats, f) => {
        const { votesNeeded } = computeVoteOutcome({
          counts: { yes: 0 },
          seats,
          required: { fraction: f, of: "seats" },
        });
        return votesNeeded !== null && votesNeeded > seats / 2 && votesNeeded <= seats;
      }),
    );
  });

  it("passes exactly when yes reaches the votes needed (fixed base)", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 200 }), fraction, (c, seats, f) => {
        const o = computeVoteOutcome({ counts: c, seats, required: { fraction: f, of: "seats" } });
        if (c.yes === undefined) return o.passed === null && o.margin === null;
        return o.votesNeeded !== null && o.passed === c.yes >= o.votesNeeded && o.margin === c.yes - o.votesNeeded;
      }),
    );
  });

  it("is monotone: a member switching from not voting to yes never turns a pass into a fail", () => {
    const base = fc.constantFrom("seats" as const, "present" as const, "voting" as const);
    fc.assert(
      fc.property(counts, fc.nat(20), fraction, base, (c, spare, f, of) => {
        const notVoting = (c["not voting"] ?? 0) + 1;
        const before: VoteCounts = { ...c, yes: c.yes ?? 0, no: c.no ?? 0, "not voting": notVoting };
        const after: VoteCounts = { ...before, yes: (before.yes ?? 0) + 1, "not voting": notVoting - 1 };
        const seats = Object.values(before).reduce<number>((sum, n) => sum + (n ?? 0), 0) + spare;
        const required: Threshold = { fraction: f, of };
        const was = computeVoteOutcome({ counts: before, seats, required }).passed;
        const now = computeVoteOutcome({ counts: after, seats, required }).passed;
        return was !== true || now === true;
      }),
    );
  });

  it("a veto-proof vote also passes when the override share is at least the passing share", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 200 }), (c, seats) => {
        const o = computeVoteOutcome({
          counts: c,
          seats,
          required: { fraction: "majority", of: "seats" },
          override: { fraction: "two-thirds", of: "seats" },
        });
        return o.vetoProof !== true || o.passed === true;
      }),
    );
  });

  it("keeps present within its bounds", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 300 }), (c, seats) => {
        const p = presentRange(c, seats);
        return p.max !== null && p.min <= p.max && p.min === (c.yes ?? 0) + (c.no ?? 0) + (c.abstain ?? 0);
      }),
    );
  });
});
