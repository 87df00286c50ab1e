import "server-only";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { orMergedPersonRedirect } from "./merged-person";
import { type PageTagOptions, tagPage } from "./page-tags";
import { orNotFound, todayInCity } from "./record-page";
import { getPublicApi } from "./trpc-server";

// One call per record and request: generateMetadata and the page share the result. Each loader
// tags the page with every record its view shows (lib/page-tags.ts).

async function tagged<V>(view: Promise<V>, options: PageTagOptions): Promise<V> {
  let loaded: V;
  try {
    loaded = await view;
  } catch (notFoundOrRedirect) {
    // A cached "not found" (or a merged person's redirect) carries the id's own tag too, so
    // creating that record, or undoing the merge, refreshes it.
    await tagPage(null, options);
    throw notFoundOrRedirect;
  }
  await tagPage(loaded, options);
  return loaded;
}

export const loadMeasure = cache(async (id: string, locale: AppLocale) =>
  tagged(orNotFound((await getPublicApi()).measures.page({ id, locale })), { own: { kind: "measure", id } }),
);

export const loadVote = cache(async (id: string, locale: AppLocale) =>
  tagged(orNotFound((await getPublicApi()).votes.page({ id, locale })), { own: { kind: "vote", id } }),
);

export const loadPerson = cache(async (id: string, locale: AppLocale) =>
  tagged(
    orNotFound(
      orMergedPersonRedirect(id, locale, (await getPublicApi()).people.page({ id, locale, today: todayInCity() })),
    ),
    { own: { kind: "person", id } },
  ),
);

export const loadBody = cache(async (id: string, locale: AppLocale) =>
  tagged(orNotFound((await getPublicApi()).bodies.page({ id, locale, today: todayInCity() })), {
    own: { kind: "body", id },
  }),
);

// A person's or a body's long lists, a page at a time (see lib/list-pages.ts).

export const loadPersonVotes = cache(async (id: string, locale: AppLocale, page: number) =>
  tagged(
    orNotFound(orMergedPersonRedirect(id, locale, (await getPublicApi()).people.votes({ id, locale, page }), "/votes")),
    { own: { kind: "person", id } },
  ),
);

export const loadBodyVotes = cache(async (id: string, locale: AppLocale, page: number) =>
  tagged(orNotFound((await getPublicApi()).bodies.votes({ id, locale, page })), { own: { kind: "body", id } }),
);

export const loadStatements = cache(async (kind: "person" | "body", id: string, locale: AppLocale, page: number) => {
  const load = (await getPublicApi())[kind === "person" ? "people" : "bodies"].statements({ id, locale, page });
  return tagged(orNotFound(kind === "person" ? orMergedPersonRedirect(id, locale, load, "/statements") : load), {
    own: { kind, id },
  });
});

// Meetings: a meeting's page, a body's next and latest few, and a body's whole lists a page at a time.

export const loadMeeting = cache(async (id: string, locale: AppLocale) =>
  tagged(orNotFound((await getPublicApi()).meetings.page({ id, locale })), { own: { kind: "meeting", id } }),
);

export const loadBodyMeetings = cache(async (id: string, locale: AppLocale) =>
  tagged(orNotFound((await getPublicApi()).meetings.ofBody({ id, locale })), { own: { kind: "body", id } }),
);

export const loadBodyMeetingList = cache(
  async (id: string, locale: AppLocale, when: "upcoming" | "past", page: number) =>
    tagged(orNotFound((await getPublicApi()).meetings.bodyList({ id, locale, when, page })), {
      own: { kind: "body", id },
    }),
);
