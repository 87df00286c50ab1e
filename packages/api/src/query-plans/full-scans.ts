import type { QueryPlan, TableRead } from "@legible/db/test-support";
import type { RecordedStatement } from "./query-recorder";

/**
 * Tables that grow with the records (every measure, vote, roll-call entry, save): reading one
 * whole costs more every month. Jurisdictions, bodies, posts and Better Auth's tables stay small
 * enough to scan.
 */
export const LARGE_TABLES = new Set([
  "Measure",
  "Action",
  "VoteEvent",
  "PersonVote",
  "Person",
  "Membership",
  "Statement",
  "Source",
  "SourceCitation",
  "SearchDocument",
  "Explainer",
  "ExplainerBlock",
  "ExplainerRevision",
  "ExplainerCorrection",
  "AuditEntry",
  "Meeting",
  "MeetingAgendaLink",
  "MeasureSubject",
]);

/** Statements allowed to read a large table whole, and why. Each must say why it is worth the cost. */
export interface AcceptedScan {
  /** The procedure calls it covers: a statement is accepted only when every call that sent it is covered. */
  sentBy: RegExp;
  /** And, when given, the SQL matches. */
  sql?: RegExp;
  reason: string;
}

export interface FullScan {
  statement: RecordedStatement;
  plan: QueryPlan;
  reads: TableRead[];
}

/** Whole reads of large tables: a full scan, or a walk of a whole index that no LIMIT stops early. */
function wholeReads(plan: QueryPlan): TableRead[] {
  return plan.reads.filter(
    (read) =>
      LARGE_TABLES.has(read.table) && (read.access === "full-scan" || (read.access === "index-scan" && !read.bounded)),
  );
}

/** Accepted when every call that sent the statement is covered by an entry whose SQL pattern, if any, matches. */
export function isAccepted(statement: RecordedStatement, accepted: readonly AcceptedScan[]): boolean {
  return statement.procedures.every((name) =>
    accepted.some((entry) => entry.sentBy.test(name) && (entry.sql?.test(statement.sql) ?? true)),
  );
}

export function findFullScan(statement: RecordedStatement, plan: QueryPlan): FullScan | null {
  const reads = wholeReads(plan);
  return reads.length ? { statement, plan, reads } : null;
}

/** What a reader needs to find and fix it: who sends the query, the query, and how the database runs it. */
export function describeFullScan({ statement, plan, reads }: FullScan): string {
  const tables = [...new Set(reads.map((read) => `${read.table} (${read.access})`))].join(", ");
  return [
    `reads ${tables} whole`,
    `  sent by: ${statement.procedures.join(", ")}`,
    `  sql: ${statement.sql.replace(/\s+/g, " ").trim()}`,
    `  params: ${JSON.stringify(statement.params)}`,
    "  plan:",
    ...plan.text.split("\n").map((line) => `    ${line}`),
  ].join("\n");
}
