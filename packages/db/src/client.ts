import { mkdirSync } from "node:fs";
import path from "node:path";
import { processLogger } from "@legible/observe";
import { type DatabaseConfig, resolveDatabaseConfig, unreachable } from "./config";
import type { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client";
import { oneAtATime } from "./sqlite-connection";

/**
 * The Prisma client every repository takes. Both providers' clients are generated from the same
 * models, so they share this shape; provider-only features stay out of the repositories.
 */
export type PrismaDatabase = SqlitePrismaClient;

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaDatabase;
  close(): Promise<void>;
}

// SQLite lets one writer in at a time; a save waits this long for the writer before it gives up.
// As long as a transaction may wait for its turn (TRANSACTION_OPTIONS.maxWait), so a busy two-core
// machine with several staff saving at once queues them instead of failing one.
const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * Every save is one interactive transaction holding a pooled connection. Prisma's default 2 s
 * wait for one fails saves under load ("Unable to start a transaction in the given time", seen
 * with 50 staff writers on PostgreSQL's 10-connection pool): a save waits its turn instead.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

/** One SQL statement as Prisma sent it: the text with placeholders, and its parameters as JSON. */
export interface IssuedQuery {
  sql: string;
  params: string;
}

export interface DatabaseOptions {
  /** Called with every statement Prisma sends, for tests that inspect the SQL (query plans). */
  onQuery?: (query: IssuedQuery) => void;
}

/** Opens the database DATABASE_URL names (SQLite under ./data when unset), loading only that provider's client. */
export async function createDatabase(
  config: DatabaseConfig = resolveDatabaseConfig(),
  options: DatabaseOptions = {},
): Promise<Database> {
  const prisma = config.provider === "sqlite" ? await openSqlite(config, options) : await openPostgres(config, options);
  return { config, prisma, close: () => prisma.$disconnect() };
}

/** Whether every statement goes to the log (LEGIBLE_LOG_LEVEL=debug): not free, so off by default. */
function logsQueries(): boolean {
  return processLogger().isLevelEnabled("debug");
}

/** Prisma's client options for query logging: events only when someone listens, never printed by Prisma. */
function queryLog(options: DatabaseOptions) {
  return options.onQuery || logsQueries() ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
}

function subscribe(
  prisma: {
    $on(event: "query", callback: (event: { query: string; params: string; duration: number }) => void): unknown;
  },
  options: DatabaseOptions,
) {
  const { onQuery } = options;
  if (onQuery) prisma.$on("query", (event) => onQuery({ sql: event.query, params: event.params }));
  if (logsQueries()) {
    // The statement's text only: its parameters carry what people typed (addresses, passwords'
    // hashes). The line carries the request id of the request that sent it (../observe).
    const log = processLogger().child({ part: "db" });
    prisma.$on("query", (event) =>
      log.debug({ sql: event.query, durationMs: Math.round(event.duration * 10) / 10 }, "query"),
    );
  }
}

async function openSqlite(config: DatabaseConfig, options: DatabaseOptions): Promise<PrismaDatabase> {
  const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([
    import("./generated/sqlite/client"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  if (config.filePath) mkdirSync(path.dirname(/*turbopackIgnore: true*/ config.filePath), { recursive: true });
  const adapter = oneAtATime(new PrismaBetterSqlite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  const prisma = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, ...queryLog(options) });
  subscribe(prisma, options);
  // A web server has concurrent readers and writers: WAL lets reads go on during a write.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // SQLite's own page cache is 2 MB by default: at 100k measures a common word's search re-read
  // its pages from the OS on every query (41 ms to find and count 1,001 matches; 18 ms with 64 MB;
  // a facet that matches none of 24,000 matches: 170 ms, 31 ms). One connection per process, so
  // this is the process's whole cache.
  await prisma.$executeRawUnsafe("PRAGMA cache_size = -65536");
  return prisma;
}

async function openPostgres(config: DatabaseConfig, options: DatabaseOptions): Promise<PrismaDatabase> {
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import("./generated/postgresql/client"),
    import("@prisma/adapter-pg"),
  ]);
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: config.url }),
    transactionOptions: TRANSACTION_OPTIONS,
    ...queryLog(options),
  });
  subscribe(prisma, options);
  return prisma as unknown as PrismaDatabase;
}

/**
 * Connects once and runs a trivial query, so a wrong URL or a stopped server is reported at
 * start-up in one plain line rather than on a resident's first page view.
 */
export async function checkDatabaseReachable(database: Database): Promise<void> {
  try {
    await database.prisma.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    throw unreachable(database.config, error);
  }
}
