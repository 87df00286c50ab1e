import { checkVoteConsistency, type VoteEvent, type VoteProblem } from "@legible/core";

/**
 * core's consistency warnings for a vote being typed: counts against the body's seats and the
 * roll call. Values the schema still rejects (text in a count, a row without a choice) are
 * left out here; the schema's own errors cover them.
 */
export function voteWarnings(record: Record<string, unknown>, seats: number | null): VoteProblem[] {
  const counts = Object.fromEntries(
    Object.entries((record.counts ?? {}) as Record<string, unknown>).filter(([, n]) => typeof n === "number"),
  );
  const rollCall = Array.isArray(record.rollCall)
    ? (record.rollCall as { option?: string }[]).filter((entry) => entry.option)
    : null;
  const vote = { ...record, counts, rollCall } as unknown as VoteEvent;
  return checkVoteConsistency(vote, { seats }).problems;
}
