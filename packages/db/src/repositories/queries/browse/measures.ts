import type { MeasureBrowseFilters, MeasureClassification, PageSlice, Stage } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { Prisma } from "../../../generated/sqlite/client";
import { type BodyRef, type ExplainerRef, loadBodyRefs, loadPublishedExplainers, uniqueIds } from "../records/load";

/** One row of the measures list. */
export interface MeasureListItem {
  id: string;
  title: string;
  identifier: string | null;
  classification: MeasureClassification;
  stage: Stage;
  bodyId: string | null;
  /** Its latest action, when it has one. */
  latestAction: { id: string; date: string; description: string } | null;
}

/** One page of the measures list, and what its filter form offers. */
export interface MeasureListPage {
  measures: MeasureListItem[];
  /** How many measures match the filters, counted up to MEASURE_COUNT_CAP. */
  total: number;
  /** More than MEASURE_COUNT_CAP match: `total` is the cap, and pages stop there. */
  totalCapped: boolean;
  bodies: BodyRef[];
  explainers: ExplainerRef[];
}

/** What the filter form offers: bodies that propose measures, subjects on record, the years actions span. */
export interface MeasureFilterOptions {
  bodies: BodyRef[];
  subjects: string[];
  years: { first: number; last: number } | null;
}

/** The most bodies and subjects the filter form lists. */
export const MAX_FILTER_OPTIONS = 300;

/**
 * The most matches the list counts (20 pages of 50): a count reads every match, so an uncapped
 * one grows with the city's records while the page itself reads 50. Past it, the list says
 * "more than" and asks for a filter, as search does.
 */
export const MEASURE_COUNT_CAP = 1000;

function whereOf(filters: MeasureBrowseFilters): Prisma.MeasureWhereInput {
  return {
    ...(filters.stage ? { stage: filters.stage } : {}),
    ...(filters.kind ? { classification: filters.kind } : {}),
    ...(filters.body ? { bodyId: filters.body } : {}),
    ...(filters.year ? { latestActionYear: filters.year } : {}),
    ...(filters.subject ? { subjectLinks: { some: { subject: filters.subject } } } : {}),
  };
}

// Each order ends on the id so every measure has one place and pages never overlap, and each is
// an index's own order: (title, id) forward, or (latestActionOn, id) backward; each filter has
// (filter, latestActionOn, id). Measures without an action hold "" there, so they come last.
function orderOf(sort: MeasureBrowseFilters["sort"]): Prisma.MeasureOrderByWithRelationInput[] {
  return sort === "title" ? [{ title: "asc" }, { id: "asc" }] : [{ latestActionOn: "desc" }, { id: "desc" }];
}

/**
 * One page of the measures that match `filters`, in their order, with how many match, the
 * bodies they name, their latest actions and their published explainers. Off the listing
 * columns each save writes (kinds/measure-listing.ts): no action is read to filter or sort.
 */
export async function measureListPage(
  prisma: PrismaDatabase,
  filters: MeasureBrowseFilters,
  slice: PageSlice,
  knownBodies: Promise<readonly BodyRef[]> = Promise.resolve([]),
): Promise<MeasureListPage> {
  const where = whereOf(filters);
  const [rows, counted, named] = await Promise.all([
    prisma.measure.findMany({
      where,
      orderBy: orderOf(filters.sort),
      skip: slice.offset,
      take: slice.limit,
      select: {
        id: true,
        title: true,
        identifier: true,
        classification: true,
        stage: true,
        bodyId: true,
        latestActionId: true,
      },
    }),
    // Counted in an order each filter's index has: left to itself, Prisma's count with `take`
    // orders by id, and SQLite then sorts every match (45,000 at 100k for one kind) before stopping.
    prisma.measure.count({ where, orderBy: orderOf("latest"), take: MEASURE_COUNT_CAP + 1 }),
    // Awaited here, so a failure of the query behind it is handled at once, not left unhandled
    // while the page's own queries run.
    knownBodies,
  ]);
  const actionIds = uniqueIds(rows.map((row) => row.latestActionId));
  const bodyIds = uniqueIds(rows.map((row) => row.bodyId));
  const known = new Map(named.map((body) => [body.id, body]));
  const [actions, loadedBodies, explainers] = await Promise.all([
    actionIds.length
      ? prisma.action.findMany({
          where: { id: { in: actionIds } },
          select: { id: true, date: true, description: true },
        })
      : [],
    loadBodyRefs(
      prisma,
      bodyIds.filter((id) => !known.has(id)),
    ),
    loadPublishedExplainers(
      prisma,
      rows.map((row) => row.id),
    ),
  ]);
  const actionById = new Map(actions.map((action) => [action.id, action]));
  return {
    measures: rows.map((row) => ({
      id: row.id,
      title: row.title,
      identifier: row.identifier,
      classification: row.classification as MeasureClassification,
      stage: row.stage as Stage,
      bodyId: row.bodyId,
      latestAction: (row.latestActionId && actionById.get(row.latestActionId)) || null,
    })),
    total: Math.min(counted, MEASURE_COUNT_CAP),
    totalCapped: counted > MEASURE_COUNT_CAP,
    bodies: [...bodyIds.flatMap((id) => known.get(id) ?? []), ...loadedBodies],
    explainers,
  };
}

