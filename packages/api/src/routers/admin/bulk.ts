import { DATASET_FORMAT, IdSchema } from "@legible/core";
import {
  RECORD_COLLECTIONS,
  type RecordCollection,
  RecordInUseError,
  RecordNotFoundError,
  VersionConflictError,
} from "@legible/db";
import { z } from "zod";
import { changedRecordTags } from "../../site-changes";
import { router, staffProcedure } from "../../trpc";
import { isStorageError } from "./errors";
import { actorOf, storeOf } from "./records";
import { ANY_STAFF, DELETERS } from "./roles";

/** How many records one bulk step takes: a few pages of a list, and one request's worth of work. */
export const MAX_BULK_RECORDS = 500;

/** Collections the record lists show; explainers have their own list, review steps and delete rules. */
const BULK_COLLECTIONS = RECORD_COLLECTIONS.filter((collection) => collection !== "explainers") as [
  Exclude<RecordCollection, "explainers">,
  ...Exclude<RecordCollection, "explainers">[],
];

const CollectionInput = z.enum(BULK_COLLECTIONS, {
  error: `collection: choose one of ${BULK_COLLECTIONS.join(", ")}`,
});

function selection<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .min(1, { error: "Select at least one record." })
    .max(MAX_BULK_RECORDS, { error: `Select at most ${MAX_BULK_RECORDS} records at a time.` });
}

const BulkRemoveInput = z.object({
  collection: CollectionInput,
  /** Each record with the version the list showed, so newer work is never deleted unseen. */
  records: selection(z.object({ id: IdSchema, version: z.int().min(1) })),
});

const BulkExportInput = z.object({ collection: CollectionInput, ids: selection(IdSchema) });

/**
 * What the store says when one record cannot be deleted; the others still can. Known by class or
 * by name, as toApiError knows them: the built staff app's store may throw another copy's classes.
 */
const REFUSALS = [
  [RecordInUseError, "RecordInUseError"],
  [VersionConflictError, "VersionConflictError"],
  [RecordNotFoundError, "RecordNotFoundError"],
] as const;

/** A record that was not deleted, and the store's reason in its own words. */
export interface BulkRefusal {
  id: string;
  reason: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A dataset file (core's DatasetSchema) holding only the chosen records: importable as it is. */
function datasetOf(collection: RecordCollection, records: Array<Record<string, unknown>>) {
  const dataset: Record<string, unknown> = { format: DATASET_FORMAT, version: 1 };
  for (const each of RECORD_COLLECTIONS) dataset[each] = [];
  // Versions and timestamps are storage bookkeeping, as in the whole-dataset export.
  dataset[collection] = records.map(({ version: _version, updatedAt: _updatedAt, ...facts }) => facts);
  return dataset;
}

/** Steps on many records of one list at once: export for anyone signed in, delete for those who may delete. */
export const bulkRouter = router({
  /**
   * Deletes each record through the one delete path (versions and dependents checked, an audit
   * entry each). A record that cannot go is listed with the reason; the rest are deleted.
   */
  remove: staffProcedure(DELETERS)
    .input(BulkRemoveInput)
    .mutation(async ({ ctx, input }) => {
      const store = storeOf(ctx, input.collection);
      const actor = actorOf(ctx.staff);
      const deleted: string[] = [];
      const refused: BulkRefusal[] = [];
      // What each deleted record named: the pages to refresh.
      const gone: { id: string; versions: unknown[] }[] = [];
      for (const record of input.records) {
        try {
          const before = await store.get(record.id);
          await store.remove(record.id, record.version, actor);
          deleted.push(record.id);
          gone.push({ id: record.id, versions: [before] });
        } catch (error) {
          // Refusals a person can act on (in use, changed meanwhile, gone) are reported; anything else stops the step.
          if (!REFUSALS.some(([type, name]) => isStorageError(error, type, name))) throw error;
          refused.push({ id: record.id, reason: (error as Error).message });
        }
      }
      if (deleted.length > 0) void ctx.publicSite?.refresh(changedRecordTags(input.collection, gone));
      return { deleted, refused };
    }),

  /** The chosen records as a Legible dataset file; ids no longer on record are named, not fatal. */
  export: staffProcedure(ANY_STAFF)
    .input(BulkExportInput)
    .mutation(async ({ ctx, input }) => {
      const store = storeOf(ctx, input.collection);
      const records: Array<Record<string, unknown>> = [];
      const missing: string[] = [];
      for (const id of new Set(input.ids)) {
        const record = await store.get(id);
        if (record) records.push(record as unknown as Record<string, unknown>);
        else missing.push(id);
      }
      const content = `${JSON.stringify(datasetOf(input.collection, records), null, 2)}\n`;
      return { fileName: `legible-${input.collection}-${today()}.json`, content, count: records.length, missing };
    }),
});
