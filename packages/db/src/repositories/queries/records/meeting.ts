import type { Action, Meeting, PageSlice, Source, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as meetingFromRow, meetingKind } from "../../kinds/meeting";
import { type BodyRef, loadBodyRefs, loadMeasureRefs, loadSources, type MeasureRef, uniqueIds } from "./load";

/** An action an agenda item led to: enough to name it. */
export type ActionRef = Pick<Action, "id" | "measureId" | "date" | "description">;
/** A vote an agenda item led to: enough to name it and link to it. */
export type VoteRef = Pick<VoteEvent, "id" | "date" | "motionText" | "result">;

/** Everything a meeting's page shows, as core records. */
export interface MeetingRecords {
  meeting: Meeting;
  body: BodyRef | null;
  /** The measures its agenda concerns, the actions and votes it led to, that are on record. */
  measures: MeasureRef[];
  actions: ActionRef[];
  votes: VoteRef[];
  sources: Source[];
}

export async function meetingRecords(prisma: PrismaDatabase, id: string): Promise<MeetingRecords | null> {
  const meeting = await meetingKind.find(prisma, id);
  if (!meeting) return null;
  const ids = (field: "measureIds" | "actionIds" | "voteIds") =>
    uniqueIds(meeting.agenda.flatMap((item) => item[field]));
  const actionIds = ids("actionIds");
  const voteIds = ids("voteIds");
  const [bodies, measures, actions, votes, sources] = await Promise.all([
    loadBodyRefs(prisma, [meeting.bodyId]),
    loadMeasureRefs(prisma, ids("measureIds")),
    actionIds.length
      ? prisma.action.findMany({
          where: { id: { in: actionIds } },
          select: { id: true, measureId: true, date: true, description: true },
        })
      : [],
    voteIds.length
      ? prisma.voteEvent
          .findMany({
            where: { id: { in: voteIds } },
            select: { id: true, date: true, motionText: true, result: true },
          })
          .then((rows) => rows.map((row) => ({ ...row, result: row.result as VoteEvent["result"] })))
      : [],
    loadSources(prisma, meeting.sourceIds),
  ]);
  return { meeting, body: bodies[0] ?? null, measures, actions, votes, sources };
}

/** Which of a body's meetings: those still to start, soonest first, or those started, latest first. */
export type MeetingsWhen = "upcoming" | "past";

/** A page of a body's upcoming or past meetings. */
export interface BodyMeetingPage {
  body: BodyRef;
  meetings: Meeting[];
  /** How many meetings this list holds in all. */
  total: number;
}

const whereWhen = (bodyId: string, when: MeetingsWhen, now: Date) => ({
  bodyId,
  startsAt: when === "upcoming" ? { gt: now } : { lte: now },
});

const orderWhen = (when: MeetingsWhen) =>
  when === "upcoming"
    ? [{ startsAt: "asc" as const }, { id: "asc" as const }]
    : [{ startsAt: "desc" as const }, { id: "asc" as const }];

/**
 * One page of a body's upcoming meetings (starting after `now`, soonest first) or past ones
 * (latest first), off the (bodyId, startsAt) index. Cancelled and postponed meetings stay in
 * the list with their status, so residents learn a meeting will not happen.
 */
export async function bodyMeetingPage(
  prisma: PrismaDatabase,
  bodyId: string,
  when: MeetingsWhen,
  now: Date,
  slice: PageSlice,
): Promise<BodyMeetingPage | null> {
  const [bodies, rows, total] = await Promise.all([
    loadBodyRefs(prisma, [bodyId]),
    prisma.meeting.findMany({
      where: whereWhen(bodyId, when, now),
      orderBy: orderWhen(when),
      skip: slice.offset,
      take: slice.limit,
    }),
    prisma.meeting.count({ where: whereWhen(bodyId, when, now) }),
  ]);
  const body = bodies[0];
  if (!body) return null;
  return { body, meetings: await withSourceIds(prisma, "meeting", rows, meetingFromRow), total };
}

/** The next few and the latest few of a body's meetings, for its own page. */
export interface BodyMeetings {
  body: BodyRef;
  upcoming: Meeting[];
  past: Meeting[];
  /** Whether there are more than these, so the page links to the whole lists. */
  moreUpcoming: boolean;
  morePast: boolean;
}

export async function bodyMeetings(
  prisma: PrismaDatabase,
  bodyId: string,
  now: Date,
  limit: number,
): Promise<BodyMeetings | null> {
  const read = (when: MeetingsWhen) =>
    prisma.meeting
      .findMany({ where: whereWhen(bodyId, when, now), orderBy: orderWhen(when), take: limit + 1 })
      .then((rows) => withSourceIds(prisma, "meeting", rows, meetingFromRow));
  const [bodies, upcoming, past] = await Promise.all([loadBodyRefs(prisma, [bodyId]), read("upcoming"), read("past")]);
  const body = bodies[0];
  if (!body) return null;
  return {
    body,
    upcoming: upcoming.slice(0, limit),
    past: past.slice(0, limit),
    moreUpcoming: upcoming.length > limit,
    morePast: past.length > limit,
  };
}

/** The most meetings a measure's page lists. */
export const MAX_MEASURE_MEETINGS = 100;

/**
 * The meetings whose agenda names a measure, in time order, off MeetingAgendaLink's
 * (recordType, recordId, startsAt) index: no agenda is read to find them.
 */
export async function measureMeetings(prisma: PrismaDatabase, measureId: string): Promise<Meeting[]> {
  const links = await prisma.meetingAgendaLink.findMany({
    where: { recordType: "measure", recordId: measureId },
    orderBy: [{ startsAt: "asc" }, { meetingId: "asc" }],
    select: { meetingId: true },
    take: MAX_MEASURE_MEETINGS,
  });
  if (!links.length) return [];
  const rows = await prisma.meeting.findMany({ where: { id: { in: links.map((link) => link.meetingId) } } });
  const order = new Map(links.map((link, index) => [link.meetingId, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return withSourceIds(prisma, "meeting", rows, meetingFromRow);
}

export type { BodyRef, MeasureRef };
