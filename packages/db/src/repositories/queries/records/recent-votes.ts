import type { VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { read as readVotes, withVotes } from "../../kinds/vote-event";
import { type BodyRef, loadBodyRefs, loadMeasureRefs, type MeasureRef, uniqueIds } from "./load";

/** The latest votes, newest first, with the bodies that held them and the measures they decided. */
export interface RecentVotes {
  votes: VoteEvent[];
  bodies: BodyRef[];
  measures: MeasureRef[];
}

/** Votes newest first (VoteEvent's dateStart and bodyId+dateStart indexes serve both filters). */
export async function loadVotesNewestFirst(
  prisma: PrismaDatabase,
  where: { bodyId?: string },
  limit: number,
): Promise<VoteEvent[]> {
  const rows = await prisma.voteEvent.findMany({
    where,
    orderBy: [{ dateStart: "desc" }, { id: "asc" }],
    take: limit,
    include: withVotes,
  });
  return readVotes(prisma, rows);
}

export async function recentVotes(prisma: PrismaDatabase, limit: number): Promise<RecentVotes> {
  const votes = await loadVotesNewestFirst(prisma, {}, limit);
  const [bodies, measures] = await Promise.all([
    loadBodyRefs(prisma, uniqueIds(votes.map((vote) => vote.bodyId))),
    loadMeasureRefs(prisma, uniqueIds(votes.map((vote) => vote.measureId))),
  ]);
  return { votes, bodies, measures };
}
