import type { Meeting } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { withSourceIds } from "../kinds/citations";
import { fromRow as meetingFromRow } from "../kinds/meeting";
import { type BodyRef, loadBodyRefs, loadMeasureRefs, type MeasureRef } from "./records/load";

/** Which meetings a calendar feed holds: every body's, one body's, one measure's hearings, or one meeting. */
export type CalendarScope =
  | { kind: "all" }
  | { kind: "body"; id: string }
  | { kind: "measure"; id: string }
  | { kind: "meeting"; id: string };

/**
 * The most meetings one calendar feed holds. A feed is read by calendar apps every few hours;
 * a bounded read keeps that cheap however long a council's history grows.
 */
export const MAX_CALENDAR_MEETINGS = 500;

/** A calendar's meetings, oldest first, with the bodies that hold them. */
export interface CalendarMeetings {
  /** The body or measure the calendar follows; null for every body's meetings. */
  owner: { body: BodyRef } | { measure: MeasureRef } | null;
  meetings: Meeting[];
  bodies: BodyRef[];
}

/**
 * A calendar feed's meetings: those starting on or after `since` (a calendar app keeps what it
 * already has), at most MAX_CALENDAR_MEETINGS, off the (startsAt), (bodyId, startsAt) and
 * MeetingAgendaLink indexes. Null when the body, measure or meeting is not on record.
 */
export async function calendarMeetings(
  prisma: PrismaDatabase,
  scope: CalendarScope,
  since: Date,
): Promise<CalendarMeetings | null> {
  const owner = await calendarOwner(prisma, scope);
  if (owner === undefined) return null;
  const rows = await meetingRows(prisma, scope, since);
  if (scope.kind === "meeting" && !rows.length) return null;
  const meetings = await withSourceIds(prisma, "meeting", rows, meetingFromRow);
  const bodies = await loadBodyRefs(prisma, [...new Set(meetings.map((meeting) => meeting.bodyId))]);
  return { owner, meetings, bodies };
}

async function calendarOwner(
  prisma: PrismaDatabase,
  scope: CalendarScope,
): Promise<CalendarMeetings["owner"] | undefined> {
  if (scope.kind === "body") {
    const [body] = await loadBodyRefs(prisma, [scope.id]);
    return body ? { body } : undefined;
  }
  if (scope.kind === "measure") {
    const [measure] = await loadMeasureRefs(prisma, [scope.id]);
    return measure ? { measure } : undefined;
  }
  return null;
}

async function meetingRows(prisma: PrismaDatabase, scope: CalendarScope, since: Date) {
  const inTime = { startsAt: { gte: since } };
  const order = [{ startsAt: "asc" as const }, { id: "asc" as const }];
  switch (scope.kind) {
    case "all":
      return prisma.meeting.findMany({ where: inTime, orderBy: order, take: MAX_CALENDAR_MEETINGS });
    case "body":
      return prisma.meeting.findMany({
        where: { bodyId: scope.id, ...inTime },
        orderBy: order,
        take: MAX_CALENDAR_MEETINGS,
      });
    case "meeting":
      return prisma.meeting.findMany({ where: { id: scope.id } });
    case "measure": {
      const links = await prisma.meetingAgendaLink.findMany({
        where: { recordType: "measure", recordId: scope.id, ...inTime },
        orderBy: [{ startsAt: "asc" }, { meetingId: "asc" }],
        select: { meetingId: true },
        take: MAX_CALENDAR_MEETINGS,
      });
      if (!links.length) return [];
      return prisma.meeting.findMany({
        where: { id: { in: [...new Set(links.map((link) => link.meetingId))] } },
        orderBy: order,
      });
    }
  }
}

export function calendarQueries(prisma: PrismaDatabase) {
  return {
    /** The meetings of a calendar feed (ICS): see calendarMeetings. */
    calendarMeetings: (scope: CalendarScope, since: Date) => calendarMeetings(prisma, scope, since),
  };
}
