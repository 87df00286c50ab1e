import type { PrismaDatabase } from "../../client";
import { bodyRecords } from "./records/body";
import { loadPublishedExplainersById } from "./records/load";
import { measureRecords } from "./records/measure";
import { personRecords } from "./records/person";
import { recentVotes } from "./records/recent-votes";
import { voteRecords } from "./records/vote";

export type { BodyRecords } from "./records/body";
export type { BodyRef, ExplainerRef, MeasureRef, PersonRef, PostRef } from "./records/load";
export type { MeasureRecords } from "./records/measure";
export type { CastVote, PersonRecords, VoteSummary } from "./records/person";
export type { RecentVotes } from "./records/recent-votes";
export type { VoteRecords } from "./records/vote";

/** The most votes any list of recent votes returns. */
export const MAX_RECENT_VOTES = 50;

/**
 * Read models of the record pages (measure, vote, person, body), the home page's recent votes
 * and search's links. Each gathers a page's records in a fixed handful of queries and returns
 * null for an unknown id.
 */
export function recordsQueries(prisma: PrismaDatabase) {
  return {
    measureRecords: (id: string) => measureRecords(prisma, id),
    voteRecords: (id: string) => voteRecords(prisma, id),
    personRecords: (id: string, voteLimit: number) => personRecords(prisma, id, voteLimit),
    bodyRecords: (id: string) => bodyRecords(prisma, id),
    recentVotes: (limit: number) => recentVotes(prisma, Math.min(Math.max(1, Math.trunc(limit)), MAX_RECENT_VOTES)),
    publishedExplainersById: (ids: string[]) => loadPublishedExplainersById(prisma, ids),
  };
}
