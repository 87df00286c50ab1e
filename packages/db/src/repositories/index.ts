import type { Database, PrismaDatabase } from "../client";
import { createIdentityLookup } from "./identity";
import { createImportJobs } from "./import-jobs";
import { actionKind } from "./kinds/action";
import { bodyKind } from "./kinds/body";
import { explainerKind } from "./kinds/explainer";
import { jurisdictionKind } from "./kinds/jurisdiction";
import { measureKind } from "./kinds/measure";
import { meetingKind } from "./kinds/meeting";
import { membershipKind } from "./kinds/membership";
import { personKind } from "./kinds/person";
import { postKind } from "./kinds/post";
import { sourceKind } from "./kinds/source";
import { statementKind } from "./kinds/statement";
import { voteEventKind } from "./kinds/vote-event";
import { createMergeOperations } from "./merge";
import { createQueries } from "./queries/index";
import type { RecordKind, Tx } from "./record-kind";
import { confirmExplainerRecords } from "./records-check";
import { createReviewRepository } from "./review";
import { type SearchOptions, searchRecords } from "./search";
import { createStaffQueries } from "./staff/index";
import { createRecordStore, type RecordStore } from "./store";
import { type SyncBatchContext, syncBatchContext } from "./sync-batch";
import { createSyncSources } from "./sync-sources";
import { createUpstreamSnapshots } from "./upstream";

/** Every kind of record, in the order an import must create them (each after what it points at). */
export const RECORD_KINDS = {
  jurisdictions: jurisdictionKind,
  sources: sourceKind,
  bodies: bodyKind,
  posts: postKind,
  people: personKind,
  memberships: membershipKind,
  measures: measureKind,
  actions: actionKind,
  voteEvents: voteEventKind,
  statements: statementKind,
  meetings: meetingKind,
  explainers: explainerKind,
} as const;

export type RecordCollection = keyof typeof RECORD_KINDS;

/** The collections in RECORD_KINDS's order: the order an import creates them. */
export const RECORD_COLLECTIONS = Object.keys(RECORD_KINDS) as RecordCollection[];

type RecordOf<C extends RecordCollection> = (typeof RECORD_KINDS)[C] extends RecordKind<infer T> ? T : never;

/** A store per collection, typed by core's records: nothing Prisma leaves through them. */
export type RecordStores = { [C in RecordCollection]: RecordStore<RecordOf<C>> };

export function createRecordStores(prisma: PrismaDatabase | Tx): RecordStores {
  return Object.fromEntries(
    RECORD_COLLECTIONS.map((collection) => [
      collection,
      createRecordStore(prisma, RECORD_KINDS[collection] as RecordKind<{ id: string }>),
    ]),
  ) as RecordStores;
}

/** Long enough for an import of a whole dataset; a staff save takes milliseconds. */
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 300_000 };

/**
 * Everything the API needs from storage: a store per kind of record, search, and batches that
 * commit whole or not at all.
 */
export function createRepositories(database: Database) {
  const { prisma, config } = database;
  return {
    ...createRecordStores(prisma),
    ...createQueries(prisma),
    staff: createStaffQueries(prisma, config.provider),
    /** Syncs from outside systems and their runs. */
    syncSources: createSyncSources(prisma),
    /** Files imported in the background, with progress and a point to resume from. */
    importJobs: createImportJobs(prisma),
    /** Merging a duplicate person into the one on record, and undoing it. */
    merge: createMergeOperations(prisma),
    search: (query: string, options?: SearchOptions) => searchRecords(prisma, config.provider, query, options),
    /** A reviewer confirms a published explainer still holds after records it shows changed. */
    confirmExplainerRecords: (explainerId: string, options: Parameters<typeof confirmExplainerRecords>[2]) =>
      confirmExplainerRecords(prisma, explainerId, options),
    /** Runs `work` with stores bound to one transaction. */
    batch: <R>(work: (stores: RecordStores) => Promise<R>): Promise<R> =>
      prisma.$transaction((tx) => work(createRecordStores(tx)), BATCH_TRANSACTION),
    /** Which records carry an id in another system (RecordIdentifier). */
    identity: createIdentityLookup(prisma),
    /** What a sync wrote last, field by field, to tell staff edits from its own. */
    upstream: createUpstreamSnapshots(prisma),
    /** The staff review queue: same-person questions and upstream changes to staff edits. */
    review: createReviewRepository(prisma),
    /** A sync's batch: stores, snapshots, identifiers and review items in one transaction. */
    syncBatch: <R>(work: (context: SyncBatchContext<RecordStores>) => Promise<R>): Promise<R> =>
      prisma.$transaction((tx) => work(syncBatchContext(tx, createRecordStores(tx))), BATCH_TRANSACTION),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
