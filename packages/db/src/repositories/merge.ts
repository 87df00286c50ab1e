import { type ExternalIdentifier, identifierKey, type Person } from "@legible/core";
import type { PrismaDatabase } from "../client";
import type { Prisma } from "../generated/sqlite/client";
import { RepositoryError } from "./errors";
import { personKind } from "./kinds/person";
import { counted, type Tx } from "./record-kind";
import { type Actor, createRecordStore } from "./store";

/** The audit action of a merge, and of its undoing. */
export const MERGE_ACTION = "merge";
export const UNMERGE_ACTION = "unmerge";

/** Why a merge or its undoing was refused, in words staff can act on. */
export class MergeRefusedError extends RepositoryError {
  override name = "MergeRefusedError";
  constructor(
    /** missing: a person or entry is not there; refused: the request cannot be done as asked. */
    readonly reason: "missing" | "refused",
    message: string,
  ) {
    super(message);
  }
}

/** What a merge moved from the duplicate to the kept person, by id, so it can be moved back. */
export interface MergeMoves {
  /** Roll-call entries (PersonVote rows), by vote and position. */
  votes: Array<{ voteEventId: string; position: number }>;
  memberships: string[];
  statements: string[];
  /** Earlier redirects that pointed at the duplicate and now point at the kept person. */
  redirects: string[];
  /** Open review items about the duplicate, now about the kept person (absent in early entries). */
  reviewItems?: string[];
  /** What the kept person gained: only what it did not have already. */
  identifiers: ExternalIdentifier[];
  sourceIds: string[];
}

/** The merge's audit entry: `before` is the duplicate as it was, `after` this. */
export interface MergeRecord {
  mergedInto: string;
  moved: MergeMoves;
}

/** What a merge would move, counted, for the question staff confirm. */
export interface MergePreview {
  from: { id: string; name: string };
  into: { id: string; name: string };
  votes: number;
  terms: number;
  statements: number;
  sources: number;
  identifiers: number;
  /** "3 votes, 1 term, 2 statements": what moves, in words; "nothing else" when nothing does. */
  summary: string;
}

/** Long enough for a person with thousands of roll-call entries. */
const MERGE_TRANSACTION = { maxWait: 15_000, timeout: 120_000 };

const personStore = (tx: Tx) => createRecordStore(tx, personKind);

async function loadPair(tx: Tx, fromId: string, intoId: string): Promise<{ from: Person; into: Person }> {
  if (fromId === intoId) {
    throw new MergeRefusedError("refused", "A person cannot be merged into themselves: choose another person to keep.");
  }
  const [from, into] = await Promise.all([personKind.find(tx, fromId), personKind.find(tx, intoId)]);
  if (!from)
    throw new MergeRefusedError("missing", `There is no person "${fromId}" to merge: it may be merged already.`);
  if (!into) {
    throw new MergeRefusedError(
      "missing",
      `There is no person "${intoId}" to merge into: it may have been deleted or merged into someone else.`,
    );
  }
  return { from, into };
}

/** The ids only `extra` has, in its order. */
function identifiersOnlyIn(extra: ExternalIdentifier[] = [], kept: ExternalIdentifier[] = []): ExternalIdentifier[] {
  const keys = new Set(kept.map(identifierKey));
  return extra.filter((id) => !keys.has(identifierKey(id)));
}

