import type { Meeting, MeetingStatus } from "@legible/core";
import type { CalendarMeetings } from "@legible/db";

/** What a calendar follows, named as the records name it. */
export type CalendarOwnerView =
  | { kind: "body"; id: string; name: string }
  | { kind: "measure"; id: string; name: string }
  | null;

/** One meeting as a calendar event: instants with the place's zone, so apps show local time. */
export interface CalendarEventView {
  id: string;
  name: string;
  bodyName: string | null;
  status: MeetingStatus;
  /** Instants (ISO 8601 with offset); `end` is null when the record does not say. */
  start: string;
  end: string | null;
  /** The place's IANA zone, written into the feed as a VTIMEZONE. */
  timeZone: string;
  location: Meeting["location"] | null;
  description: string | null;
  /** When the record last changed; null when not on record. */
  updatedAt: string | null;
}

export interface CalendarView {
  owner: CalendarOwnerView;
  events: CalendarEventView[];
}

export function buildCalendarView(records: CalendarMeetings): CalendarView {
  const bodyNames = new Map(records.bodies.map((body) => [body.id, body.name]));
  const owner = records.owner;
  return {
    owner:
      owner === null
        ? null
        : "body" in owner
          ? { kind: "body", id: owner.body.id, name: owner.body.name }
          : {
              kind: "measure",
              id: owner.measure.id,
              name: owner.measure.identifier
                ? `${owner.measure.identifier}: ${owner.measure.title}`
                : owner.measure.title,
            },
    events: records.meetings.map((meeting) => ({
      id: meeting.id,
      name: meeting.name,
      bodyName: bodyNames.get(meeting.bodyId) ?? null,
      status: meeting.status,
      start: meeting.start,
      end: meeting.end ?? null,
      timeZone: meeting.timeZone,
      location: meeting.location ?? null,
      description: meeting.description ?? null,
      updatedAt: meeting.updatedAt ?? null,
    })),
  };
}
