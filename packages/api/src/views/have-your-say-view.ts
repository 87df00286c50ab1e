import {
  type Citation,
  type Locale,
  type Meeting,
  type PublicCommentRules,
  publicCommentDeadlines,
  type Source,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type MeetingTimeView, meetingTimeView } from "./meeting-view";

type BodyPublicComment = NonNullable<Awaited<ReturnType<Repositories["bodyPublicComment"]>>>;

/** Where a part of the rules comes from, ready to link: the source's title and where in it. */
export interface HaveYourSayCitation {
  /** null when the citation points at a record only, or its source is not on Legible. */
  title: string | null;
  url: string | null;
  locator: string | null;
}

type Part<T> = (T & { citation: HaveYourSayCitation }) | null;

/**
 * "How to have your say" at a body's meetings, in one language. Each part is null when it is
 * not on record, and pages say so rather than guess.
 */
export interface HaveYourSayView {
  bodyId: string;
  bodyName: string;
  inPerson: Part<{ allowed: boolean; minutesPerSpeaker: number | null }>;
  remote: Part<{ allowed: boolean; link: string | null }>;
  written: Part<{ allowed: boolean; email: string | null; link: string | null; hoursBefore: number | null }>;
  signUp: Part<{ how: string; closesMinutesBefore: number | null }>;
  where: Part<{ address: string; room: string | null; link: string | null }>;
  /**
   * For one meeting: when written comments must arrive and when sign-up closes, worked out from
   * its start and the rules (null where the rules set no deadline); null for a body's rules alone.
   */
  forMeeting: { writtenBy: MeetingTimeView | null; signUpClosesAt: MeetingTimeView | null } | null;
}

export function buildHaveYourSayView(
  records: BodyPublicComment,
  locale: Locale,
  meeting: Pick<Meeting, "start" | "timeZone"> | null = null,
): HaveYourSayView {
  const sources = new Map<string, Source>(records.sources.map((source) => [source.id, source]));
  const cite = (citation: Citation): HaveYourSayCitation => {
    const source = citation.sourceId ? sources.get(citation.sourceId) : undefined;
    return { title: source?.title ?? null, url: source?.url ?? null, locator: citation.locator ?? null };
  };
  const rules: PublicCommentRules = records.rules ?? {};
  const { inPerson, remote, written, signUp, where } = rules;
  const deadlines = meeting ? publicCommentDeadlines(rules, meeting.start) : null;
  const inMeetingZone = (instant: string | null) =>
    instant && meeting ? meetingTimeView(instant, meeting.timeZone, locale) : null;
  return {
    bodyId: records.bodyId,
    bodyName: records.bodyName,
    inPerson: inPerson
      ? {
          allowed: inPerson.value.allowed,
          minutesPerSpeaker: inPerson.value.minutesPerSpeaker ?? null,
          citation: cite(inPerson.citation),
        }
      : null,
    remote: remote
      ? { allowed: remote.value.allowed, link: remote.value.link ?? null, citation: cite(remote.citation) }
      : null,
    written: written
      ? {
          allowed: written.value.allowed,
          email: written.value.email ?? null,
          link: written.value.link ?? null,
          hoursBefore: written.value.hoursBefore ?? null,
          citation: cite(written.citation),
        }
      : null,
    signUp: signUp
      ? {
          how: signUp.value.how[locale],
          closesMinutesBefore: signUp.value.closesMinutesBefore ?? null,
          citation: cite(signUp.citation),
        }
      : null,
    where: where
      ? {
          address: where.value.address,
          room: where.value.room ?? null,
          link: where.value.link ?? null,
          citation: cite(where.citation),
        }
      : null,
    forMeeting: deadlines
      ? { writtenBy: inMeetingZone(deadlines.writtenBy), signUpClosesAt: inMeetingZone(deadlines.signUpClosesAt) }
      : null,
  };
}
