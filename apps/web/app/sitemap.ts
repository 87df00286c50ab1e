import type { MetadataRoute } from "next";
import { type AppLocale, routing } from "../i18n/routing";
import { type PageKind, pageUrl, recordUrl } from "../lib/site-paths";
import { getPublicApi } from "../lib/trpc-server";

// Read on each request (a few small queries), never at build time: the build may run against
// another database, and the site's address is only known when it starts.
export const dynamic = "force-dynamic";

type Entry = MetadataRoute.Sitemap[number];

/** One entry per language a page exists in, each naming all its languages (hreflang). */
function inEveryLanguage(
  urlIn: (locale: AppLocale) => string,
  lastModified: string | undefined,
  locales: readonly AppLocale[] = routing.locales,
): Entry[] {
  const languages = Object.fromEntries(locales.map((locale) => [locale, urlIn(locale)]));
  if (locales.includes(routing.defaultLocale)) languages["x-default"] = urlIn(routing.defaultLocale);
  return locales.map((locale) => ({
    url: urlIn(locale),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const api = await getPublicApi();
  const entries = await api.site.sitemap();
  const records = (kind: PageKind, list: Array<{ id: string; updatedAt: string }>) =>
    list.flatMap((record) => inEveryLanguage((locale) => recordUrl(kind, record.id, locale), record.updatedAt));

  // An explainer page exists only in the languages it is published in.
  const explainersByMeasure = new Map<string, typeof entries.explainers>();
  for (const explainer of entries.explainers) {
    explainersByMeasure.set(explainer.measureId, [...(explainersByMeasure.get(explainer.measureId) ?? []), explainer]);
  }
  const explainers = [...explainersByMeasure].flatMap(([measureId, published]) =>
    inEveryLanguage(
      (locale) => recordUrl("explainer", measureId, locale),
      latest(published.map((p) => p.publishedAt)),
      routing.locales.filter((locale) => published.some((p) => p.locale === locale)),
    ),
  );
  const everything = [
    ...entries.explainers.map((e) => e.publishedAt),
    ...entries.measures.map((m) => m.updatedAt),
    ...entries.votes.map((v) => v.updatedAt),
  ];

  return [
    ...inEveryLanguage((locale) => pageUrl("/", locale), latest(everything)),
    ...explainers,
    ...records("measure", entries.measures),
    ...records("vote", entries.votes),
    ...records("person", entries.people),
    ...records("body", entries.bodies),
    ...records("meeting", entries.meetings),
    ...inEveryLanguage((locale) => pageUrl("/open-data", locale), latest(everything)),
    ...inEveryLanguage((locale) => pageUrl("/search", locale), undefined),
  ];
}
