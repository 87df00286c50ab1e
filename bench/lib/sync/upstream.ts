import { type LegistarServer, legistarTimeAt } from "@legible/connectors/test-support";

/** One vote changed upstream: on which roll call (event item), whose, and to what. */
export interface ChangedVote {
  matterId: number;
  eventItemId: number;
  personId: number;
  value: "Yea" | "Nay";
}

/**
 * Changes `share` of the matters upstream, spread evenly, as a clerk's corrections would: one
 * member's council vote on each flips between Yea and Nay, which gives the vote, its roll call
 * and its matter a last-modified time later than anything synced so far.
 */
export function changeMatters(server: LegistarServer, share: number): ChangedVote[] {
  const matters = server.data.matters;
  const count = Math.max(1, Math.round(matters.length * share));
  const changed: ChangedVote[] = [];
  for (let k = 0; k < count; k++) {
    const matterId = Number(matters[Math.floor(((k + 0.5) * matters.length) / count)]?.MatterId);
    const rollCall = server.data.histories.get(matterId)?.find((h) => h.MatterHistoryRollCallFlag === 1);
    const eventItemId = Number(rollCall?.MatterHistoryId);
    const votes = server.data.votes.get(eventItemId) ?? [];
    const vote = votes[changed.length % votes.length];
    if (!vote) throw new Error(`matter ${matterId} has no roll call to change`);
    const value = vote.VoteValueName === "Yea" ? "Nay" : "Yea";
    const personId = Number(vote.VotePersonId);
    server.changeVote(eventItemId, personId, value, legistarTimeAt(1_000_000 + changed.length));
    changed.push({ matterId, eventItemId, personId, value });
  }
  return changed;
}
