import { type ExternalIdentifier, type Issue, identifierKey, parseWith } from "@legible/core";
import type { PrismaDatabase } from "../client";
import { Prisma } from "../generated/sqlite/client";
import { DatabaseBusyError, isDatabaseBusy } from "./busy";
import { sameRecord } from "./canonical";
import { chunks } from "./chunks";
import {
  DuplicateRecordError,
  InvalidRecordError,
  RecordInUseError,
  RecordNotFoundError,
  RepositoryError,
  VersionConflictError,
} from "./errors";
import { pagesById } from "./pages-by-id";
import type { RecordKind, Tx } from "./record-kind";
import { refreshSearchFacets } from "./search-facets";

/** Who is making a change: a staff member, or a named process such as the seed. */
export interface Actor {
  id?: string;
  name: string;
}

export interface Page {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** The largest page any list returns, however many a caller asks for. */
export const MAX_PAGE_SIZE = 200;

export interface RecordStore<T extends { id: string }> {
  get(id: string): Promise<T | null>;
  list(page?: Page): Promise<{ items: T[]; total: number; page: number; pageSize: number }>;
  /** Every record, a page at a time in id order, each page found by the primary key: for exports. */
  pages(): AsyncIterable<T[]>;
  /** Saves a new record at version 1. */
  create(record: T, actor: Actor): Promise<T>;
  /** Saves over `record.version`; refused with VersionConflictError if someone saved since. */
  update(record: T, actor: Actor): Promise<T>;
  /** Creates the record or, if it exists, updates it over whatever version is stored. For imports and the seed. */
  put(record: T, actor: Actor): Promise<T>;
  /**
   * Saves records an import already compared with what is stored (`before`, read in the same
   * transaction): creates where before is null, updates over before's version otherwise, without
   * reading any of them again. Unchanged records are the caller's to leave out.
   */
  saveKnown(entries: ReadonlyArray<KnownRecord<T>>, actor: Actor): Promise<void>;
  /** Which of these ids are on record, without reading the records: so new ones cost no read each. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Deletes it unless other records depend on it (RecordInUseError says which). */
  remove(id: string, expectedVersion: number, actor: Actor): Promise<void>;
}

/** Every record in a store, page by page: for exports and imports, never for a request's page. */
export async function readAllRecords<T extends { id: string }>(store: Pick<RecordStore<T>, "list">): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await store.list({ page, pageSize: MAX_PAGE_SIZE });
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}

function validate<T extends { id: string }>(kind: RecordKind<T>, input: T): T {
  const parsed = parseWith(kind.schema, input);
  if (!parsed.ok) throw new InvalidRecordError(parsed.issues, kind.label);
  return parsed.value;
}

/** Constraint failures the schema could not catch, as messages a person can act on. */
function domainError(kind: RecordKind<{ id: string }>, error: unknown): unknown {
  if (isDatabaseBusy(error)) return new DatabaseBusyError();
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  if (error.code === "P2002") {
    return new DuplicateRecordError(
      kind.type === "explainer"
        ? "This measure already has an explainer in that language."
        : `Another ${kind.label} already uses that ${kind.type === "jurisdiction" ? "id or web address" : "id"}.`,
    );
  }
  if (error.code === "P2003") {
    const issues: Issue[] = [{ path: "", message: "points at a record that does not exist" }];
    return new InvalidRecordError(issues, kind.label);
  }
  return error;
}

/** The kinds that carry ids in other systems (core's `externalFields`). */
const IDENTIFIED_TYPES = new Set<string>(["person", "body", "post", "measure", "vote-event", "meeting"]);

/** A record to save with what is stored under its id now: null for a new record. */
export interface KnownRecord<T> {
  record: T;
  before: T | null;
}

/** The Prisma model a kind is stored in: its type in camel case ("vote-event" is voteEvent). */
function tableOf(tx: PrismaDatabase | Tx, type: string) {
  const model = type.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const delegate = (
    tx as unknown as Record<string, { findMany(args: unknown): Promise<Array<{ id: string } & RecordStampRow>> }>
  )[model];
  if (!delegate) throw new RepositoryError(`No table stores ${type} records.`);
  return delegate;
}

interface RecordStampRow {
  version: number;
  updatedAt: Date;
}

