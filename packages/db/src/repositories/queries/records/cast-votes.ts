import type { PageSlice, VoteEvent, VoteOption } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import {
  type BodyRef,
  loadBodyRefs,
  loadMeasureRefs,
  loadPersonRefs,
  type MeasureRef,
  type PersonRef,
  uniqueIds,
} from "./load";

/** The vote a roll-call entry belongs to: enough to describe it and weigh it against the majority. */
export type VoteSummary = Pick<VoteEvent, "id" | "bodyId" | "measureId" | "date" | "motionText" | "result" | "counts">;

/** One of a person's votes: how they voted, in which vote. */
export interface CastVote {
  option: VoteOption;
  /** The name the roll call gives them. */
  voterName: string;
  vote: VoteSummary;
}

/** One page of a person's voting record, newest vote first. */
export interface PersonVotePage {
  person: PersonRef;
  votes: CastVote[];
  /** How many roll calls name them. */
  totalVotes: number;
  bodies: BodyRef[];
  measures: MeasureRef[];
}

/**
 * The roll-call entries that name a person, newest vote first, off PersonVote's
 * (personId, dateStart) index: any page of a long record costs about what the first does.
 */
export async function loadCastVotes(prisma: PrismaDatabase, personId: string, slice: PageSlice): Promise<CastVote[]> {
  const rows = await prisma.personVote.findMany({
    where: { personId },
    orderBy: [{ dateStart: "desc" }, { voteEventId: "asc" }],
    skip: slice.offset,
    take: slice.limit,
    select: {
      option: true,
      voterName: true,
      voteEvent: {
        select: { id: true, bodyId: true, measureId: true, date: true, motionText: true, result: true, counts: true },
      },
    },
  });
  return rows.map((row) => ({
    option: row.option as VoteOption,
    voterName: row.voterName,
    vote: {
      ...row.voteEvent,
      result: row.voteEvent.result as VoteSummary["result"],
      counts: row.voteEvent.counts as VoteSummary["counts"],
    },
  }));
}

/** The bodies and measures a list of votes names. */
export async function loadCastVoteRefs(
  prisma: PrismaDatabase,
  votes: readonly CastVote[],
): Promise<{ bodies: BodyRef[]; measures: MeasureRef[] }> {
  const [bodies, measures] = await Promise.all([
    loadBodyRefs(prisma, uniqueIds(votes.map((cast) => cast.vote.bodyId))),
    loadMeasureRefs(prisma, uniqueIds(votes.map((cast) => cast.vote.measureId))),
  ]);
  return { bodies, measures };
}

/** A page of a person's voting record; null when no such person exists. */
export async function personVotePage(
  prisma: PrismaDatabase,
  personId: string,
  slice: PageSlice,
): Promise<PersonVotePage | null> {
  const [[person], votes, totalVotes] = await Promise.all([
    loadPersonRefs(prisma, [personId]),
    loadCastVotes(prisma, personId, slice),
    prisma.personVote.count({ where: { personId } }),
  ]);
  if (!person) return null;
  return { person, votes, totalVotes, ...(await loadCastVoteRefs(prisma, votes)) };
}
