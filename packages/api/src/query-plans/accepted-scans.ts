import type { AcceptedScan } from "./full-scans";

/**
 * Whole reads of large tables that are the point of the procedure, each with its reason. Anything
 * else that reads a large table whole fails the query-plan test. Procedure calls are named as in
 * hot-procedures.ts: `admin.measures.list (search)`.
 */
export const ACCEPTED_SCANS: readonly AcceptedScan[] = [
  {
    sentBy: /^(public\.site\.dataset|admin\.transfer\.export)$/,
    reason: "open data and the staff export are every record by definition; both are cached or rare",
  },
  {
    sentBy: /^public\.site\.sitemap$/,
    reason: "the sitemap lists every public page; it is cached and fetched by crawlers, not residents",
  },
  {
    sentBy: /^admin\.\w+\.list \(/,
    // Prisma's count of an unfiltered list: nothing in its WHERE but `1=1`.
    sql: /^SELECT COUNT\(\*\) AS [`"]_count\$_all[`"] FROM \(SELECT [`"\w.]+ FROM [`"\w.]+ WHERE 1=1 (LIMIT|OFFSET)/,
    reason:
      "a staff list page shows how many records it holds; counting them walks the smallest index, never " +
      "the rows, and is the price of that number",
  },
  {
    sentBy: /^admin\.dashboard\.overview$/,
    sql: /FROM [`"]\w+[`"]\.[`"]Explainer[`"] WHERE EXISTS\(SELECT [`"]t0[`"]\.[`"]explainerId[`"] FROM [`"]\w+[`"]\.[`"]ExplainerRevision[`"]/,
    reason:
      "the dashboard checks every published explainer against the records it shows (issue 14), so it lists " +
      "them all: five columns each, no blocks; their latest revisions and the records they show are then read " +
      "by key. Staff-only, once per dashboard load",
  },
  {
    sentBy: /^admin\.\w+\.list \(search\)$/,
    reason:
      "staff search finds words anywhere in a title (LIKE '%word%'), which no b-tree index can serve; it is " +
      "staff-only and paged. Indexing it needs a trigram index (pg_trgm, FTS5 trigram): a change of its own",
  },
];
