import type { Dataset } from "@legible/core";
import type { Database } from "@legible/db";
import { insertBatches } from "./insert-sql";
import { tableProgress } from "./progress";
import { type TableRows, tableRows } from "./rows";

/** Statements per transaction: large enough that commits cost nothing, small enough to show progress. */
const STATEMENTS_PER_TRANSACTION = 50;

export interface TableLoad {
  table: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

const tableName = (model: string) => `${model[0]?.toUpperCase()}${model.slice(1)}`;

async function loadTable(database: Database, { model, rows }: TableRows, now: Date): Promise<TableLoad> {
  const progress = tableProgress(model, rows.length);
  const started = performance.now();
  const batches = insertBatches(
    database.config.provider,
    tableName(model),
    rows as unknown as Record<string, unknown>[],
    now,
  );
  let done = 0;
  for (let from = 0; from < batches.length; from += STATEMENTS_PER_TRANSACTION) {
    const group = batches.slice(from, from + STATEMENTS_PER_TRANSACTION);
    // Raw multi-row INSERTs through the app's own Prisma client and connection, one
    // transaction per group: Prisma's createMany ran at a few thousand rows a second here.
    await database.prisma.$transaction(
      async (tx) => {
        for (const batch of group) {
          done += await tx.$executeRawUnsafe(batch.sql, ...batch.values);
          progress.update(done);
        }
      },
      { maxWait: 60_000, timeout: 600_000 },
    );
  }
  progress.stop();
  if (done !== rows.length) throw new Error(`${model}: inserted ${done} of ${rows.length} rows`);
  const seconds = (performance.now() - started) / 1000;
  return { table: model, rows: rows.length, seconds, rowsPerSecond: rows.length / Math.max(seconds, 1e-6) };
}

/**
 * Loads a generated dataset into a freshly migrated, empty database, table by table in
 * foreign-key order, then has the database gather its planner statistics (ANALYZE; on
 * PostgreSQL, VACUUM ANALYZE).
 */
export async function bulkLoad(
  database: Database,
  dataset: Dataset,
  say: (line: string) => void,
): Promise<{ tables: TableLoad[]; analyzeSeconds: number }> {
  const tables: TableLoad[] = [];
  const now = new Date();
  for (const table of tableRows(dataset)) {
    const loaded = await loadTable(database, table, now);
    tables.push(loaded);
    say(
      `  ${loaded.table.padEnd(18)} ${loaded.rows.toLocaleString("en").padStart(10)} rows in ${loaded.seconds.toFixed(1).padStart(5)} s  (${Math.round(loaded.rowsPerSecond).toLocaleString("en")} rows/s)`,
    );
  }
  const started = performance.now();
  // PostgreSQL: VACUUM as well, as autovacuum would soon after a bulk load. Without it the first
  // reads of every fresh page write hint bits, and autovacuum starts on the new rows in the
  // middle of the measurements (a search's plan showed 2,578 pages dirtied by a read).
  await database.prisma.$executeRawUnsafe(database.config.provider === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE");
  const analyzeSeconds = (performance.now() - started) / 1000;
  say(
    `  ${database.config.provider === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE"} in ${analyzeSeconds.toFixed(1)} s`,
  );
  return { tables, analyzeSeconds };
}
