import type { PartialDate } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import type { BodyRef } from "../records/load";
import { currentOfficials } from "./people";

/** A body on the bodies list: how many people sit in it today, and its next meeting. */
export interface BodyListItem {
  body: BodyRef;
  currentMembers: number;
  nextMeeting: { id: string; name: string; start: string; timeZone: string; status: string } | null;
}

/** The most bodies the list shows: a city has tens; this guards the page against odd data. */
export const MAX_LISTED_BODIES = 500;

/**
 * The most upcoming meetings read to find each body's next one: a city schedules weeks ahead,
 * far fewer than this; a body whose next meeting lies past them shows none rather than costing
 * a query of its own.
 */
export const MAX_UPCOMING_MEETINGS = 2000;

/**
 * Every body by name, each with the number of people holding a term in it (or in one of its
 * posts) on `today`, and its next meeting after `now`: one read of the upcoming meetings, soonest
 * first off the (startsAt) index, not a query per body.
 */
export async function bodyList(prisma: PrismaDatabase, today: PartialDate, now: Date): Promise<BodyListItem[]> {
  const [rows, officials, meetings] = await Promise.all([
    prisma.body.findMany({
      select: { id: true, name: true, classification: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_LISTED_BODIES,
    }),
    currentOfficials(prisma, today),
    prisma.meeting.findMany({
      where: { startsAt: { gt: now } },
      select: { id: true, bodyId: true, name: true, start: true, timeZone: true, status: true },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: MAX_UPCOMING_MEETINGS,
    }),
  ]);
  const meetingOf = new Map<string, (typeof meetings)[number]>();
  for (const meeting of meetings) if (!meetingOf.has(meeting.bodyId)) meetingOf.set(meeting.bodyId, meeting);
  const postBody = new Map(officials.posts.map((post) => [post.id, post.bodyId]));
  const members = new Map<string, Set<string>>();
  for (const term of officials.terms) {
    const bodyId = term.bodyId ?? (term.postId ? postBody.get(term.postId) : undefined);
    if (!bodyId) continue;
    members.set(bodyId, (members.get(bodyId) ?? new Set()).add(term.personId));
  }
  return rows.map((row) => {
    const meeting = meetingOf.get(row.id);
    return {
      body: { ...row, classification: row.classification as BodyRef["classification"] },
      currentMembers: members.get(row.id)?.size ?? 0,
      nextMeeting: meeting
        ? {
            id: meeting.id,
            name: meeting.name,
            start: meeting.start,
            timeZone: meeting.timeZone,
            status: meeting.status,
          }
        : null,
    };
  });
}
