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

/** The record kinds with pages of their own; explainers are counted and paged by measure. */
export const SITEMAP_KINDS = ["measures", "votes", "people", "bodies", "meetings", "explainers"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

/** A measure's published explainers: one page per language it is published in. */
export interface ExplainerPagesStamp {
  measureId: string;
  published: Array<{ locale: Locale; publishedAt: string }>;
}

/** One file's worth of one kind, in id order (`skip` records, then at most `take`). */
export interface SitemapSlice {
  skip: number;
  take: number;
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

    /** How many records of each kind have a page (explainers: measures with one published), for the sitemap index. */
    async siteMapCounts(): Promise<Record<SitemapKind, number>> {
      const [measures, votes, people, bodies, meetings, explainers] = await Promise.all([
        prisma.measure.count(),
        prisma.voteEvent.count(),
        prisma.person.count(),
        prisma.body.count(),
        prisma.meeting.count(),
        prisma.measure.count({ where: publishedExplainerMeasures }),
      ]);
      return { measures, votes, people, bodies, meetings, explainers };
    },

    /** One sitemap file's records of a kind: ids and dates only, in id order. */
    async siteMapRecordSlice(kind: Exclude<SitemapKind, "explainers">, slice: SitemapSlice): Promise<PageStamp[]> {
      const query = { ...stampSelect, skip: slice.skip, take: slice.take };
      const rows = await (kind === "measures"
        ? prisma.measure.findMany(query)
        : kind === "votes"
          ? prisma.voteEvent.findMany(query)
          : kind === "people"
            ? prisma.person.findMany(query)
            : kind === "bodies"
              ? prisma.body.findMany(query)
              : prisma.meeting.findMany(query));
      return pageStamps(rows);
    },

    /** One sitemap file's measures with published explainers, each with its languages' last publication. */
    async siteMapExplainerSlice(slice: SitemapSlice): Promise<ExplainerPagesStamp[]> {
      const rows = await prisma.measure.findMany({
        where: publishedExplainerMeasures,
        select: {
          id: true,
          explainers: {
            where: { revisions: { some: {} } },
            select: {
              locale: true,
              revisions: { select: { publishedAt: true }, orderBy: { number: "desc" }, take: 1 },
            },
            orderBy: { locale: "asc" },
          },
        },
        orderBy: { id: "asc" },
        skip: slice.skip,
        take: slice.take,
      });
      return rows.map((row) => ({
        measureId: row.id,
        published: row.explainers.flatMap((explainer) => {
          const last = explainer.revisions[0];
          return last ? [{ locale: explainer.locale as Locale, publishedAt: last.publishedAt.toISOString() }] : [];
        }),
      }));
    },
  };
}

const publishedExplainerMeasures = { explainers: { some: { revisions: { some: {} } } } };
