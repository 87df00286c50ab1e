import { IdSchema, tagsChangedBy } from "@legible/core";
import { MergeRefusedError } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../../context";
import { router, staffProcedure } from "../../trpc";
import { actorOf } from "./records";
import { ANY_STAFF, DELETERS } from "./roles";

const PairInput = z.object({ fromId: IdSchema, intoId: IdSchema });
const AuditEntryInput = z.object({ auditEntryId: z.int().min(1) });

/** A refused merge keeps its words; "not there" is NOT_FOUND, anything else a bad request. */
async function refusalsAsApiErrors<R>(work: Promise<R>): Promise<R> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof MergeRefusedError) {
      const code = error.reason === "missing" ? "NOT_FOUND" : "BAD_REQUEST";
      throw new TRPCError({ code, message: error.message, cause: error });
    }
    throw error;
  }
}

/**
 * Both people's pages changed (one went or came back), and every page that showed either: the
 * public site rebuilds them, without holding up the answer. Pages that showed the duplicate's
 * votes, terms or statements carry its tag, so they refresh too.
 */
function changed<R extends { from: string; into: string } | { person: string; keptPerson: string }>(
  ctx: Context,
  result: R,
): R {
  const ids = "from" in result ? [result.from, result.into] : [result.person, result.keptPerson];
  void ctx.publicSite?.refresh(tagsChangedBy(ids.map((id) => ({ kind: "person" as const, id }))));
  return result;
}

/**
 * Merging a duplicate person into the one on record, and undoing it from the audit log. Merging
 * deletes a person, so it takes the roles that may delete.
 */
export const mergeRouter = router({
  /** What would move, counted and in words, for the question staff confirm. */
  preview: staffProcedure(ANY_STAFF)
    .input(PairInput)
    .query(({ ctx, input }) => refusalsAsApiErrors(ctx.repositories.merge.preview(input.fromId, input.intoId))),

  people: staffProcedure(DELETERS)
    .input(PairInput)
    .mutation(async ({ ctx, input }) =>
      changed(
        ctx,
        await refusalsAsApiErrors(ctx.repositories.merge.merge(input.fromId, input.intoId, actorOf(ctx.staff))),
      ),
    ),

  /** Splits a merged person off again, from the merge's audit entry. */
  undo: staffProcedure(DELETERS)
    .input(AuditEntryInput)
    .mutation(async ({ ctx, input }) =>
      changed(ctx, await refusalsAsApiErrors(ctx.repositories.merge.unmerge(input.auditEntryId, actorOf(ctx.staff)))),
    ),

  /** Which of these merge entries are undone already, so the audit log offers "Undo" only once. */
  undone: staffProcedure(ANY_STAFF)
    .input(z.object({ auditEntryIds: z.array(z.int().min(1)).max(100) }))
    .query(({ ctx, input }) => ctx.repositories.merge.undoneMerges(input.auditEntryIds)),
});
