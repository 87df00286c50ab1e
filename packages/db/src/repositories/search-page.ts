import { SEARCH_COUNT_CAP, type SearchSort } from "@legible/core";
import type { PrismaDatabase } from "../client";
import type { DatabaseProvider } from "../config";
import { Prisma } from "../generated/sqlite/client";
import {
  GONE_UPSTREAM_DOCUMENTS_POSTGRESQL,
  GONE_UPSTREAM_DOCUMENTS_SQLITE,
  markedParts,
  queryWords,
  type SearchHit,
  START,
  STOP,
} from "./search";
import { markAll, markSnippet, matchPrefixes } from "./search-marks";

/** What a search is narrowed to: each facet one value, or none. */
export interface SearchPageFilters {
  recordType?: string;
  stage?: string;
  bodyId?: string;
  year?: number;
  /** Only documents in this language. */
  locale?: "en" | "es";
}

export interface SearchPageOptions extends SearchPageFilters {
  sort?: SearchSort;
  /** 0-based: the first hit of the page. */
  offset: number;
  limit: number;
}

/** One value of a facet and how many of the counted matches have it. */
export interface SearchFacetValue {
  value: string;
  count: number;
}

export interface SearchFacetCounts {
  kind: SearchFacetValue[];
  stage: SearchFacetValue[];
  /** A body's id, with its name. */
  body: (SearchFacetValue & { name: string })[];
  year: SearchFacetValue[];
}

/**
 * A page of hits, with the counts of what matched. At most SEARCH_COUNT_CAP matches (the first
 * the index finds) are counted and ordered: when more match, `capped` is true, the counts are of
 * those and so each is a floor, and the order is within them.
 */
export interface SearchPage {
  hits: SearchHit[];
  /** Matches counted: at most SEARCH_COUNT_CAP. */
  total: number;
  capped: boolean;
  facets: SearchFacetCounts;
}

interface FoundRow {
  key: string;
  rowid: bigint | number | null;
  recordType: string;
  stage: string | null;
  bodyId: string | null;
  year: number | bigint | null;
  sortDate: string;
  score: number;
}

interface MarkedRow {
  key: string;
  recordType: string;
  recordId: string;
  locale: string;
  title: string;
  snippet: string;
}

const EMPTY: SearchPage = { hits: [], total: 0, capped: false, facets: { kind: [], stage: [], body: [], year: [] } };

function filterSql(filters: SearchPageFilters): Prisma.Sql {
  const parts = [
    filters.recordType !== undefined ? Prisma.sql`AND d."recordType" = ${filters.recordType}` : Prisma.empty,
    filters.stage !== undefined ? Prisma.sql`AND d."stage" = ${filters.stage}` : Prisma.empty,
    filters.bodyId !== undefined ? Prisma.sql`AND d."bodyId" = ${filters.bodyId}` : Prisma.empty,
    filters.year !== undefined ? Prisma.sql`AND d."year" = ${filters.year}` : Prisma.empty,
    filters.locale !== undefined ? Prisma.sql`AND d."locale" = ${filters.locale}` : Prisma.empty,
  ];
  return Prisma.join(parts, " ");
}

const ftsMatch = (words: string[]) => words.map((word) => `"${word}"*`).join(" ");
const tsQuery = (words: string[]) => words.map((word) => `${word}:*`).join(" & ");
const POSTGRESQL_QUERY = (words: string[]) =>
  Prisma.sql`(to_tsquery('english', ${tsQuery(words)}) || to_tsquery('spanish', ${tsQuery(words)}))`;

/**
 * The first matches the index finds (one more than the cap, to know whether there are more),
 * each with its facets and score (higher is better on both databases). No ORDER BY: ordering
 * every match of a common word is what made it slow (tens of thousands of rows on PostgreSQL,
 * each read from the table); the cap bounds the work whatever the word.
 */
async function findMatches(
  prisma: PrismaDatabase,
  provider: DatabaseProvider,
  words: string[],
  filters: SearchPageFilters,
): Promise<FoundRow[]> {
  const cap = SEARCH_COUNT_CAP + 1;
  if (provider === "sqlite") {
    return prisma.$queryRaw<FoundRow[]>(Prisma.sql`
      SELECT d."key", d.rowid AS "rowid", d."recordType", d."stage", d."bodyId", d."year", d."sortDate",
             -bm25("SearchIndex", 5.0, 1.0) AS "score"
      FROM "SearchIndex" CROSS JOIN "SearchDocument" d
      WHERE "SearchIndex" MATCH ${ftsMatch(words)} AND d.rowid = "SearchIndex".rowid
      AND "SearchIndex".rowid NOT IN (SELECT gd.rowid FROM "SearchDocument" gd WHERE gd."key" IN (${GONE_UPSTREAM_DOCUMENTS_SQLITE}))
      ${filterSql(filters)}
      LIMIT ${cap}`);
  }
  return prisma.$queryRaw<FoundRow[]>(Prisma.sql`
    WITH q AS (SELECT ${POSTGRESQL_QUERY(words)} AS query)
    SELECT d."key", NULL AS "rowid", d."recordType", d."stage", d."bodyId", d."year", d."sortDate",
           ts_rank(d."searchVector", q.query) AS "score"
    FROM "SearchDocument" d, q
    WHERE d."searchVector" @@ q.query
    AND d."key" NOT IN (${GONE_UPSTREAM_DOCUMENTS_POSTGRESQL})
    ${filterSql(filters)}
    LIMIT ${cap}`);
}

