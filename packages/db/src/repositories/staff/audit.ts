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

/** One audit entry, for restoring the record as it was then. */
export async function findAuditEntry(prisma: PrismaDatabase, id: number): Promise<AuditRecord | null> {
  const row = await prisma.auditEntry.findUnique({ where: { id } });
  return row ? toAuditRecord(row) : null;
}

/** Everyone who has changed anything, for the audit log's filter. */
export async function auditActors(prisma: PrismaDatabase): Promise<string[]> {
  const rows = await prisma.auditEntry.findMany({
    where: { actorName: { not: null } },
    distinct: ["actorName"],
    select: { actorName: true },
    orderBy: { actorName: "asc" },
  });
  return rows.map((row) => row.actorName).filter((name): name is string => name !== null);
}
