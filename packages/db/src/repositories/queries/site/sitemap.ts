import type { Locale } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { publishedExplainerStamps } from "./reads";

/** A public record page's id and when its record last changed: a sitemap entry. */
export interface PageStamp {
  id: string;
  updatedAt: string;
}

/** A published explainer's page and when it was last published. */
export interface PublishedExplainerStamp {
  measureId: string;
  locale: Locale;
  publishedAt: string;
}

/** Every public page's record, with when it last changed. */
export interface SiteMapEntries {
  measures: PageStamp[];
  votes: PageStamp[];
  people: PageStamp[];
  bodies: PageStamp[];
  meetings: PageStamp[];
  explainers: PublishedExplainerStamp[];
}

const pageStamps = (rows: Array<{ id: string; updatedAt: Date }>): PageStamp[] =>
  rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt.toISOString() }));
const stampSelect = { select: { id: true, updatedAt: true }, orderBy: { id: "asc" as const } };

/** The sitemap's read model: every public page and when it last changed. */
export function sitemapQueries(prisma: PrismaDatabase) {
  return {
    /** Every public page's record with when it last changed; explainers only if published. */
    async siteMapEntries(): Promise<SiteMapEntries> {
      const [measures, votes, people, bodies, meetings, explainers] = await Promise.all([
        prisma.measure.findMany(stampSelect),
        prisma.voteEvent.findMany(stampSelect),
        prisma.person.findMany(stampSelect),
        prisma.body.findMany(stampSelect),
        prisma.meeting.findMany(stampSelect),
        publishedExplainerStamps(prisma),
      ]);
      return {
        measures: pageStamps(measures),
        votes: pageStamps(votes),
        people: pageStamps(people),
        bodies: pageStamps(bodies),
        meetings: pageStamps(meetings),
        explainers: explainers.map(({ measureId, locale, publishedAt }) => ({ measureId, locale, publishedAt })),
      };
    },
  };
}
