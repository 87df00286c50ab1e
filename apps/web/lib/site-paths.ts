import { getPathname } from "../i18n/navigation";
import type { AppLocale } from "../i18n/routing";
import { siteUrl } from "./site-url";

// Absolute addresses of the public pages, in each language, for feeds, the sitemap, JSON-LD,
// social cards and embeds: anything read away from the site needs the whole address.

/** The kinds of record that have a page of their own, and the folder each lives in. */
const RECORD_FOLDERS = {
  measure: "measures",
  vote: "votes",
  person: "people",
  body: "bodies",
  meeting: "meetings",
  explainer: "explainers",
} as const;

export type PageKind = keyof typeof RECORD_FOLDERS;

/** The site-relative path of a record's page, such as `/es/votes/vote-1`. Explainers go by their measure's id. */
export function recordPath(kind: PageKind, id: string, locale: AppLocale): string {
  return getPathname({ href: `/${RECORD_FOLDERS[kind]}/${encodeURIComponent(id)}`, locale });
}

/** The absolute address of a record's page in one language. */
export function recordUrl(kind: PageKind, id: string, locale: AppLocale): string {
  return absolute(recordPath(kind, id, locale));
}

/** The absolute address of any localized page, such as `/open-data`. */
export function pageUrl(href: string, locale: AppLocale): string {
  return absolute(getPathname({ href, locale }));
}

/** An absolute address on this site for a path outside the localized pages (feeds, data, embeds). */
export function absolute(path: string): string {
  return new URL(path, siteUrl()).toString();
}