/**
 * A page of the measures list with its filter form's choices. The page's bodies are named from
 * the choices, which list every body with measures (up to MAX_FILTER_OPTIONS); only bodies past
 * that are read again, so a page of 50 measures from 27 bodies costs no query of its own for them.
 */
export async function measureBrowse(
  prisma: PrismaDatabase,
  filters: MeasureBrowseFilters,
  slice: PageSlice,
): Promise<{ page: MeasureListPage; options: MeasureFilterOptions }> {
  const options = measureFilterOptions(prisma);
  const [page, chosen] = await Promise.all([
    measureListPage(
      prisma,
      filters,
      slice,
      options.then((each) => each.bodies),
    ),
    options,
  ]);
  return { page, options: chosen };
}

/**
 * The choices of the measures list's filter form. Subjects are read a group at a time off
 * MeasureSubject's (subject) index and stop at MAX_FILTER_OPTIONS; years are the index's ends.
 */
export async function measureFilterOptions(prisma: PrismaDatabase): Promise<MeasureFilterOptions> {
  const [bodies, subjects, years] = await Promise.all([
    bodyOptions(prisma, "measures"),
    firstSubjects(prisma),
    Promise.all([yearAtEnd(prisma, "asc"), yearAtEnd(prisma, "desc")]),
  ]);
  const [first, last] = years;
  return {
    bodies,
    subjects,
    years: first != null && last != null ? { first, last } : null,
  };
}

/**
 * The first MAX_FILTER_OPTIONS topics on record, A to Z, one index seek each (a loose index scan:
 * each step asks for the next topic after the last). A GROUP BY or DISTINCT would read every
 * MeasureSubject row, a cost that grows with the city's measures.
 */
async function firstSubjects(prisma: PrismaDatabase): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ subject: string }[]>(Prisma.sql`
    WITH RECURSIVE topics(subject, position) AS (
      SELECT (SELECT MIN("subject") FROM "MeasureSubject"), 1
      UNION ALL
      SELECT (SELECT MIN(s."subject") FROM "MeasureSubject" s WHERE s."subject" > topics.subject), topics.position + 1
      FROM topics
      WHERE topics.subject IS NOT NULL AND topics.position < ${MAX_FILTER_OPTIONS}
    )
    SELECT subject FROM topics WHERE subject IS NOT NULL ORDER BY position`);
  return rows.map((row) => row.subject);
}

/** The first or last year of a latest action, off the (latestActionYear) index's end. */
async function yearAtEnd(prisma: PrismaDatabase, end: "asc" | "desc"): Promise<number | null> {
  // A page read (`take`), not an aggregate: the public view filters a page after reading it, so
  // this stays one index step (an aggregate would check every measure for records gone upstream).
  const [row] = await prisma.measure.findMany({
    where: { latestActionYear: { not: null } },
    orderBy: [{ latestActionYear: end }, { latestActionOn: end }],
    select: { latestActionYear: true },
    take: 1,
  });
  return row?.latestActionYear ?? null;
}

/**
 * The bodies by name (up to MAX_FILTER_OPTIONS) with measures or meetings residents may read: the
 * lists' "decided by" and "held by" choices. A choice that narrows the list to nothing helps no
 * one, and a city's boards and outside bodies outnumber its deciding bodies many times.
 */
export async function bodyOptions(prisma: PrismaDatabase, holding: "measures" | "meetings"): Promise<BodyRef[]> {
  const bodies = await prisma.body.findMany({
    // One index seek per body (Measure's and Meeting's bodyId indexes), whatever the records' number.
    where: { [holding]: { some: { goneUpstreamAt: null } } },
    select: { id: true, name: true, classification: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_FILTER_OPTIONS,
  });
  return bodies.map((body) => ({ ...body, classification: body.classification as BodyRef["classification"] }));
}
