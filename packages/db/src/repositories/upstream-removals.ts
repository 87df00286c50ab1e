import { randomUUID } from "node:crypto";
import type { PrismaDatabase } from "../client";
import { Prisma } from "../generated/sqlite/client";
import { RepositoryError } from "./errors";
import type { Tx } from "./record-kind";
import type { Actor } from "./store";

// Records gone from the system they came from. A sync lists the ids upstream still has and
// compares them with the ids Legible holds under that system's scheme; a held id missing upstream
// marks its record gone (`goneUpstreamAt`, `goneUpstreamKey`, and a GoneUpstream row for search),
// which takes it off every public read (queries/public-view.ts, search.ts), and opens an "upstream-removed" review item. Nothing is
// deleted: staff decide, "keep it public" (later runs leave that record and id alone) or "confirm
// removal" (it stays unpublished). An id that comes back upstream republishes its record.

/** The kinds of record a sync can find gone upstream. */
export const REMOVABLE_TYPES = ["person", "body", "measure", "vote-event", "meeting"] as const;
export type RemovableType = (typeof REMOVABLE_TYPES)[number];

/** A record Legible holds under an upstream id. */
export interface HeldRecord {
  recordId: string;
  /** core's identifierKey of the upstream id. */
  key: string;
  /** When a sync found it gone; null while it is published. */
  goneUpstreamAt: string | null;
  /** Staff decided to keep it public after this id went missing: runs leave it alone. */
  keptPublic: boolean;
}

/** A record to mark gone, or to bring back. */
export interface RemovalEntry {
  recordType: RemovableType;
  recordId: string;
  key: string;
}

export interface RemovalContext {
  actor: Actor;
  /** What the review item and the audit entry say happened. */
  reason: string;
  sourceId?: string | null;
  runId?: string | null;
}

/** A removal as staff pages show it. */
export interface RemovalState {
  goneUpstreamAt: string;
  key: string | null;
}

export interface UpstreamRemovals {
  /** Records of `recordType` that carry an upstream id whose key starts with `keyPrefix` (`legistar:chicago:`). */
  held(recordType: RemovableType, keyPrefix: string): Promise<HeldRecord[]>;
  /**
   * Unpublishes each record (unless already gone, or kept public by staff for that id), opens its
   * review item and writes an audit entry, in one transaction. Returns the entries it marked.
   */
  markGone(entries: readonly RemovalEntry[], context: RemovalContext): Promise<RemovalEntry[]>;
  /** Republishes records whose id came back upstream; their open review items close as "back upstream". */
  restore(entries: readonly RemovalEntry[], context: RemovalContext): Promise<RemovalEntry[]>;
  /** Whether a record is gone upstream, for staff pages; null while it is published. */
  stateOf(recordType: string, recordId: string): Promise<RemovalState | null>;
}

interface GoneRow {
  id: string;
  goneUpstreamAt: Date | null;
  goneUpstreamKey: string | null;
}

interface RemovableTable {
  findMany(args: unknown): Promise<GoneRow[]>;
  findUnique(args: unknown): Promise<GoneRow | null>;
  updateMany(args: unknown): Promise<{ count: number }>;
}

/** The Prisma model of a removable kind ("vote-event" is voteEvent). */
export function removableTable(prisma: PrismaDatabase | Tx, type: string): RemovableTable | null {
  if (!(REMOVABLE_TYPES as readonly string[]).includes(type)) return null;
  const model = type.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return (prisma as unknown as Record<string, RemovableTable>)[model] ?? null;
}

function tableOf(prisma: PrismaDatabase | Tx, type: string): RemovableTable {
  const table = removableTable(prisma, type);
  if (!table) throw new RepositoryError(`A ${type} record cannot be found gone upstream.`);
  return table;
}

const CHUNK = 500;

export const UPSTREAM_REMOVED = "upstream-removed";

/** Review items of kind upstream-removed that staff resolved "keep-public": `recordId key` pairs. */
async function keptPublic(prisma: PrismaDatabase | Tx, recordType: string, recordIds?: readonly string[]) {
  const rows = await prisma.reviewItem.findMany({
    where: {
      kind: UPSTREAM_REMOVED,
      resolution: "keep-public",
      recordType,
      ...(recordIds ? { recordId: { in: [...recordIds] } } : {}),
    },
    select: { recordId: true, field: true },
  });
  return new Set(rows.map((row) => `${row.recordId} ${row.field ?? ""}`));
}

async function audit(
  tx: Tx,
  action: "unpublish" | "republish",
  entry: RemovalEntry,
  before: unknown,
  after: unknown,
  actor: Actor,
) {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id ?? null,
      actorName: actor.name,
      action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      version: null,
      before: before === null ? Prisma.DbNull : (before as Prisma.InputJsonValue),
      after: after === null ? Prisma.DbNull : (after as Prisma.InputJsonValue),
    },
  });
}

