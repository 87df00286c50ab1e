import type { Database, PrismaDatabase } from "../client";
import { createIdentityLookup } from "./identity";
import { createImportJobs } from "./import-jobs";
import { createMergeOperations } from "./merge";
import { createQueries } from "./queries/index";
import type { RecordKind, Tx } from "./record-kind";
import { RECORD_COLLECTIONS, RECORD_KINDS, type RecordCollection } from "./record-kinds";
import { confirmExplainerRecords } from "./records-check";
import { createReviewRepository } from "./review";
import { type SearchOptions, searchRecords } from "./search";
import { type SearchPageOptions, searchPage } from "./search-page";
import { createStaffQueries } from "./staff/index";
import { createRecordStore, type RecordStore } from "./store";
import { type SyncBatchContext, syncBatchContext } from "./sync-batch";
import { createSyncSources } from "./sync-sources";
import { createUpstreamSnapshots } from "./upstream";
import { createUpstreamRemovals } from "./upstream-removals";

export { RECORD_COLLECTIONS, RECORD_KINDS, type RecordCollection };

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
    /** Search narrowed by facets: one page of hits and the counts of what matched (capped). */
    searchPage: (query: string, options: SearchPageOptions) => searchPage(prisma, config.provider, query, options),
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
    /** Records gone from the system they came from: unpublished, reviewed, republished when back. */
    upstreamRemovals: createUpstreamRemovals(prisma),
    /** A sync's batch: stores, snapshots, identifiers and review items in one transaction. */
    syncBatch: <R>(work: (context: SyncBatchContext<RecordStores>) => Promise<R>): Promise<R> =>
      prisma.$transaction((tx) => work(syncBatchContext(tx, createRecordStores(tx))), BATCH_TRANSACTION),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
