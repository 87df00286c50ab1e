import type { AcceptedScan } from "./full-scans";

/**
 * Whole reads of large tables that are the point of the procedure, each with its reason. Anything
 * else that reads a large table whole fails the query-plan test. Procedure calls are named as in
 * hot-procedures.ts: `admin.measures.list (search)`.
 */
export const ACCEPTED_SCANS: readonly AcceptedScan[] = [
  {
    sentBy: /^public\.browse\.measures /,
    sql: /^SELECT COUNT\(\*\) AS [`"]_count\$_all[`"] FROM \(SELECT [`"\w.]+ FROM [`"\w.]+Measure[`"] WHERE .*[`"]goneUpstreamAt[`"] IS NULL .*LIMIT/,
    reason:
      "the measures list counts its matches up to MEASURE_COUNT_CAP + 1 in an index's order; the walk is " +
      "flagged because it skips measures gone upstream as it goes, which could in theory be all of them, but " +
      "those are few, so the LIMIT stops it after about a thousand entries at any size (bench:scale's browse ratio)",
  },
  {
    sentBy: /^admin\.transfer\.export$/,
    reason: "the staff export is every record by definition, and rare (open data is written by a job, not a procedure)",
  },
  {
    sentBy: /^public\.site\.(sitemapCounts|sitemapSlice \(explainers\))$/,
    reason:
      "the sitemap index counts each kind's public pages to know how many files to list, and its explainer " +
      'files find the measures with a published explainer; both are cached for five minutes (tag "sitemap") ' +
      "and fetched by crawlers, not residents. The record files read one slice by the primary key",
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
  {
    sentBy: /^public\.browse\.measures \(by topic\)$/,
    reason:
      "the measures list narrowed to a topic checks each measure for the topic (MeasureSubject, by key) " +
      "while walking the latest-step order; SQLite, without statistics, walks that order rather than the " +
      "topic's own index. A page stops after 50 matches; its count reads them all. The page is cached " +
      "for five minutes. Indexing it needs the order's columns on MeasureSubject: a change of its own",
  },
  {
    sentBy: /^public\.site\.sitemapCounts$/,
    // The count of public measures: nothing in its WHERE but the public view's condition.
    sql: /^SELECT COUNT\(\*\) AS [`"]_count\$_all[`"] FROM \(SELECT [`"\w.]+ FROM [`"\w.]+Measure[`"] WHERE [`"\w.]+goneUpstreamAt[`"] IS NULL (ORDER BY [`"\w.]+ ASC )?(LIMIT|OFFSET)/,
    reason:
      "the sitemap index says how many public measures there are: a count of every one, made once per " +
      "cached sitemap (five minutes), never per row shown",
  },
  {
    sentBy: /^admin\.actions\.list \(/,
    // Prisma loads the listed actions' measure titles by id (`WHERE id IN (…)`, 25 at most).
    sql: /^SELECT [`"\w.]+\.[`"]id[`"], [`"\w.]+\.[`"]title[`"] FROM [`"\w.]+Measure[`"] WHERE [`"\w.]+\.[`"]id[`"] IN \(/,
    reason:
      "a page of actions names their measures, looked up by primary key; PostgreSQL without statistics " +
      "(the test's fresh tables) prefers the (title, id) index, which holds both columns, over the key. " +
      "With statistics, as autovacuum keeps them, 25 ids are read by the key",
  },
  {
    sentBy: /^public\.browse\.pastOfficials$/,
    reason:
      "past officials are the people with terms of whom none may still run: a walk of people by name " +
      "with two lookups of their terms each, 50 to a page, and the count walks them all. The page is " +
      "cached like every page (ISR) and refreshed when people or terms change",
  },
];
