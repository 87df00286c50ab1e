import {
  formatDate,
  type Locale,
  type MeasureBrowseFilters,
  type MeasureClassification,
  type MeetingBrowseFilters,
  type PageWindow,
  type PartialDate,
  type Stage,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type MeetingSummaryView, meetingSummary, meetingTimeView } from "./meeting-view";
import { type BodyLink, bodyLink, byId, RECORD_LANGUAGE } from "./record-parts";

type MeasureListPage = Awaited<ReturnType<Repositories["measureListPage"]>>;
type MeasureFilterOptions = Awaited<ReturnType<Repositories["measureFilterOptions"]>>;
type CurrentOfficials = Awaited<ReturnType<Repositories["currentOfficials"]>>;
type PastOfficialsPage = Awaited<ReturnType<Repositories["pastOfficialsPage"]>>;
type BodyListItem = Awaited<ReturnType<Repositories["bodyList"]>>[number];
type MeetingListPage = Awaited<ReturnType<Repositories["meetingListPage"]>>;
type OfficialTerm = CurrentOfficials["terms"][number];

/** How many rows one page of a browse list holds, as the long lists. */
export const BROWSE_PAGE_SIZE = 50;

/** One row of /measures: what it is, where it stands, who decides, what happened last. */
export interface MeasureRowView {
  id: string;
  title: string;
  identifier: string | null;
  kind: MeasureClassification;
  stage: Stage;
  body: BodyLink | null;
  latestAction: { description: string; date: string; iso: PartialDate } | null;
  /** Its published explainer, in the page's language when there is one, else in the other. */
  explainer: { locale: Locale; headline: string } | null;
}

export interface MeasureListView {
  recordLanguage: typeof RECORD_LANGUAGE;
  filters: MeasureBrowseFilters;
  paging: PageWindow;
  /** More measures match than are counted (the db's MEASURE_COUNT_CAP): the count is "more than". */
  countCapped: boolean;
  measures: MeasureRowView[];
  options: { bodies: BodyLink[]; subjects: string[]; years: number[] };
}

export function buildMeasureListView(
  records: MeasureListPage,
  options: MeasureFilterOptions,
  filters: MeasureBrowseFilters,
  paging: PageWindow,
  locale: Locale,
): MeasureListView {
  const bodies = byId(records.bodies);
  return {
    recordLanguage: RECORD_LANGUAGE,
    filters,
    paging,
    countCapped: records.totalCapped,
    measures: records.measures.map((measure) => {
      const explainers = records.explainers.filter((explainer) => explainer.measureId === measure.id);
      const explainer = explainers.find((candidate) => candidate.locale === locale) ?? explainers[0] ?? null;
      return {
        id: measure.id,
        title: measure.title,
        identifier: measure.identifier,
        kind: measure.classification,
        stage: measure.stage,
        body: bodyLink(measure.bodyId ? bodies.get(measure.bodyId) : null),
        latestAction: measure.latestAction && {
          description: measure.latestAction.description,
          date: formatDate(measure.latestAction.date, locale),
          iso: measure.latestAction.date,
        },
        explainer: explainer && { locale: explainer.locale, headline: explainer.headline },
      };
    }),
    options: {
      bodies: options.bodies.map((body) => ({ id: body.id, name: body.name })),
      subjects: options.subjects,
      // Newest first: residents most often look for this year's.
      years: yearsNewestFirst(options.years),
    },
  };
}

function yearsNewestFirst(years: MeasureFilterOptions["years"]): number[] {
  if (!years) return [];
  return Array.from({ length: years.last - years.first + 1 }, (_, i) => years.last - i);
}

/** A person in a seat: their name, role and since when. */
export interface SeatHolderView {
  person: { id: string; name: string };
  role: string | null;
  since: string | null;
}

/** A body's people today, by post (a seat, an office), then those in the body without a post. */
export interface OfficialsGroupView {
  body: BodyLink;
  posts: { id: string | null; label: string | null; holders: SeatHolderView[] }[];
}

export interface CurrentOfficialsView {
  recordLanguage: typeof RECORD_LANGUAGE;
  groups: OfficialsGroupView[];
  total: number;
}

function holder(term: OfficialTerm, people: Map<string, { id: string; name: string }>, locale: Locale) {
  const person = people.get(term.personId);
  if (!person) return null;
  return { person, role: term.role, since: term.startDate ? formatDate(term.startDate, locale) : null };
}

