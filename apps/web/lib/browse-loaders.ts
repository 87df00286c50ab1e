import "server-only";
import { publicCaller } from "@legible/api/server";
import { listTag, type MeasureBrowseFilters, type MeetingBrowseFilters } from "@legible/core";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { tagPage } from "./page-tags";
import { orNotFound, todayInCity } from "./record-page";

// The browse lists. /people, /people/past and /bodies are plain pages, cached whole like the
// record pages. /measures and /meetings read their filters from the query string, which makes
// Next render them on each visit; their data is cached instead, one entry per filtered page
// (the addresses are canonical: lib/browse-paths.ts), for as long as a page is (five minutes),
// and tagged with the lists they show so a change to those records refreshes them.

const FIVE_MINUTES = 300;

const measuresData = unstable_cache(
  async (locale: AppLocale, filters: MeasureBrowseFilters, page: number) =>
    (await publicCaller()).browse.measures({ locale, filters, page }),
  ["browse-measures"],
  { revalidate: FIVE_MINUTES, tags: [listTag("measure"), listTag("body"), listTag("explainer")] },
);

const meetingsData = unstable_cache(
  async (locale: AppLocale, filters: MeetingBrowseFilters, page: number) =>
    (await publicCaller()).browse.meetings({ locale, filters, page }),
  ["browse-meetings"],
  { revalidate: FIVE_MINUTES, tags: [listTag("meeting"), listTag("body")] },
);

/** A page of the measures list; a page past its end is the 404 page. */
export const loadMeasureList = cache(async (locale: AppLocale, filters: MeasureBrowseFilters, page: number) =>
  orNotFound(measuresData(locale, filters, page)),
);

/** A page of the meetings list; a page past its end is the 404 page. */
export const loadMeetingList = cache(async (locale: AppLocale, filters: MeetingBrowseFilters, page: number) =>
  orNotFound(meetingsData(locale, filters, page)),
);

// The cached list pages are tagged with every record they show and with their kinds' lists,
// which every change of those kinds names (lib/page-tags.ts).
const PEOPLE_LISTS = [listTag("person"), listTag("body"), listTag("post")];

async function tagged<V>(view: V, shared: readonly string[]): Promise<V> {
  await tagPage(view, { shared });
  return view;
}

export const loadCurrentOfficials = cache(async (locale: AppLocale) =>
  tagged(await (await publicCaller()).browse.currentOfficials({ locale, today: todayInCity() }), PEOPLE_LISTS),
);

export const loadPastOfficials = cache(async (locale: AppLocale, page: number) =>
  tagged(
    await orNotFound((await publicCaller()).browse.pastOfficials({ locale, today: todayInCity(), page })),
    PEOPLE_LISTS,
  ),
);

export const loadBodyList = cache(async (locale: AppLocale) =>
  tagged(await (await publicCaller()).browse.bodies({ locale, today: todayInCity() }), [
    listTag("body"),
    listTag("person"),
    listTag("meeting"),
  ]),
);
