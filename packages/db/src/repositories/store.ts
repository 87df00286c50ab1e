import { type ExternalIdentifier, type Issue, identifierKey, parseWith } from "@legible/core";
import type { PrismaDatabase } from "../client";
import { Prisma } from "../generated/sqlite/client";
import { sameRecord } from "./canonical";
import {
  DuplicateRecordError,
  InvalidRecordError,
  RecordInUseError,
  RecordNotFoundError,
  RepositoryError,
  VersionConflictError,
} from "./errors";
import type { RecordKind, Tx } from "./record-kind";

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
  /** Saves a new record at version 1. */
  create(record: T, actor: Actor): Promise<T>;
  /** Saves over `record.version`; refused with VersionConflictError if someone saved since. */
  update(record: T, actor: Actor): Promise<T>;
  /** Creates the record or, if it exists, updates it over whatever version is stored. For imports and the seed. */
  put(record: T, actor: Actor): Promise<T>;
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

/** Keeps RecordIdentifier, the index incoming records are matched by, equal to the record's `identifiers`. */
async function writeIdentifierIndex(tx: Tx, recordType: string, record: { id: string }): Promise<void> {
  if (!IDENTIFIED_TYPES.has(recordType)) return;
  await tx.recordIdentifier.deleteMany({ where: { recordType, recordId: record.id } });
  const identifiers = (record as { identifiers?: ExternalIdentifier[] }).identifiers ?? [];
  if (identifiers.length) {
    await tx.recordIdentifier.createMany({
      data: [...new Set(identifiers.map(identifierKey))].map((key) => ({ recordType, recordId: record.id, key })),
    });
  }
}

async function writeSideRecords<T extends { id: string }>(
  tx: Tx,
  kind: RecordKind<T>,
  record: T,
  action: "create" | "update",
  before: T | null,
  actor: Actor,
): Promise<T> {
  await tx.sourceCitation.deleteMany({ where: { recordType: kind.type, recordId: record.id } });
  const sourceIds = [...new Set(kind.sourceIds(record))];
  if (sourceIds.length) {
    await tx.sourceCitation.createMany({
      data: sourceIds.map((sourceId, position) => ({ recordType: kind.type, recordId: record.id, sourceId, position })),
    });
  }
  await tx.searchDocument.deleteMany({ where: { recordType: kind.type, recordId: record.id } });
  const texts = kind.searchTexts(record);
  if (texts.length) {
    await tx.searchDocument.createMany({
      data: texts.map((text) => ({
        key: `${kind.type}:${record.id}:${text.locale}`,
        recordType: kind.type,
        recordId: record.id,
        ...text,
      })),
    });
  }
  await writeIdentifierIndex(tx, kind.type, record);
  const saved = await kind.find(tx, record.id);
  if (!saved) throw new RepositoryError(`The ${kind.label} vanished while it was being saved.`);
  await tx.auditEntry.create({
    data: {
      actorId: actor.id ?? null,
      actorName: actor.name,
      action,
      recordType: kind.type,
      recordId: record.id,
      version: (saved as { version?: number }).version ?? null,
      before: before ?? Prisma.DbNull,
      after: saved,
    },
  });
  return saved;
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

  const update = (input: T, actor: Actor, expected?: number) =>
    transaction(async (tx) => {
      const record = validate(kind, input);
      const before = await kind.find(tx, record.id);
      if (!before) throw new RecordNotFoundError({ type: kind.type, id: record.id }, kind.label);
      const expectedVersion = expected ?? record.version;
      if (expectedVersion === undefined) {
        throw new InvalidRecordError([{ path: "version", message: "is required to save changes" }], kind.label);
      }
      if (!(await kind.update(tx, record, expectedVersion, actor.name)))
        throw await conflict(tx, record.id, expectedVersion);
      return writeSideRecords(tx, kind, record, "update", before, actor);
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
    create: (input, actor) =>
      transaction(async (tx) => {
        const record = validate(kind, input);
        await kind.insert(tx, record, actor.name);
        return writeSideRecords(tx, kind, record, "create", null, actor);
      }),
    update: (input, actor) => update(input, actor),
    async put(input, actor) {
      const stored = await kind.find(prisma, input.id);
      if (!stored) return this.create(input, actor);
      const { version, updatedAt: _updatedAt, ...facts } = stored as T & { updatedAt?: string };
      const { version: _inputVersion, updatedAt: _inputUpdatedAt, ...inputFacts } = input as T & { updatedAt?: string };
      if (sameRecord(facts, inputFacts)) return stored;
      return update(input, actor, version);
    },
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
