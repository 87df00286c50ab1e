import type { DatabaseProvider } from "@legible/db";

/** Most parameters one statement may carry: SQLite allows 32,766 and PostgreSQL 65,535. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_STATEMENT = 1_000;

/** Tables whose records Prisma stamps itself (`@updatedAt`, `@default(now())`): raw SQL must fill them. */
const STAMPED = new Set([
  "Jurisdiction",
  "Source",
  "Body",
  "Post",
  "Person",
  "Membership",
  "Measure",
  "Action",
  "VoteEvent",
  "Statement",
  "Meeting",
  "Explainer",
]);
const UPDATED_ONLY = new Set(["SearchDocument"]);

export interface InsertBatch {
  sql: string;
  values: unknown[];
}

/**
 * Prisma's column encoding, for raw statements: on SQLite, instants as ISO text with `+00:00`,
 * booleans as 0/1 and JSON as text, as Prisma's own writes leave them; on PostgreSQL, JSON
 * as text cast to jsonb.
 */
function encode(provider: DatabaseProvider, value: unknown): unknown {
  if (value instanceof Date)
    return provider === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  if (typeof value === "boolean") return provider === "sqlite" ? Number(value) : value;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value ?? null;
}

/** PostgreSQL's cast for a column, judged by its first value that is not null. */
function castOf(rows: readonly Record<string, unknown>[], column: string, stamp: Date | undefined): string {
  const sample = stamp ?? rows.find((row) => row[column] !== null && row[column] !== undefined)?.[column];
  if (sample instanceof Date) return "::timestamp";
  if (sample !== null && typeof sample === "object") return "::jsonb";
  return "";
}

/**
 * Multi-row INSERT statements for one table's rows, each as large as the parameter limit allows.
 * A column a row leaves out is stored as null.
 */
export function insertBatches(
  provider: DatabaseProvider,
  table: string,
  rows: readonly Record<string, unknown>[],
  now: Date,
): InsertBatch[] {
  if (rows.length === 0) return [];
  const stamps: Record<string, Date> = STAMPED.has(table)
    ? { createdAt: now, updatedAt: now }
    : UPDATED_ONLY.has(table)
      ? { updatedAt: now }
      : {};
  const keys = new Set(Object.keys(stamps));
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const columns = [...keys];
  const casts = columns.map((column) => (provider === "postgresql" ? castOf(rows, column, stamps[column]) : ""));
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)));
  const quoted = columns.map((column) => `"${column}"`).join(", ");
  const batches: InsertBatch[] = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column, index) => {
        values.push(encode(provider, column in row ? row[column] : stamps[column]));
        return provider === "sqlite" ? "?" : `$${values.length}${casts[index]}`;
      });
      return `(${marks.join(", ")})`;
    });
    batches.push({ sql: `INSERT INTO "${table}" (${quoted}) VALUES ${tuples.join(", ")}`, values });
  }
  return batches;
}
