import type { PageSlice, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { read as readVotes, withVotes } from "../../kinds/vote-event";
import { type BodyRef, loadBodyRefs, loadMeasureRefs, type MeasureRef, uniqueIds } from "./load";

/** The latest votes, newest first, with the bodies that held them and the measures they decided. */
export interface RecentVotes {
  votes: VoteEvent[];
  bodies: BodyRef[];
  measures: MeasureRef[];
}

/** One page of a body's votes, newest first. */
export interface BodyVotePage extends RecentVotes {
  body: BodyRef;
  /** How many votes it has held. */
  totalVotes: number;
}

/** Votes newest first (VoteEvent's dateStart and bodyId+dateStart indexes serve both filters). */
export async function loadVotesNewestFirst(
  prisma: PrismaDatabase,
  where: { bodyId?: string },
  slice: PageSlice,
): Promise<VoteEvent[]> {
  const rows = await prisma.voteEvent.findMany({
    where,
    orderBy: [{ dateStart: "desc" }, { id: "asc" }],
    skip: slice.offset,
    take: slice.limit,
    include: withVotes,
  });
  return readVotes(prisma, rows);
}

export async function recentVotes(prisma: PrismaDatabase, limit: number): Promise<RecentVotes> {
  const votes = await loadVotesNewestFirst(prisma, {}, { offset: 0, limit });
  const [bodies, measures] = await Promise.all([
    loadBodyRefs(prisma, uniqueIds(votes.map((vote) => vote.bodyId))),
    loadMeasureRefs(prisma, uniqueIds(votes.map((vote) => vote.measureId))),
  ]);
  return { votes, bodies, measures };
}

/** A page of a body's votes; null when no such body exists. */
export async function bodyVotePage(
  prisma: PrismaDatabase,
  bodyId: string,
  slice: PageSlice,
): Promise<BodyVotePage | null> {
  const [[body], votes, totalVotes] = await Promise.all([
    loadBodyRefs(prisma, [bodyId]),
    loadVotesNewestFirst(prisma, { bodyId }, slice),
    prisma.voteEvent.count({ where: { bodyId } }),
  ]);
  if (!body) return null;
  return {
    body,
    votes,
    totalVotes,
    bodies: [body],
    measures: await loadMeasureRefs(prisma, uniqueIds(votes.map((vote) => vote.measureId))),
  };
}
