import type { Membership, Post } from "./schemas/people.js";
import { VOTE_OPTIONS, type VoteEvent } from "./schemas/vote-event.js";
import { membersOfBody } from "./terms.js";

/** Kinds of inconsistency `checkVoteConsistency` reports. */
export type VoteProblemCode =
  | "counts-exceed-seats"
  | "roll-call-exceeds-seats"
  | "roll-call-disagrees-with-counts"
  | "voter-listed-twice"
  | "voter-not-a-member";

/** One inconsistency in a vote record, with the field to fix. */
export interface VoteProblem {
  code: VoteProblemCode;
  /** Dotted path into the vote event, such as `counts.yes` or `rollCall.3`. */
  path: string;
  message: string;
}

/** What `checkVoteConsistency` can check the vote against. Each check runs only when its input is there. */
export interface VoteContext {
  /** Seats in the body; `null` or absent skips the seat checks. */
  seats?: number | null;
  /** Terms to check voters against (every voter must be a member on the vote's date). */
  memberships?: readonly Membership[];
  /** The body's posts, when terms are recorded against posts rather than the body. */
  posts?: readonly Post[];
}

/** The result of {@link checkVoteConsistency}. */
export interface VoteConsistency {
  consistent: boolean;
  problems: VoteProblem[];
}

function voterKey(entry: { personId?: string | undefined; voterName: string }): string {
  return entry.personId !== undefined ? `id:${entry.personId}` : `name:${entry.voterName.trim().toLowerCase()}`;
}

/**
 * Checks that a vote record agrees with itself and with the body: counts within the seats,
 * the roll call (when there is one) agreeing with the counts, no member listed twice, and
 * every voter a member of the body on the vote's date. Options missing from the counts are
 * unknown, so they are not compared. Returns every problem, never throws.
 */
export function checkVoteConsistency(vote: VoteEvent, context: VoteContext = {}): VoteConsistency {
  const problems: VoteProblem[] = [];
  const seats = context.seats ?? null;
  const total = Object.values(vote.counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (seats !== null && total > seats) {
    problems.push({
      code: "counts-exceed-seats",
      path: "counts",
      message: `The counts add up to ${total}, but the body has ${seats} seats.`,
    });
  }

  const rollCall = vote.rollCall;
  if (rollCall !== null) {
    if (seats !== null && rollCall.length > seats) {
      problems.push({
        code: "roll-call-exceeds-seats",
        path: "rollCall",
        message: `The roll call lists ${rollCall.length} voters, but the body has ${seats} seats.`,
      });
    }
    for (const option of VOTE_OPTIONS) {
      const counted = vote.counts[option];
      if (counted === undefined) continue;
      const listed = rollCall.filter((entry) => entry.option === option).length;
      if (listed !== counted) {
        problems.push({
          code: "roll-call-disagrees-with-counts",
          path: `counts.${option}`,
          message: `The count says ${counted} "${option}", but the roll call lists ${listed}.`,
        });
      }
    }
    const seen = new Map<string, number>();
    rollCall.forEach((entry, index) => {
      const key = voterKey(entry);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          code: "voter-listed-twice",
          path: `rollCall.${index}`,
          message: `${entry.voterName} is listed twice in the roll call (entries ${first + 1} and ${index + 1}).`,
        });
      } else {
        seen.set(key, index);
      }
    });
    if (context.memberships) {
      const members = new Set(
        membersOfBody(context.memberships, vote.bodyId, vote.date, { posts: context.posts ?? [] }).map(
          (m) => m.personId,
        ),
      );
      rollCall.forEach((entry, index) => {
        if (entry.personId === undefined || !members.has(entry.personId)) {
          problems.push({
            code: "voter-not-a-member",
            path: `rollCall.${index}`,
            message:
              entry.personId === undefined
                ? `${entry.voterName} is not linked to a person, so their membership cannot be checked.`
                : `${entry.voterName} was not a member of the body on ${vote.date}.`,
          });
        }
      });
    }
  }
  return { consistent: problems.length === 0, problems };
}
