import type { ExternalIdentifier, Provenance, RecordRef } from "@legible/core";
import type { z } from "zod";
import { Prisma } from "../generated/sqlite/client";

/** A Prisma client or an open transaction: repositories run the same code on either. */
export type Tx = Prisma.TransactionClient;

/** The stored bookkeeping of an editable record. */
export interface RecordStamp {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** One searchable text of a record, in one locale. */
export interface SearchText {
  locale: "en" | "es";
  title: string;
  body: string;
}

/**
 * How one kind of record is stored: its table, its children, and what it points at. The
 * generic store (store.ts) adds versions, the audit log, citations and search on top, in one
 * transaction, so each kind only says what is particular to it.
 */
export interface RecordKind<T extends { id: string }> {
  type: RecordRef["type"] | "explainer";
  /** How a sentence names one: "person", "vote". */
  label: string;
  schema: z.ZodType<T>;
  find(tx: Tx, id: string): Promise<T | null>;
  list(tx: Tx, page: RecordPage): Promise<T[]>;
  count(tx: Tx): Promise<number>;
  stamp(tx: Tx, id: string): Promise<RecordStamp | null>;
  insert(tx: Tx, record: T, updatedBy: string): Promise<void>;
  /** Writes the record if its stored version is still `expectedVersion`; returns false otherwise. */
  update(tx: Tx, record: T, expectedVersion: number, updatedBy: string): Promise<boolean>;
  remove(tx: Tx, id: string): Promise<void>;
  /** Why the record cannot be deleted now, in plain words; empty when nothing depends on it. */
  dependents(tx: Tx, id: string): Promise<string[]>;
  /** Every source the record cites, for SourceCitation. */
  sourceIds(record: T): string[];
  /** What full-text search should find it by; empty for kinds search does not cover. */
  searchTexts(record: T): SearchText[];
}

/**
 * A page of records: by offset in the kind's own listing order (a list a person pages through),
 * or the records after an id, in id order (a read of the whole table: each page is found through
 * the primary key, where an offset would make the database step over every record before it).
 */
export type RecordPage = { skip: number; take: number } | { afterId: string | null; take: number };

/** findMany's order and paging for a {@link RecordPage}; `listingOrder` is the kind's own. */
export function pageQuery<Order>(
  page: RecordPage,
  listingOrder: Order,
): { orderBy: Order | { id: "asc" }; where?: { id: { gt: string } }; skip?: number; take: number } {
  if ("skip" in page) return { orderBy: listingOrder, skip: page.skip, take: page.take };
  return {
    orderBy: { id: "asc" },
    ...(page.afterId === null ? {} : { where: { id: { gt: page.afterId } } }),
    take: page.take,
  };
}

/** Stored nulls become absent optional fields, as core's schemas expect. */
export function optional<V>(value: V | null): V | undefined {
  return value === null ? undefined : value;
}

/** Absent optional fields become stored nulls. */
export function nullable<V>(value: V | undefined): V | null {
  return value === undefined ? null : value;
}

export function stampFields(row: RecordStamp) {
  return { version: row.version, updatedAt: row.updatedAt.toISOString() };
}

/** Counts as plain words: "3 votes", "1 statement". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A record's ids in other systems and where it was read from, as stored (JSON, null when absent). */
export function externalFromRow(row: { identifiers: Prisma.JsonValue | null; provenance: Prisma.JsonValue | null }): {
  identifiers?: ExternalIdentifier[];
  provenance?: Provenance;
} {
  return {
    ...(row.identifiers === null ? {} : { identifiers: row.identifiers as unknown as ExternalIdentifier[] }),
    ...(row.provenance === null ? {} : { provenance: row.provenance as unknown as Provenance }),
  };
}

/** The stored columns of a record's ids in other systems and provenance. */
export function externalToRow(record: { identifiers?: ExternalIdentifier[]; provenance?: Provenance }) {
  return {
    identifiers: record.identifiers ?? Prisma.DbNull,
    provenance: record.provenance ?? Prisma.DbNull,
  };
}