export function buildCurrentOfficialsView(records: CurrentOfficials, locale: Locale): CurrentOfficialsView {
  const people = byId(records.people);
  const posts = byId(records.posts);
  const groups = new Map<string, Map<string | null, SeatHolderView[]>>();
  for (const term of records.terms) {
    const post = term.postId ? posts.get(term.postId) : undefined;
    const bodyId = term.bodyId ?? post?.bodyId;
    const seat = holder(term, people, locale);
    if (!bodyId || !seat) continue;
    const byPost = groups.get(bodyId) ?? new Map<string | null, SeatHolderView[]>();
    byPost.set(post?.id ?? null, [...(byPost.get(post?.id ?? null) ?? []), seat]);
    groups.set(bodyId, byPost);
  }
  // Bodies and posts by name, people in a post by name; members without a post come last.
  const view = records.bodies.flatMap((body) => {
    const byPost = groups.get(body.id);
    if (!byPost) return [];
    const entries = [...byPost.entries()].map(([postId, holders]) => ({
      id: postId,
      label: postId ? (posts.get(postId)?.label ?? null) : null,
      holders: holders.sort((a, b) => a.person.name.localeCompare(b.person.name)),
    }));
    entries.sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label)));
    return [{ body: { id: body.id, name: body.name }, posts: entries }];
  });
  const total = new Set(records.terms.filter((term) => people.has(term.personId)).map((term) => term.personId)).size;
  return { recordLanguage: RECORD_LANGUAGE, groups: view, total };
}

/** One past official: who, and the last post or body they held, until when. */
export interface PastOfficialView {
  person: { id: string; name: string };
  lastHeld: { role: string | null; post: string | null; body: BodyLink | null; until: string | null } | null;
}

export interface PastOfficialsView {
  recordLanguage: typeof RECORD_LANGUAGE;
  paging: PageWindow;
  people: PastOfficialView[];
}

export function buildPastOfficialsView(
  records: PastOfficialsPage,
  paging: PageWindow,
  locale: Locale,
): PastOfficialsView {
  const terms = new Map(records.terms.map((term) => [term.personId, term]));
  const posts = byId(records.posts);
  const bodies = byId(records.bodies);
  return {
    recordLanguage: RECORD_LANGUAGE,
    paging,
    people: records.people.map((person) => {
      const term = terms.get(person.id);
      const post = term?.postId ? posts.get(term.postId) : undefined;
      const bodyId = term?.bodyId ?? post?.bodyId;
      return {
        person,
        lastHeld: term
          ? {
              role: term.role,
              post: post?.label ?? null,
              body: bodyLink(bodyId ? bodies.get(bodyId) : null),
              until: term.endDate ? formatDate(term.endDate, locale) : null,
            }
          : null,
      };
    }),
  };
}

/** One row of /bodies. */
export interface BodyRowView {
  body: BodyLink;
  kind: string;
  currentMembers: number;
  nextMeeting: MeetingSummaryView | null;
}

export interface BodyListView {
  recordLanguage: typeof RECORD_LANGUAGE;
  bodies: BodyRowView[];
}

export function buildBodyListView(items: BodyListItem[], locale: Locale): BodyListView {
  return {
    recordLanguage: RECORD_LANGUAGE,
    bodies: items.map((item) => ({
      body: { id: item.body.id, name: item.body.name },
      kind: item.body.classification,
      currentMembers: item.currentMembers,
      nextMeeting: item.nextMeeting
        ? {
            id: item.nextMeeting.id,
            name: item.nextMeeting.name,
            status: item.nextMeeting.status as MeetingSummaryView["status"],
            start: meetingTimeView(item.nextMeeting.start, item.nextMeeting.timeZone, locale),
            body: null,
            location: null,
          }
        : null,
    })),
  };
}

export interface MeetingListView {
  recordLanguage: typeof RECORD_LANGUAGE;
  filters: MeetingBrowseFilters;
  paging: PageWindow;
  meetings: MeetingSummaryView[];
  options: { bodies: BodyLink[] };
}

export function buildMeetingListView(
  records: MeetingListPage,
  bodies: readonly BodyLink[],
  filters: MeetingBrowseFilters,
  paging: PageWindow,
  locale: Locale,
): MeetingListView {
  const named = byId(records.bodies);
  return {
    recordLanguage: RECORD_LANGUAGE,
    filters,
    paging,
    meetings: records.meetings.map((meeting) => meetingSummary(meeting, named, locale)),
    options: { bodies: bodies.map((body) => ({ id: body.id, name: body.name })) },
  };
}
