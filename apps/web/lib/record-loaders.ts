import "server-only";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { orMergedPersonRedirect } from "./merged-person";
import { orNotFound, todayInCity } from "./record-page";
import { getPublicApi } from "./trpc-server";

// One call per record and request: generateMetadata and the page share the result.

export const loadMeasure = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).measures.page({ id, locale })),
);

export const loadVote = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).votes.page({ id, locale })),
);

export const loadPerson = cache(async (id: string, locale: AppLocale) =>
  orNotFound(
    orMergedPersonRedirect(id, locale, (await getPublicApi()).people.page({ id, locale, today: todayInCity() })),
  ),
);

export const loadBody = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).bodies.page({ id, locale, today: todayInCity() })),
);

// A person's or a body's long lists, a page at a time (see lib/list-pages.ts).

export const loadPersonVotes = cache(async (id: string, locale: AppLocale, page: number) =>
  orNotFound(orMergedPersonRedirect(id, locale, (await getPublicApi()).people.votes({ id, locale, page }), "/votes")),
);

export const loadBodyVotes = cache(async (id: string, locale: AppLocale, page: number) =>
  orNotFound((await getPublicApi()).bodies.votes({ id, locale, page })),
);

export const loadStatements = cache(async (kind: "person" | "body", id: string, locale: AppLocale, page: number) => {
  const load = (await getPublicApi())[kind === "person" ? "people" : "bodies"].statements({ id, locale, page });
  return orNotFound(kind === "person" ? orMergedPersonRedirect(id, locale, load, "/statements") : load);
});

// Meetings: a meeting's page, a body's next and latest few, and a body's whole lists a page at a time.

export const loadMeeting = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).meetings.page({ id, locale })),
);

export const loadBodyMeetings = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).meetings.ofBody({ id, locale })),
);

export const loadBodyMeetingList = cache(
  async (id: string, locale: AppLocale, when: "upcoming" | "past", page: number) =>
    orNotFound((await getPublicApi()).meetings.bodyList({ id, locale, when, page })),
);