/**
 * The one way records are saved: each is inserted (before is null) or written over the version
 * read as `before`, then its citations, search texts, identifier index and audit entry are
 * written for the whole list at once. Side rows of a new record are not deleted first (it has
 * none); the audit's `after` is the saved record with its stored version and time, read in one
 * statement for the list. Throws VersionConflictError when a record changed since `before`.
 */
async function saveRecords<T extends { id: string; version?: number }>(
  tx: Tx,
  kind: RecordKind<T>,
  entries: ReadonlyArray<KnownRecord<T>>,
  actor: Actor,
  conflict: (tx: Tx, id: string, yourVersion: number) => Promise<Error>,
): Promise<void> {
  if (entries.length === 0) return;
  const type = kind.type;
  const saving: Array<{ record: T; before: T | null }> = [];
  for (const entry of entries) {
    const record = validate(kind, entry.record);
    if (entry.before === null) {
      await kind.insert(tx, record, actor.name);
    } else {
      const expected = entry.before.version ?? record.version;
      if (expected === undefined) {
        throw new InvalidRecordError([{ path: "version", message: "is required to save changes" }], kind.label);
      }
      if (!(await kind.update(tx, record, expected, actor.name))) throw await conflict(tx, record.id, expected);
    }
    saving.push({ record, before: entry.before });
  }

  const replaced = saving.filter((s) => s.before !== null).map((s) => s.record.id);
  for (const ids of chunks(replaced)) {
    const where = { recordType: type, recordId: { in: ids } };
    await tx.sourceCitation.deleteMany({ where });
    await tx.searchDocument.deleteMany({ where });
    if (IDENTIFIED_TYPES.has(type)) await tx.recordIdentifier.deleteMany({ where });
  }

  const citations = saving.flatMap(({ record }) =>
    [...new Set(kind.sourceIds(record))].map((sourceId, position) => ({
      recordType: type,
      recordId: record.id,
      sourceId,
      position,
    })),
  );
  for (const data of chunks(citations)) await tx.sourceCitation.createMany({ data });
  const documents = saving.flatMap(({ record }) =>
    kind.searchTexts(record).map((text) => ({
      key: `${type}:${record.id}:${text.locale}`,
      recordType: type,
      recordId: record.id,
      ...text,
    })),
  );
  for (const data of chunks(documents)) await tx.searchDocument.createMany({ data });
  for (const ids of chunks(saving.map((s) => s.record.id))) await refreshSearchFacets(tx, type, ids);
  if (IDENTIFIED_TYPES.has(type)) {
    // Keeps RecordIdentifier, the index incoming records are matched by, equal to each record's `identifiers`.
    const keys = saving.flatMap(({ record }) =>
      [...new Set(((record as { identifiers?: ExternalIdentifier[] }).identifiers ?? []).map(identifierKey))].map(
        (key) => ({ recordType: type, recordId: record.id, key }),
      ),
    );
    for (const data of chunks(keys)) await tx.recordIdentifier.createMany({ data });
  }

  const stamps = new Map<string, RecordStampRow>();
  for (const ids of chunks(saving.map((s) => s.record.id))) {
    const rows = await tableOf(tx, type).findMany({
      where: { id: { in: ids } },
      select: { id: true, version: true, updatedAt: true },
    });
    for (const row of rows) stamps.set(row.id, row);
  }
  const audit = saving.map(({ record, before }) => {
    const stamp = stamps.get(record.id);
    if (!stamp) throw new RepositoryError(`The ${kind.label} vanished while it was being saved.`);
    return {
      actorId: actor.id ?? null,
      actorName: actor.name,
      action: before === null ? "create" : "update",
      recordType: type,
      recordId: record.id,
      version: stamp.version,
      before: before ?? Prisma.DbNull,
      after: { ...record, version: stamp.version, updatedAt: stamp.updatedAt.toISOString() },
    };
  });
  for (const data of chunks(audit)) await tx.auditEntry.createMany({ data: data as never });
}

/**
 * A store over the client, or over an open transaction: then every save joins it, so a batch
 * (an import) commits or rolls back whole.
 */