function describeMoves(counts: { votes: number; terms: number; statements: number; sources: number }): string {
  const parts = [
    counts.votes && counted(counts.votes, "vote"),
    counts.terms && counted(counts.terms, "term"),
    counts.statements && counted(counts.statements, "statement"),
    counts.sources && counted(counts.sources, "source"),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(", ") : "nothing else";
}

/** The merge's audit entry, checked: only a merge of people can be undone. */
async function loadMergeEntry(tx: Tx, auditEntryId: number) {
  const entry = await tx.auditEntry.findUnique({ where: { id: auditEntryId } });
  if (!entry || entry.action !== MERGE_ACTION || entry.recordType !== "person") {
    throw new MergeRefusedError("missing", "That audit entry is not a merge of two people: there is nothing to undo.");
  }
  const undone = await tx.auditEntry.findFirst({
    where: { action: UNMERGE_ACTION, recordType: "person", recordId: entry.recordId, id: { gt: entry.id } },
  });
  const snapshot = entry.before as unknown as Person | null;
  const record = entry.after as unknown as MergeRecord | null;
  if (undone || !snapshot || !record) {
    throw new MergeRefusedError("refused", "This merge is undone already.");
  }
  return { entry, snapshot, record };
}

export function createMergeOperations(prisma: PrismaDatabase) {
  return {
    /** What merging `fromId` into `intoId` would move, without changing anything. */
    async preview(fromId: string, intoId: string): Promise<MergePreview> {
      const { from, into } = await loadPair(prisma, fromId, intoId);
      const [votes, terms, statements] = await Promise.all([
        prisma.personVote.count({ where: { personId: fromId } }),
        prisma.membership.count({ where: { personId: fromId } }),
        prisma.statement.count({ where: { speakerPersonId: fromId } }),
      ]);
      const sources = from.sourceIds.filter((id) => !into.sourceIds.includes(id)).length;
      const identifiers = identifiersOnlyIn(from.identifiers, into.identifiers).length;
      return {
        from: { id: from.id, name: from.name },
        into: { id: into.id, name: into.name },
        votes,
        terms,
        statements,
        sources,
        identifiers,
        summary: describeMoves({ votes, terms, statements, sources }),
      };
    },

    /**
     * Makes the duplicate `fromId` part of `intoId`, in one transaction: its roll-call entries,
     * terms and statements move, the kept person gains its ids in other systems and its sources,
     * the duplicate is deleted and its address redirects. The audit entry lists every moved id,
     * so `unmerge` can move exactly those back. Returns the merge's audit entry id.
     */
    merge: (fromId: string, intoId: string, actor: Actor) =>
      prisma.$transaction(async (tx) => {
        const { from, into } = await loadPair(tx, fromId, intoId);
        const stamp = { updatedBy: actor.name, version: { increment: 1 } };

        const votes = await tx.personVote.findMany({
          where: { personId: fromId },
          select: { voteEventId: true, position: true },
          orderBy: [{ voteEventId: "asc" }, { position: "asc" }],
        });
        await tx.personVote.updateMany({ where: { personId: fromId }, data: { personId: intoId } });
        // The votes' roll calls changed: their versions say so, as an edit would.
        const voteEventIds = [...new Set(votes.map((vote) => vote.voteEventId))];
        await tx.voteEvent.updateMany({ where: { id: { in: voteEventIds } }, data: stamp });

        const memberships = (await tx.membership.findMany({ where: { personId: fromId }, select: { id: true } })).map(
          (row) => row.id,
        );
        await tx.membership.updateMany({ where: { id: { in: memberships } }, data: { personId: intoId, ...stamp } });

        const statements = (
          await tx.statement.findMany({ where: { speakerPersonId: fromId }, select: { id: true } })
        ).map((row) => row.id);
        await tx.statement.updateMany({
          where: { id: { in: statements } },
          data: { speakerPersonId: intoId, ...stamp },
        });

        const identifiers = identifiersOnlyIn(from.identifiers, into.identifiers);
        const sourceIds = from.sourceIds.filter((id) => !into.sourceIds.includes(id));
        if (identifiers.length || sourceIds.length) {
          const mergedIdentifiers = [...(into.identifiers ?? []), ...identifiers];
          if (mergedIdentifiers.length > 20) {
            throw new MergeRefusedError(
              "refused",
              `Together they have ${mergedIdentifiers.length} ids in other systems, and a person may have at most 20. Remove some from either person first.`,
            );
          }
          await personStore(tx).update(
            {
              ...into,
              ...(mergedIdentifiers.length ? { identifiers: mergedIdentifiers } : {}),
              sourceIds: [...into.sourceIds, ...sourceIds],
            },
            actor,
          );
        }

        // The duplicate goes with its citations, search entries and ids (now the kept person's).
        await tx.sourceCitation.deleteMany({ where: { recordType: "person", recordId: fromId } });
        await tx.searchDocument.deleteMany({ where: { recordType: "person", recordId: fromId } });
        await tx.recordIdentifier.deleteMany({ where: { recordType: "person", recordId: fromId } });
        await tx.person.delete({ where: { id: fromId } });

        // Questions still open about the duplicate are now about the kept person, not about no one.
        const reviewItems = (
          await tx.reviewItem.findMany({
            where: { recordType: "person", recordId: fromId, status: "open" },
            select: { id: true },
          })
        ).map((row) => row.id);
        await tx.reviewItem.updateMany({ where: { id: { in: reviewItems } }, data: { recordId: intoId } });

        // Addresses of people merged into the duplicate earlier now lead straight to the kept person.
        const redirects = (
          await tx.recordRedirect.findMany({ where: { recordType: "person", toId: fromId }, select: { fromId: true } })
        ).map((row) => row.fromId);
        await tx.recordRedirect.updateMany({ where: { recordType: "person", toId: fromId }, data: { toId: intoId } });
        await tx.recordRedirect.upsert({
          where: { recordType_fromId: { recordType: "person", fromId } },
          create: { recordType: "person", fromId, toId: intoId, createdBy: actor.name },
          update: { toId: intoId, createdBy: actor.name, createdAt: new Date() },
        });

        const record: MergeRecord = {
          mergedInto: intoId,
          moved: {
            votes: votes.map(({ voteEventId, position }) => ({ voteEventId, position })),
            memberships,
            statements,
            redirects,
            reviewItems,
            identifiers,
            sourceIds,
          },
        };
        const entry = await tx.auditEntry.create({
          data: {
            actorId: actor.id ?? null,
            actorName: actor.name,
            action: MERGE_ACTION,
            recordType: "person",
            recordId: fromId,
            version: from.version ?? null,
            before: from as unknown as Prisma.InputJsonValue,
            after: record as unknown as Prisma.InputJsonValue,
          },
        });
        return { auditEntryId: entry.id, from: fromId, into: intoId, moved: record.moved };
      }, MERGE_TRANSACTION),

    /**
     * Undoes a merge from its audit entry: the duplicate comes back as it was (at version 1, as a
     * restored record does), exactly the rows that moved go back unless they have since left the
     * kept person, the kept person loses only what it gained, and the redirect goes.
     */
    unmerge: (auditEntryId: number, actor: Actor) =>
      prisma.$transaction(async (tx) => {
        const { entry, snapshot, record } = await loadMergeEntry(tx, auditEntryId);
        const fromId = entry.recordId;
        const intoId = record.mergedInto;
        const moved = record.moved;
        if (await personKind.find(tx, fromId)) {
          throw new MergeRefusedError(
            "refused",
            `A person with the id "${fromId}" exists again, so this merge cannot be undone. Rename or merge that person first.`,
          );
        }
        const into = await personKind.find(tx, intoId);
        if (!into) {
          throw new MergeRefusedError(
            "missing",
            `The kept person "${intoId}" is no longer on record (deleted or merged again), so this merge cannot be undone.`,
          );
        }
        const stamp = { updatedBy: actor.name, version: { increment: 1 } };

        // The kept person gives back what it gained, and nothing it had before.
        const gainedKeys = new Set(moved.identifiers.map(identifierKey));
        const gainedSources = new Set(moved.sourceIds);
        if (gainedKeys.size || gainedSources.size) {
          const { identifiers, ...rest } = into;
          const kept = (identifiers ?? []).filter((id) => !gainedKeys.has(identifierKey(id)));
          await personStore(tx).update(
            {
              ...rest,
              ...(kept.length ? { identifiers: kept } : {}),
              sourceIds: into.sourceIds.filter((id) => !gainedSources.has(id)),
            },
            actor,
          );
        }

        const { version: _version, updatedAt: _updatedAt, ...facts } = snapshot;
        await personStore(tx).create(facts, actor);

        let votes = 0;
        for (const vote of moved.votes) {
          const { count } = await tx.personVote.updateMany({
            where: { voteEventId: vote.voteEventId, position: vote.position, personId: intoId },
            data: { personId: fromId },
          });
          votes += count;
        }
        const voteEventIds = [...new Set(moved.votes.map((vote) => vote.voteEventId))];
        await tx.voteEvent.updateMany({ where: { id: { in: voteEventIds } }, data: stamp });
        const memberships = await tx.membership.updateMany({
          where: { id: { in: moved.memberships }, personId: intoId },
          data: { personId: fromId, ...stamp },
        });
        const statements = await tx.statement.updateMany({
          where: { id: { in: moved.statements }, speakerPersonId: intoId },
          data: { speakerPersonId: fromId, ...stamp },
        });

        await tx.reviewItem.updateMany({
          where: { id: { in: moved.reviewItems ?? [] }, recordId: intoId, status: "open" },
          data: { recordId: fromId },
        });
        await tx.recordRedirect.deleteMany({ where: { recordType: "person", fromId } });
        await tx.recordRedirect.updateMany({
          where: { recordType: "person", fromId: { in: moved.redirects }, toId: intoId },
          data: { toId: fromId },
        });

        const restored = { votes, memberships: memberships.count, statements: statements.count };
        await tx.auditEntry.create({
          data: {
            actorId: actor.id ?? null,
            actorName: actor.name,
            action: UNMERGE_ACTION,
            recordType: "person",
            recordId: fromId,
            version: 1,
            after: { undoes: entry.id, splitFrom: intoId, restored },
          },
        });
        return { person: fromId, keptPerson: intoId, restored };
      }, MERGE_TRANSACTION),

    /** Where a merged-away record's address leads now, or null. */
    async redirectOf(recordType: string, fromId: string): Promise<string | null> {
      const row = await prisma.recordRedirect.findUnique({
        where: { recordType_fromId: { recordType, fromId } },
        select: { toId: true },
      });
      return row?.toId ?? null;
    },

    /** Whether a merge's audit entry has been undone, for the audit log's action. */
    async undoneMerges(auditEntryIds: number[]): Promise<number[]> {
      if (!auditEntryIds.length) return [];
      const merges = await prisma.auditEntry.findMany({
        where: { id: { in: auditEntryIds }, action: MERGE_ACTION },
        select: { id: true, recordId: true },
      });
      const undone: number[] = [];
      for (const merge of merges) {
        const later = await prisma.auditEntry.findFirst({
          where: { action: UNMERGE_ACTION, recordType: "person", recordId: merge.recordId, id: { gt: merge.id } },
          select: { id: true },
        });
        if (later) undone.push(merge.id);
      }
      return undone;
    },
  };
}

export type MergeOperations = ReturnType<typeof createMergeOperations>;
