import type { Locale } from "@legible/core";
import type { PrismaDatabase } from "../../client";

/** An explainer's latest publication. */
export interface Publication {
  explainerId: string;
  measureId: string;
  /** Its latest revision's number. */
  number: number;
  publishedAt: Date;
}

/**
 * The `limit` explainers in `locale` published most recently, newest first, each with its latest
 * revision. Walks all revisions newest first through their publishedAt index, a page at a time,
 * and keeps those in `locale`: it reads about as many rows as it returns (times the number of
 * languages) however many explainers exist. Filtering by locale in the query instead lets the
 * planner start from every explainer in that language. An explainer's newest revision is its
 * latest, so the first one seen per explainer is the one that counts.
 */
export async function latestPublications(
  prisma: PrismaDatabase,
  locale: Locale,
  limit: number,
): Promise<Publication[]> {
  const found = new Map<string, Publication>();
  const pageSize = Math.max(4 * limit, 20);
  for (let skip = 0; found.size < limit; skip += pageSize) {
    const page = await prisma.explainerRevision.findMany({
      orderBy: [{ publishedAt: "desc" }, { explainerId: "asc" }, { number: "desc" }],
      skip,
      take: pageSize,
      select: {
        explainerId: true,
        number: true,
        publishedAt: true,
        explainer: { select: { measureId: true, locale: true } },
      },
    });
    for (const row of page) {
      if (found.size === limit || found.has(row.explainerId) || row.explainer.locale !== locale) continue;
      const { explainerId, number, publishedAt } = row;
      found.set(explainerId, { explainerId, measureId: row.explainer.measureId, number, publishedAt });
    }
    if (page.length < pageSize) break;
  }
  return [...found.values()];
}
