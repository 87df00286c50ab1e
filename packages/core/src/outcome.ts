import type { Share, Threshold } from "./rules.js";
import type { VoteCounts } from "./schemas/vote-event.js";

/** What `computeVoteOutcome` needs: the counts, the seats and the thresholds that apply. */
export interface VoteOutcomeInput {
  counts: VoteCounts;
  /** Seats in the body, vacant ones included; `null` when unknown. */
  seats: number | null;
  /** Votes needed to pass; `null` when the rule is unknown. */
  required: Threshold | null;
  quorum?: Threshold | null;
  /** Votes needed to override a veto; leave out when no veto can follow. */
  override?: Threshold | null;
}

/**
 * Members present, as a range: counts often leave it open, because `not voting`, `paired`
 * and `other` do not say whether the member was in the room, and unreported options may
 * hide anyone.
 */
export interface PresentRange {
  min: number;
  /** `null` when nothing bounds it (seats unknown). */
  max: number | null;
}

/**
 * A vote's math. Every figure is `null` when the inputs cannot decide it: Legible shows
 * "unknown" rather than a guess.
 */
export interface VoteOutcome {
  /** Yes votes. */
  votesWon: number | null;
  /** No votes. */
  votesAgainst: number | null;
  /** Yes votes needed to pass; `null` when the rule or the attendance is unknown. */
  votesNeeded: number | null;
  /** Yes votes beyond those needed (negative when short). */
  margin: number | null;
  passed: boolean | null;
  present: PresentRange;
  quorumNeeded: number | null;
  quorumMet: boolean | null;
  /** Yes votes needed to override a veto. */
  overrideNeeded: number | null;
  /** True when the yes votes would also override a veto. `null` when no override rule applies. */
  vetoProof: boolean | null;
}

/**
 * Votes a share of `n` requires (internal; not exported from the package root). A majority is more than half; two-thirds and three-quarters
 * round up, since a part of a member cannot vote.
 */
export function shareOf(fraction: Share["fraction"], n: number): number {
  switch (fraction) {
    case "majority":
      return Math.floor(n / 2) + 1;
    case "two-thirds":
      return Math.ceil((2 * n) / 3);
    case "three-quarters":
      return Math.ceil((3 * n) / 4);
    case "unanimous":
      return n;
  }
}

interface Basis {
  seats: number | null;
  present: PresentRange;
  voting: number | null;
}

/** The range of votes a threshold may require, given what is known of the body and the room. */
function neededRange(threshold: Threshold, basis: Basis): { min: number; max: number } | null {
  if ("count" in threshold) return { min: threshold.count, max: threshold.count };
  switch (threshold.of) {
    case "seats":
      return basis.seats === null ? null : same(shareOf(threshold.fraction, basis.seats));
    case "voting":
      return basis.voting === null ? null : same(shareOf(threshold.fraction, basis.voting));
    case "present":
      if (basis.present.max === null) return null;
      return {
        min: shareOf(threshold.fraction, basis.present.min),
        max: shareOf(threshold.fraction, basis.present.max),
      };
  }
}

function same(n: number): { min: number; max: number } {
  return { min: n, max: n };
}

function meets(value: number | null, range: { min: number; max: number } | null): boolean | null {
  if (value === null || range === null) return null;
  if (value >= range.max) return true;
  if (value < range.min) return false;
  return null;
}

function exact(range: { min: number; max: number } | null): number | null {
  return range !== null && range.min === range.max ? range.min : null;
}

/**
 * Members present, from the counts. Yes, no and abstain votes were certainly cast in the
 * room; absent and excused members certainly were not; the rest could be either.
 */
export function presentRange(counts: VoteCounts, seats: number | null): PresentRange {
  const min = (counts.yes ?? 0) + (counts.no ?? 0) + (counts.abstain ?? 0);
  if (seats === null) return { min, max: null };
  const max = Math.max(min, seats - (counts.absent ?? 0) - (counts.excused ?? 0));
  return { min, max };
}

/**
 * Computes a vote's outcome from its counts and the rules that apply: votes needed, votes
 * won, margin, whether it passed, whether quorum was met, and whether it would survive a
 * veto. Pure and total: unknowns come back as `null`, never as an exception.
 *
 * @example
 * computeVoteOutcome({
 *   counts: { yes: 13, no: 0, "not voting": 2 },
 *   seats: 15,
 *   required: { fraction: "majority", of: "seats" },
 *   quorum: { fraction: "majority", of: "seats" },
 *   override: { fraction: "two-thirds", of: "seats" },
 * });
 * // → votesNeeded 8, votesWon 13, margin 5, passed true, quorumMet true, overrideNeeded 10, vetoProof true
 */
export function computeVoteOutcome(input: VoteOutcomeInput): VoteOutcome {
  const { counts } = input;
  // Plain-JavaScript callers can pass anything; a seat count that is not a whole number is
  // as good as unknown, and saying so beats doing arithmetic on it.
  const seats = Number.isInteger(input.seats) && (input.seats ?? 0) >= 0 ? input.seats : null;
  const votesWon = counts.yes ?? null;
  const votesAgainst = counts.no ?? null;
  const present = presentRange(counts, seats);
  const basis: Basis = {
    seats,
    present,
    voting: votesWon !== null && votesAgainst !== null ? votesWon + votesAgainst : null,
  };

  const quorumRange = input.quorum ? neededRange(input.quorum, basis) : null;
  const quorumNeeded = exact(quorumRange);
  let quorumMet: boolean | null = null;
  if (quorumRange !== null) {
    if (present.min >= quorumRange.max) quorumMet = true;
    else if (present.max !== null && present.max < quorumRange.min) quorumMet = false;
  }

  const neededRangeForPassage = input.required ? neededRange(input.required, basis) : null;
  const votesNeeded = exact(neededRangeForPassage);
  const enoughVotes = meets(votesWon, neededRangeForPassage);
  // Without a quorum there is no valid vote, whatever the tally; with quorum unknown and
  // no quorum rule at all, the tally decides.
  let passed: boolean | null = enoughVotes;
  if (quorumMet === false) passed = false;
  else if (input.quorum && quorumMet === null && enoughVotes === true) passed = null;

  const overrideRange = input.override ? neededRange(input.override, basis) : null;
  const overrideNeeded = exact(overrideRange);
  const vetoProof = input.override ? meets(votesWon, overrideRange) : null;

  return {
    votesWon,
    votesAgainst,
    votesNeeded,
    margin: votesWon !== null && votesNeeded !== null ? votesWon - votesNeeded : null,
    passed,
    present,
    quorumNeeded,
    quorumMet,
    overrideNeeded,
    vetoProof: vetoProof === true && quorumMet === false ? false : vetoProof,
  };
}
