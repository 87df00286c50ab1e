import type { Body, Meeting, VoteEvent } from "@legible/core";

/**
 * A meeting for each day a body voted, its agenda the votes of that day (each item naming its
 * measure and vote): meetings at the scale votes are, as a sync from Legistar would make them.
 * Times are 10:00 in Los Angeles, the zone every generated city keeps.
 */
export function generateMeetings(bodies: readonly Body[], votes: readonly VoteEvent[]): Meeting[] {
  const names = new Map(bodies.map((body) => [body.id, body.name]));
  const days = new Map<string, VoteEvent[]>();
  for (const vote of votes) {
    const key = `${vote.bodyId}\u0000${vote.date}`;
    const list = days.get(key);
    if (list) list.push(vote);
    else days.set(key, [vote]);
  }
  return [...days.values()].flatMap((dayVotes): Meeting[] => {
    const first = dayVotes[0];
    const sourceId = first?.sourceIds[0];
    if (!first || !sourceId) return [];
    const day = first.date.slice(0, 10);
    return [
      {
        id: `meeting-${first.bodyId}-${day}`,
        bodyId: first.bodyId,
        name: `${names.get(first.bodyId) ?? "Council"} regular meeting`,
        start: `${day}T10:00:00-08:00`,
        timeZone: "America/Los_Angeles",
        status: "held",
        agenda: dayVotes.map((vote, index) => ({
          number: String(index + 1),
          text: vote.motionText,
          measureIds: vote.measureId ? [vote.measureId] : [],
          notes: [],
          actionIds: [],
          voteIds: [vote.id],
        })),
        documents: [],
        media: [],
        sourceIds: [sourceId],
      },
    ];
  });
}