/** Titles and snippets of one page of documents, the matched words marked. */
async function markPage(
  prisma: PrismaDatabase,
  provider: DatabaseProvider,
  words: string[],
  page: FoundRow[],
): Promise<Map<string, MarkedRow>> {
  if (!page.length) return new Map();
  if (provider === "sqlite") {
    const prefixes = matchPrefixes(words);
    const rows = await prisma.$queryRaw<(Omit<MarkedRow, "snippet"> & { body: string })[]>(Prisma.sql`
      SELECT d."key", d."recordType", d."recordId", d."locale", d."title", d."body"
      FROM "SearchDocument" d WHERE d.rowid IN (${Prisma.join(page.map((row) => Number(row.rowid)))})`);
    return new Map(
      rows.map((row) => [
        row.key,
        { ...row, title: markAll(row.title, prefixes), snippet: markSnippet(row.body, prefixes) },
      ]),
    );
  }
  const rows = await prisma.$queryRaw<MarkedRow[]>(Prisma.sql`
          WITH q AS (SELECT ${POSTGRESQL_QUERY(words)} AS query)
          SELECT d."key", d."recordType", d."recordId", d."locale",
                 ts_headline('simple', d."title", q.query, ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`}) AS "title",
                 ts_headline(CASE WHEN d."locale" = 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END,
                             d."body", q.query, ${`StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`}) AS "snippet"
          FROM "SearchDocument" d, q
          WHERE d."key" IN (${Prisma.join(page.map((row) => row.key))})`);
  return new Map(rows.map((row) => [row.key, row]));
}

function countBy(rows: readonly FoundRow[], value: (row: FoundRow) => string | null): SearchFacetValue[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = value(row);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ value: key, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

const byRelevance = (a: FoundRow, b: FoundRow) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byNewest = (a: FoundRow, b: FoundRow) =>
  a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? 1 : -1) : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

/**
 * Search narrowed by facets, one page of it, with counts per facet value: what the public
 * search page shows. Any text is safe, as in searchRecords: only words reach the index.
 */
export async function searchPage(
  prisma: PrismaDatabase,
  provider: DatabaseProvider,
  query: string,
  options: SearchPageOptions,
): Promise<SearchPage> {
  const words = queryWords(query);
  if (words.length === 0) return EMPTY;
  const found = await findMatches(prisma, provider, words, options);
  const capped = found.length > SEARCH_COUNT_CAP;
  const counted = found.slice(0, SEARCH_COUNT_CAP);
  const ordered = [...counted].sort(options.sort === "newest" ? byNewest : byRelevance);
  const page = ordered.slice(options.offset, options.offset + options.limit);
  const [marked, bodies] = await Promise.all([markPage(prisma, provider, words, page), countBodies(prisma, counted)]);
  const hits = page.flatMap((row): SearchHit[] => {
    const mark = marked.get(row.key);
    return mark
      ? [
          {
            recordType: mark.recordType,
            recordId: mark.recordId,
            locale: mark.locale as SearchHit["locale"],
            title: markedParts(mark.title),
            snippet: markedParts(mark.snippet),
          },
        ]
      : [];
  });
  return {
    hits,
    total: counted.length,
    capped,
    facets: {
      kind: countBy(counted, (row) => row.recordType),
      stage: countBy(counted, (row) => row.stage),
      body: bodies,
      year: countBy(counted, (row) => (row.year === null ? null : String(row.year))).sort((a, b) =>
        a.value < b.value ? 1 : -1,
      ),
    },
  };
}

/** The bodies among the counted matches, with their names (a body gone meanwhile is left out). */
async function countBodies(prisma: PrismaDatabase, rows: readonly FoundRow[]) {
  const counts = countBy(rows, (row) => row.bodyId);
  if (!counts.length) return [];
  const names = new Map(
    (
      await prisma.body.findMany({
        where: { id: { in: counts.map((count) => count.value) } },
        select: { id: true, name: true },
      })
    ).map((body) => [body.id, body.name]),
  );
  return counts.flatMap((count) => {
    const name = names.get(count.value);
    return name === undefined ? [] : [{ ...count, name }];
  });
}
