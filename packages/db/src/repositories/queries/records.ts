import type { PageSlice } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { type BodyPageLimits, bodyRecords } from "./records/body";
import { personVotePage } from "./records/cast-votes";
import { loadPublishedExplainersById } from "./records/load";
import { measureRecords } from "./records/measure";
import { bodyMeetingPage, bodyMeetings, type MeetingsWhen, meetingRecords } from "./records/meeting";
import { type PersonPageLimits, personRecords } from "./records/person";
import { bodyPublicComment } from "./records/public-comment";
import { bodyVotePage, recentVotes } from "./records/recent-votes";
import { type Speaker, statementPage } from "./records/statements";
import { voteRecords } from "./records/vote";

export type { BodyPageLimits, BodyRecords } from "./records/body";
export type { CastVote, PersonVotePage, VoteSummary } from "./records/cast-votes";
export type { BodyRef, ExplainerRef, MeasureRef, PersonRef, PostRef } from "./records/load";
export type { MeasureRecords } from "./records/measure";
export type {
  ActionRef,
  BodyMeetingPage,
  BodyMeetings,
  MeetingRecords,
  MeetingsWhen,
  VoteRef,
} from "./records/meeting";
export type { PersonPageLimits, PersonRecords } from "./records/person";
export type { BodyPublicComment } from "./records/public-comment";
export type { BodyVotePage, RecentVotes } from "./records/recent-votes";
export type { Speaker, StatementPage } from "./records/statements";
export type { VoteRecords } from "./records/vote";

/** The most votes any list of recent votes returns. */
export const MAX_RECENT_VOTES = 50;

/**
 * Read models of the record pages (measure, vote, person, body), the pages of a person's or a
 * body's long lists (votes, statements), the home page's recent votes and search's links. Each gathers a page's records in a fixed handful of queries and returns
 * null for an unknown id.
 */
export function recordsQueries(prisma: PrismaDatabase) {
  return {
    measureRecords: (id: string) => measureRecords(prisma, id),
    voteRecords: (id: string) => voteRecords(prisma, id),
    personRecords: (id: string, limits: PersonPageLimits) => personRecords(prisma, id, limits),
    bodyRecords: (id: string, limits: BodyPageLimits) => bodyRecords(prisma, id, limits),
    personVotePage: (id: string, slice: PageSlice) => personVotePage(prisma, id, slice),
    bodyVotePage: (id: string, slice: PageSlice) => bodyVotePage(prisma, id, slice),
    statementPage: (speaker: Speaker, slice: PageSlice) => statementPage(prisma, speaker, slice),
    meetingRecords: (id: string) => meetingRecords(prisma, id),
    /** The next and the latest few of a body's meetings, as of `now`. */
    bodyMeetings: (id: string, now: Date, limit: number) => bodyMeetings(prisma, id, now, limit),
    bodyMeetingPage: (id: string, when: MeetingsWhen, now: Date, slice: PageSlice) =>
      bodyMeetingPage(prisma, id, when, now, slice),
    recentVotes: (limit: number) => recentVotes(prisma, Math.min(Math.max(1, Math.trunc(limit)), MAX_RECENT_VOTES)),
    publishedExplainersById: (ids: string[]) => loadPublishedExplainersById(prisma, ids),
    /** How residents take part in a body's meetings, with the sources that say so. */
    bodyPublicComment: (id: string) => bodyPublicComment(prisma, id),
  };
}
