import type { PrismaDatabase } from "../../client";
import { MAX_PAGE_SIZE } from "../store";

/** One change as staff read it: who did what to which record, and the record before and after. */
export interface AuditRecord {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string;
  version: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  actorName?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

function toAuditRecord(row: {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string;
  version: number | null;
  before: unknown;
  after: unknown;
}): AuditRecord {
  return { ...row, at: row.at.toISOString() };
}

/** The audit log, newest first, narrowed by any of the filter's fields. */
export async function listAuditEntries(prisma: PrismaDatabase, filter: AuditFilter = {}) {
  const pageSize = Math.min(Math.max(1, Math.trunc(filter.pageSize ?? 50)), MAX_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(filter.page ?? 1));
  const at = {
    ...(filter.from ? { gte: new Date(filter.from) } : {}),
    ...(filter.to ? { lte: new Date(filter.to) } : {}),
  };
  const where = {
    ...(filter.actorName ? { actorName: filter.actorName } : {}),
    ...(filter.recordType ? { recordType: filter.recordType } : {}),
    ...(filter.recordId ? { recordId: filter.recordId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(Object.keys(at).length ? { at } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.auditEntry.count({ where }),
  ]);
  return { items: rows.map(toAuditRecord), total, page, pageSize };
}

/** The latest changes, newest first, for the dashboard: unlike the log's pages, no count of every entry. */
export async function recentAuditEntries(prisma: PrismaDatabase, limit: number): Promise<AuditRecord[]> {
  const rows = await prisma.auditEntry.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, Math.trunc(limit)), MAX_PAGE_SIZE),
  });
  return rows.map(toAuditRecord);
}

/** One audit entry, for restoring the record as it was then. */
export async function findAuditEntry(prisma: PrismaDatabase, id: number): Promise<AuditRecord | null> {
  const row = await prisma.auditEntry.findUnique({ where: { id } });
  return row ? toAuditRecord(row) : null;
}

/**
 * Everyone who has changed anything, for the audit log's filter. A DISTINCT would read every
 * entry; this hops from one name to the next through the actorName index instead (a "loose index
 * scan"), so it reads one index entry per person. The same SQL runs on SQLite and PostgreSQL.
 */
export async function auditActors(prisma: PrismaDatabase): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ name: string }>>`
    WITH RECURSIVE actors(name) AS (
      SELECT MIN("actorName") FROM "AuditEntry"
      UNION ALL
      SELECT (SELECT MIN("actorName") FROM "AuditEntry" WHERE "actorName" > actors.name)
      FROM actors WHERE actors.name IS NOT NULL
    )
    SELECT name FROM actors WHERE name IS NOT NULL`;
  return rows.map((row) => row.name);
}
