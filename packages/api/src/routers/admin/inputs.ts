import { IdSchema } from "@legible/core";
import { z } from "zod";

export const RecordIdInput = z.object({ id: IdSchema });

/** A record and the version the caller loaded, for steps that must not act on newer work. */
export const VersionedIdInput = z.object({ id: IdSchema, version: z.int().min(1) });

export const ListInput = z.object({
  search: z.string().max(200, "must be 200 characters or fewer").optional(),
  filters: z.record(z.string().max(60), z.string().max(200)).optional(),
  sort: z.string().max(60).optional(),
  direction: z.enum(["asc", "desc"]).optional(),
  page: z.int().min(1).max(100_000).optional(),
  pageSize: z.int().min(1).max(100, "must be 100 or fewer").optional(),
});

export const RestoreInput = z.object({
  id: IdSchema,
  auditEntryId: z.int().min(1),
  /** The version now stored, as the caller saw it; absent when the record was deleted. */
  version: z.int().min(1).optional(),
});
