import type { VoteCounts, VoteOption } from "./schemas/vote-event.js";

/** One member's vote: the option they chose, and the counts of the vote they cast it in. */
export interface MemberVote {
  option: VoteOption;
  counts: VoteCounts;
}

/** How often a member voted with the majority: the result of {@link majorityAgreement}. */
export interface MajorityAgreement {
  /** Votes that count: the member voted yes or no, and the majority's side is known. */
  counted: number;
  /** Of those, the votes where the member took the majority's side. */
  withMajority: number;
  /** `withMajority / counted`, from 0 to 1; `null` when no vote counts. */
  share: number | null;
}

/**
 * The side that won more of the yes and no votes. `null` on a tie, or when either count is
 * not on record (an option left out of the counts is unknown, not zero).
 *
 * @example
 * majoritySide({ yes: 13, no: 0, "not voting": 2 }); // → "yes"
 * majoritySide({ yes: 13 }); // → null: the no votes are not on record
 */
export function majoritySide(counts: VoteCounts): "yes" | "no" | null {
  const { yes, no } = counts;
  if (yes === undefined || no === undefined || yes === no) return null;
  return yes > no ? "yes" : "no";
}

/**
 * Whether a member voted with the majority: `null` when they did not vote yes or no
 * (an abstention or an absence takes no side) or when the majority's side is unknown.
 */
export function votedWithMajority(vote: MemberVote): boolean | null {
  if (vote.option !== "yes" && vote.option !== "no") return null;
  const side = majoritySide(vote.counts);
  return side === null ? null : vote.option === side;
}

/**
 * How often a member voted with the majority, over the votes where that can be known.
 * Votes where the member took no side, or where the majority's side is unknown, are left
 * out of both numbers rather than counted for or against.
 *
 * @example
 * majorityAgreement([
 *   { option: "yes", counts: { yes: 13, no: 0 } },
 *   { option: "no", counts: { yes: 9, no: 6 } },
 *   { option: "absent", counts: { yes: 8, no: 7 } },
 * ]);
 * // → { counted: 2, withMajority: 1, share: 0.5 }
 */
export function majorityAgreement(votes: readonly MemberVote[]): MajorityAgreement {
  const sides = votes.map(votedWithMajority);
  return majorityAgreementOf({
    withMajority: sides.filter((agreed) => agreed === true).length,
    against: sides.filter((agreed) => agreed === false).length,
  });
}

/**
 * The same measure from counts already taken of {@link votedWithMajority} (true and false; the
 * unknowns left out), for a store that keeps each vote's side and counts them itself.
 *
 * @example
 * majorityAgreementOf({ withMajority: 3, against: 1 });
 * // → { counted: 4, withMajority: 3, share: 0.75 }
 */
export function majorityAgreementOf(tally: { withMajority: number; against: number }): MajorityAgreement {
  const counted = tally.withMajority + tally.against;
  return { counted, withMajority: tally.withMajority, share: counted === 0 ? null : tally.withMajority / counted };
}