export function createRecordStore<T extends { id: string; version?: number }>(
  prisma: PrismaDatabase | Tx,
  kind: RecordKind<T>,
): RecordStore<T> {
  const transaction = async <R>(work: (tx: Tx) => Promise<R>): Promise<R> => {
    try {
      return await ("$transaction" in prisma ? prisma.$transaction(work) : work(prisma));
    } catch (error) {
      throw domainError(kind, error);
    }
  };

  const conflict = async (tx: Tx, id: string, yourVersion: number) => {
    const stamp = await kind.stamp(tx, id);
    if (!stamp) return new RecordNotFoundError({ type: kind.type, id }, kind.label);
    return new VersionConflictError(
      { type: kind.type, id },
      yourVersion,
      stamp.version,
      stamp.updatedBy,
      stamp.updatedAt.toISOString(),
      kind.label,
    );
  };

  /** Saves one record the one way (saveRecords) and returns it as stored. */
  const saveOne = async (tx: Tx, record: T, before: T | null, actor: Actor): Promise<T> => {
    await saveRecords(tx, kind, [{ record, before }], actor, conflict);
    const saved = await kind.find(tx, record.id);
    if (!saved) throw new RepositoryError(`The ${kind.label} vanished while it was being saved.`);
    return saved;
  };

  const update = (input: T, actor: Actor, expected?: number) =>
    transaction(async (tx) => {
      const record = validate(kind, input);
      const before = await kind.find(tx, record.id);
      if (!before) throw new RecordNotFoundError({ type: kind.type, id: record.id }, kind.label);
      const expectedVersion = expected ?? record.version;
      if (expectedVersion === undefined) {
        throw new InvalidRecordError([{ path: "version", message: "is required to save changes" }], kind.label);
      }
      return saveOne(tx, record, { ...before, version: expectedVersion }, actor);
    });

  return {
    get: (id) => kind.find(prisma, id),
    async list(page = {}) {
      const pageSize = Math.min(Math.max(1, Math.trunc(page.pageSize ?? 50)), MAX_PAGE_SIZE);
      const pageNumber = Math.max(1, Math.trunc(page.page ?? 1));
      const [items, total] = await Promise.all([
        kind.list(prisma, { skip: (pageNumber - 1) * pageSize, take: pageSize }),
        kind.count(prisma),
      ]);
      return { items, total, page: pageNumber, pageSize };
    },
    pages: () => pagesById(prisma, kind),
    create: (input, actor) => transaction((tx) => saveOne(tx, input, null, actor)),
    update: (input, actor) => update(input, actor),
    async put(input, actor) {
      const stored = await kind.find(prisma, input.id);
      if (!stored) return this.create(input, actor);
      const { version, updatedAt: _updatedAt, ...facts } = stored as T & { updatedAt?: string };
      const { version: _inputVersion, updatedAt: _inputUpdatedAt, ...inputFacts } = input as T & { updatedAt?: string };
      if (sameRecord(facts, inputFacts)) return stored;
      return update(input, actor, version);
    },
    async existing(ids) {
      const found = new Set<string>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await tableOf(prisma, kind.type).findMany({ where: { id: { in: chunk } }, select: { id: true } });
        for (const row of rows) found.add(row.id);
      }
      return found;
    },
    saveKnown: (entries, actor) => transaction((tx) => saveRecords(tx, kind, entries, actor, conflict)),
    remove: (id, expectedVersion, actor) =>
      transaction(async (tx) => {
        const before = await kind.find(tx, id);
        if (!before) throw new RecordNotFoundError({ type: kind.type, id }, kind.label);
        const stamp = await kind.stamp(tx, id);
        if (stamp && stamp.version !== expectedVersion) throw await conflict(tx, id, expectedVersion);
        const reasons = await kind.dependents(tx, id);
        if (reasons.length) throw new RecordInUseError({ type: kind.type, id }, reasons, kind.label);
        await tx.sourceCitation.deleteMany({ where: { recordType: kind.type, recordId: id } });
        await tx.searchDocument.deleteMany({ where: { recordType: kind.type, recordId: id } });
        await tx.recordIdentifier.deleteMany({ where: { recordType: kind.type, recordId: id } });
        await kind.remove(tx, id);
        await tx.auditEntry.create({
          data: {
            actorId: actor.id ?? null,
            actorName: actor.name,
            action: "delete",
            recordType: kind.type,
            recordId: id,
            version: expectedVersion,
            before,
            after: Prisma.DbNull,
          },
        });
      }),
  };
}
