import type { Citation, Locale, PublicCommentRules, Source } from "@legible/core";
import type { Repositories } from "@legible/db";

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
}

export function buildHaveYourSayView(records: BodyPublicComment, locale: Locale): HaveYourSayView {
  const sources = new Map<string, Source>(records.sources.map((source) => [source.id, source]));
  const cite = (citation: Citation): HaveYourSayCitation => {
    const source = citation.sourceId ? sources.get(citation.sourceId) : undefined;
    return { title: source?.title ?? null, url: source?.url ?? null, locator: citation.locator ?? null };
  };
  const rules: PublicCommentRules = records.rules ?? {};
  const { inPerson, remote, written, signUp, where } = rules;
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
  };
}
