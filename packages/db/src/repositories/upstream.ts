import type { PrismaDatabase } from "../client";
import type { Tx } from "./record-kind";

// The values a connector last wrote to a synced record, field by field (UpstreamSnapshot). A
// later sync compares the record with them to tell a staff edit from a value it wrote itself.

export interface UpstreamSnapshot {
  recordType: string;
  recordId: string;
  sourceId: string | null;
  values: Record<string, unknown>;
  fetchedAt: string;
}

export interface UpstreamSnapshots {
  get(recordType: string, recordId: string): Promise<UpstreamSnapshot | null>;
  /** Snapshots of many records of one type, by record id. */
  getMany(recordType: string, recordIds: readonly string[]): Promise<Map<string, UpstreamSnapshot>>;
  /** Stores (or replaces) the values last written from upstream. */
  put(snapshot: UpstreamSnapshot): Promise<void>;
  /** Stores first snapshots of records that have none yet, many rows a statement (a sync's new records). */
  createMany(snapshots: readonly UpstreamSnapshot[]): Promise<void>;
  /** Sets one field's upstream value, such as after a person decided an upstream change. */
  setField(recordType: string, recordId: string, field: string, value: unknown): Promise<void>;
}

const CHUNK = 500;

function fromRow(row: {
  recordType: string;
  recordId: string;
  sourceId: string | null;
  values: unknown;
  fetchedAt: Date;
}): UpstreamSnapshot {
  return {
    recordType: row.recordType,
    recordId: row.recordId,
    sourceId: row.sourceId,
    values: (row.values ?? {}) as Record<string, unknown>,
    fetchedAt: row.fetchedAt.toISOString(),
  };
}

/** JSON has no undefined: a field upstream leaves out is stored as null. */
function storable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === undefined ? null : value]));
}

export function createUpstreamSnapshots(prisma: PrismaDatabase | Tx): UpstreamSnapshots {
  const put = async (snapshot: UpstreamSnapshot) => {
    const data = {
      sourceId: snapshot.sourceId,
      values: storable(snapshot.values) as object,
      fetchedAt: new Date(snapshot.fetchedAt),
    };
    await prisma.upstreamSnapshot.upsert({
      where: { recordType_recordId: { recordType: snapshot.recordType, recordId: snapshot.recordId } },
      create: { recordType: snapshot.recordType, recordId: snapshot.recordId, ...data },
      update: data,
    });
  };
  return {
    async get(recordType, recordId) {
      const row = await prisma.upstreamSnapshot.findUnique({
        where: { recordType_recordId: { recordType, recordId } },
      });
      return row ? fromRow(row) : null;
    },
    async getMany(recordType, recordIds) {
      const found = new Map<string, UpstreamSnapshot>();
      const unique = [...new Set(recordIds)];
      for (let start = 0; start < unique.length; start += CHUNK) {
        const rows = await prisma.upstreamSnapshot.findMany({
          where: { recordType, recordId: { in: unique.slice(start, start + CHUNK) } },
        });
        for (const row of rows) found.set(row.recordId, fromRow(row));
      }
      return found;
    },
    put,
    async createMany(snapshots) {
      for (let start = 0; start < snapshots.length; start += CHUNK) {
        await prisma.upstreamSnapshot.createMany({
          data: snapshots.slice(start, start + CHUNK).map((snapshot) => ({
            recordType: snapshot.recordType,
            recordId: snapshot.recordId,
            sourceId: snapshot.sourceId,
            values: storable(snapshot.values) as object,
            fetchedAt: new Date(snapshot.fetchedAt),
          })),
        });
      }
    },
    async setField(recordType, recordId, field, value) {
      const row = await prisma.upstreamSnapshot.findUnique({
        where: { recordType_recordId: { recordType, recordId } },
      });
      const snapshot = row
        ? fromRow(row)
        : { recordType, recordId, sourceId: null, values: {}, fetchedAt: new Date().toISOString() };
      await put({ ...snapshot, values: { ...snapshot.values, [field]: value } });
    },
  };
}
