import type { RecordCollection, RecordStore, RecordStores } from "@legible/db";
import { LISTINGS, RECORD_KINDS } from "@legible/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import type { Context, StaffSession } from "../../context";
import { changedRecordTags } from "../../site-changes";
import { staffProcedure } from "../../trpc";
import { ListInput, RecordIdInput, RestoreInput, VersionedIdInput } from "./inputs";
import { ANY_STAFF, DELETERS, WRITERS } from "./roles";

type Stored<C extends RecordCollection> = NonNullable<Awaited<ReturnType<RecordStores[C]["get"]>>>;

export interface RecordRouterOptions<T> {
  /** Applies the domain's rules to an edit before it is saved (what an edit may change). */
  prepare?: (stored: T | null, edited: T) => T;
  /** False for records residents see only once published (explainers). */
  public?: boolean;
}

export function actorOf(staff: StaffSession) {
  return { id: staff.userId, name: staff.name };
}

export function storeOf<C extends RecordCollection>(ctx: Context, collection: C): RecordStores[C] {
  return ctx.repositories[collection] as RecordStores[C];
}

export async function loadOrNotFound<C extends RecordCollection>(ctx: Context, collection: C, id: string) {
  const record = (await storeOf(ctx, collection).get(id)) as Stored<C> | null;
  if (!record) {
    throw new TRPCError({ code: "NOT_FOUND", message: `No ${RECORD_KINDS[collection].label} with id "${id}" exists.` });
  }
  return record;
}

/**
 * The staff app's procedures for one collection: list, read, create, edit, delete, history,
 * restore. Input is core's schema for the record; storage checks versions, so a save over
 * newer work is refused with who made it.
 */
export function recordProcedures<C extends RecordCollection, S extends z.ZodType<Stored<C>>>(
  collection: C,
  schema: S,
  options: RecordRouterOptions<Stored<C>> = {},
) {
  const kind = RECORD_KINDS[collection];
  const prepare = options.prepare ?? ((_stored: Stored<C> | null, edited: Stored<C>) => edited);
  // Saved records are public at once: the site rebuilds the pages that show them (as they were
  // and as they are), without holding up the save.
  const changed = <R>(ctx: Context, id: string, versions: readonly unknown[], result: R): R => {
    if (options.public !== false) void ctx.publicSite?.refresh(changedRecordTags(collection, [{ id, versions }]));
    return result;
  };
  const saved = <R extends { id: string }>(ctx: Context, before: unknown, record: R): R =>
    changed(ctx, record.id, [before, record], record);
  // Each store is typed by its own record; the factory works on any of them.
  const store = (ctx: Context) => storeOf(ctx, collection) as unknown as RecordStore<Stored<C>>;

  return {
    /** A page of records, with the columns this list may be sorted and filtered by. */
    list: staffProcedure(ANY_STAFF)
      .input(ListInput)
      .query(async ({ ctx, input }) => ({
        ...(await ctx.repositories.staff.listRecords(collection, input)),
        listing: { sorts: LISTINGS[collection].sorts, filters: LISTINGS[collection].filters },
      })),

    get: staffProcedure(ANY_STAFF)
      .input(RecordIdInput)
      .query(({ ctx, input }) => loadOrNotFound(ctx, collection, input.id)),

    create: staffProcedure(WRITERS)
      .input(schema)
      .mutation(async ({ ctx, input }) =>
        saved(ctx, null, await store(ctx).create(prepare(null, input as Stored<C>), actorOf(ctx.staff))),
      ),

    update: staffProcedure(WRITERS)
      .input(schema)
      .mutation(async ({ ctx, input }) => {
        const edited = input as Stored<C>;
        const stored = await loadOrNotFound(ctx, collection, edited.id);
        return saved(ctx, stored, await store(ctx).update(prepare(stored, edited), actorOf(ctx.staff)));
      }),

    remove: staffProcedure(DELETERS)
      .input(VersionedIdInput)
      .mutation(async ({ ctx, input }) => {
        // Read first: the pages to refresh are those of what the record named.
        const before = await store(ctx).get(input.id);
        await store(ctx).remove(input.id, input.version, actorOf(ctx.staff));
        return changed(ctx, input.id, [before], { deleted: input.id });
      }),

    history: staffProcedure(ANY_STAFF)
      .input(RecordIdInput)
      .query(({ ctx, input }) =>
        ctx.repositories.staff.auditLog({ recordType: kind.type, recordId: input.id, pageSize: 200 }),
      ),

    /** Saves the record as an audit entry shows it, as a new version: nothing is rewritten. */
    restore: staffProcedure(WRITERS)
      .input(RestoreInput)
      .mutation(async ({ ctx, input }) => {
        const entry = await ctx.repositories.staff.auditEntry(input.auditEntryId);
        if (!entry || entry.recordType !== kind.type || entry.recordId !== input.id) {
          throw new TRPCError({ code: "NOT_FOUND", message: "That change is not in this record's history." });
        }
        if (!["create", "update", "delete"].includes(entry.action)) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "That entry is not a saved version: nothing to restore.",
          });
        }
        const snapshot = (entry.action === "delete" ? entry.before : entry.after) as Stored<C> | null;
        if (!snapshot) throw new TRPCError({ code: "BAD_REQUEST", message: "That change left nothing to restore." });
        const stored = (await store(ctx).get(input.id)) ?? null;
        const actor = actorOf(ctx.staff);
        if (!stored) {
          // A deleted record comes back as new, at version 1.
          const facts = { ...snapshot, version: undefined, updatedAt: undefined };
          return saved(ctx, null, await store(ctx).create(prepare(null, facts), actor));
        }
        if (input.version === undefined) {
          throw new TRPCError({ code: "BAD_REQUEST", message: "Say which version you are restoring over." });
        }
        return saved(
          ctx,
          stored,
          await store(ctx).update(prepare(stored, { ...snapshot, version: input.version }), actor),
        );
      }),
  };
}
