import type { PublicRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";
import { type AppLocale, routing } from "../i18n/routing";
import { type PageKind, pageUrl, recordUrl } from "./site-paths";
import type { SitemapKind } from "./sitemap-files";
import type { SitemapEntry } from "./sitemap-xml";

// The addresses in each sitemap file: one entry per language a page exists in, each naming the
// page in all its languages (hreflang), with when its record last changed.

type Slice = inferRouterOutputs<PublicRouter>["site"]["sitemapSlice"];

const PAGE_KIND: Record<Exclude<SitemapKind, "explainers">, PageKind> = {
  measures: "measure",
  votes: "vote",
  people: "person",
  bodies: "body",
  meetings: "meeting",
};

function inEveryLanguage(
  urlIn: (locale: AppLocale) => string,
  lastModified: string | undefined,
  locales: readonly AppLocale[] = routing.locales,
): SitemapEntry[] {
  const languages: Record<string, string> = Object.fromEntries(locales.map((locale) => [locale, urlIn(locale)]));
  if (locales.includes(routing.defaultLocale)) languages["x-default"] = urlIn(routing.defaultLocale);
  return locales.map((locale) => ({ url: urlIn(locale), ...(lastModified ? { lastModified } : {}), languages }));
}

function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}

/** The site's own pages that are not records: home, open data and search. */
export function sitePageEntries(): SitemapEntry[] {
  return ["/", "/open-data", "/search"].flatMap((href) =>
    inEveryLanguage((locale) => pageUrl(href, locale), undefined),
  );
}

/** One file's worth of one kind: a record page per language; an explainer only in its published languages. */
export function sliceEntries(slice: Slice): SitemapEntry[] {
  if (slice.kind === "explainers") {
    return slice.explainers.flatMap(({ measureId, published }) =>
      inEveryLanguage(
        (locale) => recordUrl("explainer", measureId, locale),
        latest(published.map((p) => p.publishedAt)),
        routing.locales.filter((locale) => published.some((p) => p.locale === locale)),
      ),
    );
  }
  const kind = PAGE_KIND[slice.kind];
  return slice.records.flatMap((record) =>
    inEveryLanguage((locale) => recordUrl(kind, record.id, locale), record.updatedAt),
  );
}
