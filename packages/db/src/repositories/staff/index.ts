import type { PrismaDatabase } from "../../client";
import type { DatabaseProvider } from "../../config";
import type { RecordCollection } from "../record-kinds";
import { type AuditFilter, auditActors, findAuditEntry, listAuditEntries, recentAuditEntries } from "./audit";
import { type ListOptions, listRecords } from "./list-records";

export type { AuditFilter, AuditRecord } from "./audit";
export { ListOptionError, type ListOptions, type RecordList, type RecordSummary } from "./list-records";
export { LISTINGS, type Listing } from "./listings";

/** What only the staff app reads: lists with search and filters, and the audit log. */
export function createStaffQueries(prisma: PrismaDatabase, provider: DatabaseProvider) {
  return {
    listRecords: (collection: RecordCollection, options?: ListOptions) =>
      listRecords(prisma, provider, collection, options),
    auditLog: (filter?: AuditFilter) => listAuditEntries(prisma, filter),
    recentChanges: (limit: number) => recentAuditEntries(prisma, limit),
    auditEntry: (id: number) => findAuditEntry(prisma, id),
    auditActors: () => auditActors(prisma),
  };
}
