import Sqlite from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "../config";

/**
 * How a plan reaches one table: `lookup` seeks by an index (or the full-text index), `index-scan`
 * walks a whole index in its order, `full-scan` reads every row (or builds a throwaway index by
 * reading every row, which costs the same).
 */
export type Access = "lookup" | "index-scan" | "full-scan";

export interface TableRead {
  table: string;
  access: Access;
  /**
   * True when a LIMIT stops the read after a fixed number of rows taken in index order, with no
   * whole sort and no condition in between that could make it read on.
   */
  bounded: boolean;
}

export interface QueryPlan {
  reads: TableRead[];
  /** The plan as the database printed it, for failure messages. */
  text: string;
}

export interface PlanExplainer {
  explain(sql: string, params: unknown[]): Promise<QueryPlan>;
  close(): Promise<void>;
}

/** A connection of its own for EXPLAIN, so the statements explained are never mixed with the ones recorded. */
export async function openExplainer(config: DatabaseConfig): Promise<PlanExplainer> {
  return config.provider === "sqlite" ? sqliteExplainer(config) : postgresExplainer(config);
}

// ---- SQLite: EXPLAIN QUERY PLAN prints one line per loop: "SCAN t", "SEARCH t USING INDEX i (a=?)".

const SQL_KEYWORDS = new Set(["WHERE", "ON", "LEFT", "INNER", "CROSS", "JOIN", "ORDER", "GROUP", "LIMIT", "USING"]);

/** EXPLAIN QUERY PLAN names a table by its alias when it has one; this maps aliases back to tables. */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const reference = /(?:FROM|JOIN)\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)[`"]?(?:\s+(?:AS\s+)?[`"]?(\w+)[`"]?)?/gi;
  for (const [, table, alias] of sql.matchAll(reference)) {
    if (!table) continue;
    aliases.set(table, table);
    if (alias && !SQL_KEYWORDS.has(alias.toUpperCase())) aliases.set(alias, table);
  }
  return aliases;
}

const TRAILING_LIMIT = /\bLIMIT\s+(\?|\d+)(?:\s+OFFSET\s+(?:\?|\d+))?\s*$/i;

/** The LIMIT a statement ends with, resolving a `?` to its parameter; Prisma sends -1 for "no limit". */
function sqliteLimit(sql: string, params: unknown[]): number | null {
  const match = TRAILING_LIMIT.exec(sql);
  if (!match?.[1]) return null;
  const raw = match[1] === "?" ? params[(sql.slice(0, match.index).match(/\?/g) ?? []).length] : match[1];
  const limit = Number(raw);
  return Number.isInteger(limit) && limit >= 0 ? limit : null;
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function sqliteParam(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}

function sqliteExplainer(config: DatabaseConfig): PlanExplainer {
  if (!config.filePath) throw new Error("SQLite plans need the database file's path");
  const connection = new Sqlite(config.filePath, { readonly: true, fileMustExist: true });
  return {
    async explain(sql, params) {
      const rows = connection.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map(sqliteParam)) as Array<{
        detail: string;
      }>;
      const lines = rows.map((row) => row.detail);
      const aliases = tablesByAlias(sql);
      // A LIMIT stops a walk in index order early only when nothing else has to hold: a whole
      // sort (or grouping) in a temporary b-tree reads every candidate first, and a condition
      // may skip all but a few rows (sorting only the "LAST TERM" of an ORDER BY is fine).
      // EXPLAIN QUERY PLAN does not print conditions, so any WHERE but Prisma's `1=1` counts.
      const bounded =
        sqliteLimit(sql, params) !== null &&
        !/\bWHERE\b/i.test(sql.replace(/\bWHERE 1=1 (?=ORDER BY|LIMIT)/gi, "")) &&
        !lines.some((line) => /^USE TEMP B-TREE FOR (ORDER BY|GROUP BY|DISTINCT)$/.test(line));
      const reads = lines.flatMap((line): TableRead[] => {
        const loop = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(line);
        if (!loop?.[2]) return [];
        const [, verb, qualified, rest = ""] = loop;
        if (qualified.startsWith("(") || qualified === "CONSTANT") return [];
        // Prisma names tables with their schema ("main.Source"); raw SQL does not.
        const name = qualified.replace(/^main\./, "");
        const table = aliases.get(name) ?? name;
        if (rest.includes("AUTOMATIC")) return [{ table, access: "full-scan", bounded: false }];
        if (verb === "SEARCH" || rest.includes("VIRTUAL TABLE INDEX")) return [{ table, access: "lookup", bounded }];
        return [{ table, access: rest.includes(" INDEX ") ? "index-scan" : "full-scan", bounded }];
      });
      return { reads, text: lines.join("\n") };
    },
    close: async () => {
      connection.close();
    },
  };
}

