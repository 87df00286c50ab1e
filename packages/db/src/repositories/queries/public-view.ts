import type { PrismaDatabase } from "../../client";

// What residents may read: every record except those a sync found gone from the system they came
// from (upstream-removals.ts). This is the one place the public reads get that rule: the public
// queries (pages, feeds, sitemap, open data, JSON-LD, the embed) read through this view, so a
// record gone upstream is simply not there for them, and its address answers 404 like any unknown
// id. Staff reads use the plain client and still see it.

/** The kinds a sync can find gone upstream, by Prisma model. */
const REMOVABLE_MODELS = ["person", "body", "measure", "voteEvent", "meeting"] as const;

/** Reads only: the public queries never write. */
const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** The condition every public read of a removable kind adds. */
export const PUBLISHED_UPSTREAM = { goneUpstreamAt: null } as const;

type Operation = {
  operation: string;
  args: { where?: Record<string, unknown> } | undefined;
  query: (args: unknown) => Promise<unknown>;
};

type Row = Record<string, unknown>;

/**
 * A page of a list (`take`) is filtered after it is read: a condition in its SQL would let a
 * planner without statistics on the column (SQLite always, PostgreSQL before ANALYZE) read and
 * sort the whole table instead of walking an index to the page. Gone records are few, so such a
 * page shows at most that many fewer rows.
 */
async function pageWithoutGone({ args, query }: Operation): Promise<Row[]> {
  const select = (args as { select?: Row } | undefined)?.select;
  const added = select !== undefined && !select.goneUpstreamAt;
  const rows = (await query(added ? { ...args, select: { ...select, goneUpstreamAt: true } } : args)) as Row[];
  return rows
    .filter((row) => row.goneUpstreamAt === null || row.goneUpstreamAt === undefined)
    .map((row) => {
      if (!added) return row;
      const { goneUpstreamAt: _gone, ...rest } = row;
      return rest;
    });
}

function onlyPublished(operation: Operation): Promise<unknown> {
  if (operation.operation === "findMany" && (operation.args as { take?: number } | undefined)?.take !== undefined) {
    return pageWithoutGone(operation);
  }
  return withCondition(operation);
}

function withCondition({ operation, args, query }: Operation): Promise<unknown> {
  if (!READS.has(operation)) return query(args);
  const where = args?.where;
  // findUnique needs its unique field at the top of `where`; the others may take any condition.
  if (operation.startsWith("findUnique")) return query({ ...args, where: { ...where, ...PUBLISHED_UPSTREAM } });
  return query({ ...args, where: where ? { AND: [where, PUBLISHED_UPSTREAM] } : PUBLISHED_UPSTREAM });
}

/** The client as residents see the records: without records gone upstream. */
export function publicView(prisma: PrismaDatabase): PrismaDatabase {
  const models = Object.fromEntries(REMOVABLE_MODELS.map((model) => [model, { $allOperations: onlyPublished }]));
  return prisma.$extends({ query: models as never }) as unknown as PrismaDatabase;
}
