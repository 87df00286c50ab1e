import {
  formatDate,
  type Locale,
  type Meeting,
  type MeetingStatus,
  meetingTimeText,
  type PageWindow,
  type VoteEvent,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import type { ListOwner } from "./long-lists";
import { type BodyLink, bodyLink, byId, type MeasureLink, measureLink, RECORD_LANGUAGE } from "./record-parts";
import { createSourceNumbering, type SourceView } from "./record-sources";

type MeetingRecords = NonNullable<Awaited<ReturnType<Repositories["meetingRecords"]>>>;
type BodyMeetings = NonNullable<Awaited<ReturnType<Repositories["bodyMeetings"]>>>;
type BodyMeetingPage = NonNullable<Awaited<ReturnType<Repositories["bodyMeetingPage"]>>>;
type BodyRef = BodyMeetingPage["body"];

/** An instant of a meeting (its start, its end, a deadline before it), in its own place's zone and the page's language. */
export interface MeetingTimeView {
  /** `Tuesday, January 14, 2025`. */
  date: string;
  /** `10:00 AM`. */
  time: string;
  /** The zone by name: `Pacific Standard Time`. */
  zoneName: string;
  /** The IANA zone: `America/Los_Angeles`. */
  timeZone: string;
  /** The instant, for `<time datetime>`. */
  iso: string;
}

/** A meeting as lists show it: a body's page, a measure's page. */
export interface MeetingSummaryView {
  id: string;
  name: string;
  status: MeetingStatus;
  start: MeetingTimeView;
  body: BodyLink | null;
  /** The place's name, when on record. */
  location: string | null;
}

/** One agenda item, in the agenda's order, with links to what it concerns and led to. */
export interface AgendaItemView {
  /** The item's printed number; null when the agenda gives none. */
  number: string | null;
  text: string;
  notes: string[];
  measures: MeasureLink[];
  actions: Array<{ id: string; date: string; description: string; measureId: string }>;
  votes: Array<{ id: string; date: string; motionText: string; result: VoteEvent["result"] }>;
}

/** A meeting's page, ready to render in one locale. */
export interface MeetingView {
  recordLanguage: typeof RECORD_LANGUAGE;
  id: string;
  name: string;
  status: MeetingStatus;
  body: BodyLink | null;
  start: MeetingTimeView;
  end: MeetingTimeView | null;
  location: { name: string; address: string | null; url: string | null } | null;
  description: string | null;
  agenda: AgendaItemView[];
  documents: Meeting["documents"];
  media: Meeting["media"];
  sourceNumbers: number[];
  sources: SourceView[];
}

export function meetingTimeView(start: string, timeZone: string, locale: Locale): MeetingTimeView {
  const text = meetingTimeText({ start, timeZone }, locale);
  return { date: text.date, time: text.time, zoneName: text.zone, timeZone, iso: start };
}

export function meetingSummary(
  meeting: Meeting,
  bodies: ReadonlyMap<string, Pick<BodyRef, "id" | "name">>,
  locale: Locale,
): MeetingSummaryView {
  return {
    id: meeting.id,
    name: meeting.name,
    status: meeting.status,
    start: meetingTimeView(meeting.start, meeting.timeZone, locale),
    body: bodyLink(bodies.get(meeting.bodyId)),
    location: meeting.location?.name ?? null,
  };
}

export function buildMeetingView(records: MeetingRecords, locale: Locale): MeetingView {
  const { meeting } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const measures = byId(records.measures);
  const actions = byId(records.actions);
  const votes = byId(records.votes);
  const known = <T>(value: T | undefined): value is T => value !== undefined;
  return {
    recordLanguage: RECORD_LANGUAGE,
    id: meeting.id,
    name: meeting.name,
    status: meeting.status,
    body: bodyLink(records.body),
    start: meetingTimeView(meeting.start, meeting.timeZone, locale),
    end: meeting.end ? meetingTimeView(meeting.end, meeting.timeZone, locale) : null,
    location: meeting.location
      ? {
          name: meeting.location.name,
          address: meeting.location.address ?? null,
          url: meeting.location.url ?? null,
        }
      : null,
    description: meeting.description ?? null,
    agenda: meeting.agenda.map((item) => ({
      number: item.number ?? null,
      text: item.text,
      notes: item.notes,
      measures: item.measureIds.map((id) => measureLink(measures.get(id))).filter((link) => link !== null),
      actions: item.actionIds
        .map((id) => actions.get(id))
        .filter(known)
        .map((action) => ({
          id: action.id,
          date: formatDate(action.date, locale),
          description: action.description,
          measureId: action.measureId,
        })),
      votes: item.voteIds
        .map((id) => votes.get(id))
        .filter(known)
        .map((vote) => ({
          id: vote.id,
          date: formatDate(vote.date, locale),
          motionText: vote.motionText,
          result: vote.result,
        })),
    })),
    documents: meeting.documents,
    media: meeting.media,
    sourceNumbers: sources.citeAll(meeting.sourceIds),
    sources: sources.list(),
  };
}

/** The next and the latest few of a body's meetings, for its own page. */
export interface BodyMeetingsView {
  recordLanguage: typeof RECORD_LANGUAGE;
  upcoming: MeetingSummaryView[];
  past: MeetingSummaryView[];
  moreUpcoming: boolean;
  morePast: boolean;
}

export function buildBodyMeetingsView(records: BodyMeetings, locale: Locale): BodyMeetingsView {
  const bodies = byId([records.body]);
  return {
    recordLanguage: RECORD_LANGUAGE,
    upcoming: records.upcoming.map((meeting) => meetingSummary(meeting, bodies, locale)),
    past: records.past.map((meeting) => meetingSummary(meeting, bodies, locale)),
    moreUpcoming: records.moreUpcoming,
    morePast: records.morePast,
  };
}

/** One page of a body's upcoming or past meetings. */
export interface BodyMeetingPageView {
  recordLanguage: typeof RECORD_LANGUAGE;
  owner: ListOwner;
  when: "upcoming" | "past";
  paging: PageWindow;
  meetings: MeetingSummaryView[];
}

export function buildBodyMeetingPageView(
  records: BodyMeetingPage,
  when: "upcoming" | "past",
  paging: PageWindow,
  locale: Locale,
): BodyMeetingPageView {
  const bodies = byId([records.body]);
  return {
    recordLanguage: RECORD_LANGUAGE,
    owner: { kind: "body", id: records.body.id, name: records.body.name },
    when,
    paging,
    meetings: records.meetings.map((meeting) => meetingSummary(meeting, bodies, locale)),
  };
}