// ---- PostgreSQL: EXPLAIN (FORMAT JSON) gives a tree of nodes; scans carry "Relation Name".

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  "Index Name"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

// Nodes that pass rows up as they come (an incremental sort only sorts runs of equal leading
// keys), so a Limit above them stops the scan below early.
const STREAMING = new Set(["Limit", "Nested Loop", "Result", "Incremental Sort"]);

/** Each index's table and first column: an index condition that skips the first column walks the whole index. */
type IndexShapes = Map<string, { table: string; leading: string }>;

function mentions(condition: string, column: string): boolean {
  return new RegExp(`(^|[^\\w"])"?${column}"?($|[^\\w"])`).test(condition);
}

/** `limited`: a Limit above reaches this node through streaming nodes only, so it stops early. */
function postgresReads(node: PlanNode, limited: boolean, indexes: IndexShapes): TableRead[] {
  const type = node["Node Type"];
  const own: TableRead[] = [];
  const index = node["Index Name"] ? indexes.get(node["Index Name"]) : undefined;
  const condition = node["Index Cond"];
  // PostgreSQL accepts a condition on a later column of an index as an "Index Cond", and then
  // reads the whole index to apply it.
  const seeks = condition !== undefined && (index === undefined || mentions(condition, index.leading));
  const table = node["Relation Name"] ?? (type === "Bitmap Index Scan" ? index?.table : undefined);
  // Scans read; ModifyTable only names the table written. A Bitmap Heap Scan's read is judged
  // by the Bitmap Index Scan under it, which says which index and condition it uses.
  if (table && type.endsWith(" Scan") && type !== "Bitmap Heap Scan") {
    const access: Access = type === "Seq Scan" ? "full-scan" : seeks ? "lookup" : "index-scan";
    // A filter on the scan may discard all but a few rows, so the Limit no longer bounds it.
    own.push({ table, access, bounded: limited && !node.Filter });
  }
  const childrenLimited = type === "Limit" || (limited && STREAMING.has(type));
  return [...own, ...(node.Plans ?? []).flatMap((child) => postgresReads(child, childrenLimited, indexes))];
}

function planText(node: PlanNode, depth = 0): string {
  const on = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
  const index = node["Index Name"] ? ` using ${node["Index Name"]}` : "";
  const condition = node["Index Cond"] ? ` (${node["Index Cond"]})` : node.Filter ? ` filter ${node.Filter}` : "";
  const line = `${"  ".repeat(depth)}${node["Node Type"]}${on}${index}${condition}`;
  return [line, ...(node.Plans ?? []).map((child) => planText(child, depth + 1))].join("\n");
}

async function postgresExplainer(config: DatabaseConfig): Promise<PlanExplainer> {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  // On a test-sized table a sequential scan is cheaper than any index, so the planner rightly
  // picks one and the plan says nothing about production. Priced out of the way, a Seq Scan that
  // is still chosen means no index can serve the query at all.
  await client.query("SET enable_seqscan = off");
  const shapes = await client.query<{ name: string; table: string; leading: string }>(
    `SELECT i.relname AS name, t.relname AS table, a.attname AS leading
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
      WHERE t.relnamespace = 'public'::regnamespace`,
  );
  const indexes: IndexShapes = new Map(
    shapes.rows.map((row) => [row.name, { table: row.table, leading: row.leading }]),
  );
  return {
    async explain(sql, params) {
      const result = await client.query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        params,
      );
      const root = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
      if (!root) throw new Error(`EXPLAIN returned no plan for: ${sql}`);
      return { reads: postgresReads(root, false, indexes), text: planText(root) };
    },
    close: () => client.end(),
  };
}
