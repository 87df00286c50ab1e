import { randomUUID } from "node:crypto";
import { type ExternalIdentifier, identifierKey, type Person } from "@legible/core";
import type { PrismaDatabase } from "../client";
import { Prisma } from "../generated/sqlite/client";
import { DuplicateRecordError, InvalidRecordError, RecordNotFoundError } from "./errors";
import { bodyKind } from "./kinds/body";
import { measureKind } from "./kinds/measure";
import { meetingKind } from "./kinds/meeting";
import { personKind } from "./kinds/person";
import { postKind } from "./kinds/post";
import { voteEventKind } from "./kinds/vote-event";
import type { RecordKind, Tx } from "./record-kind";
import { type Actor, createRecordStore } from "./store";
import { createUpstreamSnapshots } from "./upstream";
import { auditRemovalDecision, republishRecord } from "./upstream-removals";

// The review queue: what a sync could not decide alone. "same-person": an incoming person has
// the name of one on record but nothing proves they are the same. "upstream-change": upstream
// changed a field staff had edited; the staff value stays until a person chooses.
// "upstream-removed": the record's id is gone upstream, so a sync unpublished it
// (upstream-removals.ts); staff keep it public or confirm the removal.

export type ReviewKind = "same-person" | "upstream-change" | "upstream-removed";
export type ReviewStatus = "open" | "resolved";
export type ReviewResolution =
  | "keep-staff"
  | "take-upstream"
  | "same-person"
  | "different-person"
  | "keep-public"
  | "confirm-removal"
  /** Set by a sync, not staff: the id came back upstream and the record was republished. */
  | "back-upstream";

/** The resolutions that fit each kind of item. */
export const REVIEW_RESOLUTIONS: Record<ReviewKind, readonly ReviewResolution[]> = {
  "same-person": ["same-person", "different-person"],
  "upstream-change": ["keep-staff", "take-upstream"],
  "upstream-removed": ["keep-public", "confirm-removal"],
};