/** Unpublishes one record inside `tx` and opens its review item; false when it was gone already or kept public. */
async function markOne(tx: Tx, entry: RemovalEntry, context: RemovalContext, at: Date): Promise<boolean> {
  const kept = await keptPublic(tx, entry.recordType, [entry.recordId]);
  if (kept.has(`${entry.recordId} ${entry.key}`)) return false;
  const { count } = await tableOf(tx, entry.recordType).updateMany({
    where: { id: entry.recordId, goneUpstreamAt: null },
    data: { goneUpstreamAt: at, goneUpstreamKey: entry.key },
  });
  if (count === 0) return false;
  await tx.goneUpstream.createMany({ data: [{ recordType: entry.recordType, recordId: entry.recordId }] });
  const open = await tx.reviewItem.findFirst({
    where: { kind: UPSTREAM_REMOVED, status: "open", recordType: entry.recordType, recordId: entry.recordId },
    select: { id: true },
  });
  if (!open) {
    await tx.reviewItem.create({
      data: {
        id: randomUUID(),
        kind: UPSTREAM_REMOVED,
        status: "open",
        recordType: entry.recordType,
        recordId: entry.recordId,
        field: entry.key,
        currentValue: Prisma.DbNull,
        incomingValue: { goneUpstreamAt: at.toISOString() },
        incoming: Prisma.DbNull,
        reason: context.reason,
        sourceId: context.sourceId ?? null,
        runId: context.runId ?? null,
      },
    });
  }
  await audit(
    tx,
    "unpublish",
    entry,
    { goneUpstreamAt: null },
    { goneUpstreamAt: at.toISOString(), goneUpstreamKey: entry.key, reason: context.reason },
    context.actor,
  );
  return true;
}

/** Republishes one record inside `tx`; false when it was not gone. */
export async function republishRecord(
  tx: Tx,
  entry: { recordType: string; recordId: string },
  actor: Actor,
  reason: string,
): Promise<boolean> {
  const table = tableOf(tx, entry.recordType);
  const row = await table.findUnique({
    where: { id: entry.recordId },
    select: { id: true, goneUpstreamAt: true, goneUpstreamKey: true },
  });
  if (!row?.goneUpstreamAt) return false;
  await table.updateMany({ where: { id: entry.recordId }, data: { goneUpstreamAt: null, goneUpstreamKey: null } });
  await tx.goneUpstream.deleteMany({ where: { recordType: entry.recordType, recordId: entry.recordId } });
  await audit(
    tx,
    "republish",
    { recordType: entry.recordType as RemovableType, recordId: entry.recordId, key: row.goneUpstreamKey ?? "" },
    { goneUpstreamAt: row.goneUpstreamAt.toISOString(), goneUpstreamKey: row.goneUpstreamKey },
    { goneUpstreamAt: null, reason },
    actor,
  );
  return true;
}

export function createUpstreamRemovals(prisma: PrismaDatabase): UpstreamRemovals {
  return {
    async held(recordType, keyPrefix) {
      if (!keyPrefix) throw new RepositoryError("An upstream id prefix is required to list held records.");
      const ids = await prisma.recordIdentifier.findMany({
        where: { recordType, key: { startsWith: keyPrefix } },
        select: { recordId: true, key: true },
        orderBy: [{ recordId: "asc" }, { key: "asc" }],
      });
      // Gone records are few: one query for all of them, instead of a look at each held one.
      const gone = await tableOf(prisma, recordType).findMany({
        where: { goneUpstreamAt: { not: null } },
        select: { id: true, goneUpstreamAt: true, goneUpstreamKey: true },
      });
      const goneAt = new Map(gone.map((row) => [row.id, row.goneUpstreamAt?.toISOString() ?? null]));
      const kept = await keptPublic(prisma, recordType);
      return ids.map((row) => ({
        recordId: row.recordId,
        key: row.key,
        goneUpstreamAt: goneAt.get(row.recordId) ?? null,
        keptPublic: kept.has(`${row.recordId} ${row.key}`),
      }));
    },
    async markGone(entries, context) {
      const marked: RemovalEntry[] = [];
      const at = new Date();
      for (let start = 0; start < entries.length; start += CHUNK) {
        const part = entries.slice(start, start + CHUNK);
        await prisma.$transaction(async (tx) => {
          for (const entry of part) if (await markOne(tx, entry, context, at)) marked.push(entry);
        });
      }
      return marked;
    },
    async restore(entries, context) {
      const restored: RemovalEntry[] = [];
      for (let start = 0; start < entries.length; start += CHUNK) {
        const part = entries.slice(start, start + CHUNK);
        await prisma.$transaction(async (tx) => {
          for (const entry of part) {
            if (!(await republishRecord(tx, entry, context.actor, context.reason))) continue;
            restored.push(entry);
            await tx.reviewItem.updateMany({
              where: { kind: UPSTREAM_REMOVED, status: "open", recordType: entry.recordType, recordId: entry.recordId },
              data: {
                status: "resolved",
                resolution: "back-upstream",
                resolvedBy: context.actor.name,
                resolvedAt: new Date(),
              },
            });
          }
        });
      }
      return restored;
    },
    async stateOf(recordType, recordId) {
      const table = removableTable(prisma, recordType);
      if (!table) return null;
      const row = await table.findUnique({
        where: { id: recordId },
        select: { id: true, goneUpstreamAt: true, goneUpstreamKey: true },
      });
      return row?.goneUpstreamAt
        ? { goneUpstreamAt: row.goneUpstreamAt.toISOString(), key: row.goneUpstreamKey }
        : null;
    },
  };
}

/** Staff confirmed a removal: the record stays unpublished; the audit log says who decided. */
export async function auditRemovalDecision(
  tx: Tx,
  item: { recordType: string; recordId: string; field: string | null },
  actor: Actor,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id ?? null,
      actorName: actor.name,
      action: "confirm-removal",
      recordType: item.recordType,
      recordId: item.recordId,
      version: null,
      before: Prisma.DbNull,
      after: { goneUpstreamKey: item.field, decision: "Removal confirmed: stays off the public site" },
    },
  });
}