export interface ReviewItemView {
  id: string;
  kind: ReviewKind;
  status: ReviewStatus;
  recordType: string;
  recordId: string;
  /** How a person recognises the record on record; null when it is gone. */
  recordName: string | null;
  field: string | null;
  /** upstream-change: the value on record (staff's). */
  currentValue: unknown;
  /** upstream-change: the value upstream now gives. */
  incomingValue: unknown;
  /** same-person: the incoming person as it would be created. */
  incoming: unknown;
  reason: string;
  sourceId: string | null;
  runId: string | null;
  resolution: ReviewResolution | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

export interface ReviewListOptions {
  status?: ReviewStatus;
  skip: number;
  take: number;
}

/** The kinds of record a review item can be about: the ones a connector brings in. */
const KINDS: Record<string, RecordKind<{ id: string; version?: number }>> = Object.fromEntries(
  [personKind, bodyKind, postKind, measureKind, voteEventKind, meetingKind].map((kind) => [
    kind.type,
    kind as unknown as RecordKind<{ id: string; version?: number }>,
  ]),
);

function kindOf(recordType: string): RecordKind<{ id: string; version?: number }> {
  const kind = KINDS[recordType];
  if (!kind) {
    throw new InvalidRecordError(
      [{ path: "recordType", message: `"${recordType}" is not a kind of record a sync brings in` }],
      "review item",
    );
  }
  return kind;
}

/** A record's name as a sentence would give it. */
function nameOf(record: Record<string, unknown> | null): string | null {
  if (!record) return null;
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
  const title = text(record.title);
  if (title) return [text(record.identifier), title].filter(Boolean).join(": ");
  return text(record.name) ?? text(record.label) ?? text(record.motionText) ?? null;
}

type Row = Prisma.ReviewItemGetPayload<object>;

const json = (value: unknown) => (value === undefined || value === null ? null : value);

async function toView(tx: PrismaDatabase | Tx, row: Row): Promise<ReviewItemView> {
  const kind = KINDS[row.recordType];
  const record = kind ? ((await kind.find(tx as Tx, row.recordId)) as Record<string, unknown> | null) : null;
  return {
    id: row.id,
    kind: row.kind as ReviewKind,
    status: row.status as ReviewStatus,
    recordType: row.recordType,
    recordId: row.recordId,
    recordName: nameOf(record),
    field: row.field,
    currentValue: json(row.currentValue),
    incomingValue: json(row.incomingValue),
    incoming: json(row.incoming),
    reason: row.reason,
    sourceId: row.sourceId,
    runId: row.runId,
    resolution: row.resolution as ReviewResolution | null,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** JSON columns take DbNull for "absent". */
function jsonColumn(value: unknown) {
  return value === undefined || value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

/** The largest page the queue lists. */
const MAX_TAKE = 200;

export interface ReviewRepository {
  list(options: ReviewListOptions): Promise<{ items: ReviewItemView[]; total: number }>;
  get(id: string): Promise<ReviewItemView | null>;
  countOpen(): Promise<number>;
  /**
   * Decides an open item. take-upstream writes the upstream value into the record (versioned,
   * audited) and the snapshot; keep-staff records the upstream value as seen, so it does not
   * come back; same-person adds the incoming person's identifiers to the person on record (the
   * next sync links them); different-person creates the incoming person.
   */
  resolve(id: string, resolution: ReviewResolution, actor: Actor): Promise<ReviewItemView>;
}

export function createReviewRepository(prisma: PrismaDatabase): ReviewRepository {
  const get = async (id: string) => {
    const row = await prisma.reviewItem.findUnique({ where: { id } });
    return row ? toView(prisma, row) : null;
  };
  return {
    async list({ status, skip, take }) {
      const where = status ? { status } : {};
      const [rows, total] = await Promise.all([
        prisma.reviewItem.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: Math.max(0, Math.trunc(skip)),
          take: Math.min(Math.max(1, Math.trunc(take)), MAX_TAKE),
        }),
        prisma.reviewItem.count({ where }),
      ]);
      return { items: await Promise.all(rows.map((row) => toView(prisma, row))), total };
    },
    get,
    countOpen: () => prisma.reviewItem.count({ where: { status: "open" } }),
    async resolve(id, resolution, actor) {
      await prisma.$transaction(async (tx) => {
        const item = await tx.reviewItem.findUnique({ where: { id } });
        if (!item) throw new RecordNotFoundError({ type: "review-item", id }, "review item");
        if (item.status !== "open") {
          throw new DuplicateRecordError(
            `This review item was already decided (${item.resolution ?? "resolved"}) by ${item.resolvedBy ?? "someone"}${item.resolvedAt ? ` at ${item.resolvedAt.toISOString()}` : ""}; nothing was changed.`,
          );
        }
        const fits = REVIEW_RESOLUTIONS[item.kind as ReviewKind] ?? [];
        if (!fits.includes(resolution)) {
          throw new InvalidRecordError(
            [
              {
                path: "resolution",
                message: `"${resolution}" does not fit a ${item.kind} item; choose ${fits.map((r) => `"${r}"`).join(" or ")}`,
              },
            ],
            "review decision",
          );
        }
        await apply(tx, item, resolution, actor);
        const { count } = await tx.reviewItem.updateMany({
          where: { id, status: "open" },
          data: { status: "resolved", resolution, resolvedBy: actor.name, resolvedAt: new Date() },
        });
        if (count !== 1)
          throw new DuplicateRecordError("Someone else decided this review item meanwhile; nothing was changed.");
      });
      const view = await get(id);
      if (!view) throw new RecordNotFoundError({ type: "review-item", id }, "review item");
      return view;
    },
  };
}

async function apply(tx: Tx, item: Row, resolution: ReviewResolution, actor: Actor): Promise<void> {
  const snapshots = createUpstreamSnapshots(tx);
  const kind = kindOf(item.recordType);
  const store = createRecordStore(tx, kind);
  switch (resolution) {
    case "keep-public":
      // The record goes back on the public site; later runs see this decision and leave it be.
      await republishRecord(tx, item, actor, "Staff kept it public");
      return;
    case "confirm-removal":
      // Stays unpublished and kept: a run never deletes a record.
      await auditRemovalDecision(tx, item, actor);
      return;
    case "back-upstream":
      return;
    case "keep-staff":
      if (item.field) await snapshots.setField(item.recordType, item.recordId, item.field, json(item.incomingValue));
      return;
    case "take-upstream": {
      if (!item.field) return;
      const record = await store.get(item.recordId);
      if (!record) throw new RecordNotFoundError({ type: item.recordType, id: item.recordId }, kind.label);
      const value = json(item.incomingValue);
      const next: Record<string, unknown> = { ...record, [item.field]: value };
      // Upstream gives nothing: null where the field takes it (a measure's file number), else left out.
      if (value === null && !kind.schema.safeParse(next).success) delete next[item.field];
      await store.update(next as typeof record, actor);
      await snapshots.setField(item.recordType, item.recordId, item.field, value);
      return;
    }
    case "same-person": {
      const people = createRecordStore(tx, personKind);
      const person = await people.get(item.recordId);
      if (!person) throw new RecordNotFoundError({ type: "person", id: item.recordId }, "person");
      const incoming = (item.incoming ?? {}) as Partial<Person>;
      await people.update(
        { ...person, identifiers: unionIdentifiers(person.identifiers, incoming.identifiers) },
        actor,
      );
      return;
    }
    case "different-person": {
      const people = createRecordStore(tx, personKind);
      const incoming = item.incoming as Person | null;
      if (!incoming?.id) {
        throw new InvalidRecordError([{ path: "incoming", message: "holds no person to create" }], "review item");
      }
      const { version: _version, updatedAt: _updatedAt, ...facts } = incoming as Person;
      await people.create(facts as Person, actor);
      return;
    }
  }
}

/** A record's identifiers with others added, each once, in the order first seen. */
export function unionIdentifiers(
  mine: readonly ExternalIdentifier[] | undefined,
  more: readonly ExternalIdentifier[] | undefined,
): ExternalIdentifier[] | undefined {
  const all = [...(mine ?? []), ...(more ?? [])];
  if (all.length === 0) return undefined;
  return all.filter((id, index) => all.findIndex((other) => identifierKey(other) === identifierKey(id)) === index);
}

// --- Writing items, for a sync inside its batch's transaction. ---

export interface UpstreamChange {
  recordType: string;
  recordId: string;
  field: string;
  currentValue: unknown;
  incomingValue: unknown;
  reason: string;
  sourceId?: string | null;
  runId?: string | null;
}

export interface SamePersonQuestion {
  /** The person on record it may be. */
  recordId: string;
  incoming: Person;
  reason: string;
  sourceId?: string | null;
  runId?: string | null;
}

export interface ReviewQueueWriter {
  /** Opens an upstream-change item, or brings the open one for the same record and field up to date. */
  upstreamChange(change: UpstreamChange): Promise<void>;
  /** Opens a same-person item unless one is open for the same incoming person and candidate. */
  samePerson(question: SamePersonQuestion): Promise<void>;
  /** The incoming ids (person ids) that wait on an open same-person item. */
  waitingPeople(): Promise<Set<string>>;
}

export function createReviewQueueWriter(tx: Tx): ReviewQueueWriter {
  return {
    async upstreamChange(change) {
      const open = await tx.reviewItem.findFirst({
        where: {
          kind: "upstream-change",
          status: "open",
          recordType: change.recordType,
          recordId: change.recordId,
          field: change.field,
        },
      });
      const values = {
        currentValue: jsonColumn(change.currentValue),
        incomingValue: jsonColumn(change.incomingValue),
        reason: change.reason,
        sourceId: change.sourceId ?? null,
        runId: change.runId ?? null,
      };
      if (!open) {
        await tx.reviewItem.create({
          data: {
            id: randomUUID(),
            kind: "upstream-change",
            status: "open",
            recordType: change.recordType,
            recordId: change.recordId,
            field: change.field,
            incoming: Prisma.DbNull,
            ...values,
          },
        });
        return;
      }
      const same =
        JSON.stringify(json(open.currentValue)) === JSON.stringify(json(change.currentValue)) &&
        JSON.stringify(json(open.incomingValue)) === JSON.stringify(json(change.incomingValue));
      if (!same) await tx.reviewItem.update({ where: { id: open.id }, data: values });
    },
    async samePerson(question) {
      const open = await tx.reviewItem.findMany({
        where: { kind: "same-person", status: "open", recordType: "person", recordId: question.recordId },
      });
      if (open.some((row) => (row.incoming as { id?: string } | null)?.id === question.incoming.id)) return;
      await tx.reviewItem.create({
        data: {
          id: randomUUID(),
          kind: "same-person",
          status: "open",
          recordType: "person",
          recordId: question.recordId,
          field: null,
          currentValue: Prisma.DbNull,
          incomingValue: Prisma.DbNull,
          incoming: question.incoming as unknown as Prisma.InputJsonValue,
          reason: question.reason,
          sourceId: question.sourceId ?? null,
          runId: question.runId ?? null,
        },
      });
    },
    async waitingPeople() {
      const open = await tx.reviewItem.findMany({
        where: { kind: "same-person", status: "open" },
        select: { incoming: true },
      });
      return new Set(
        open.map((row) => (row.incoming as { id?: string } | null)?.id).filter((id): id is string => Boolean(id)),
      );
    },
  };
}
