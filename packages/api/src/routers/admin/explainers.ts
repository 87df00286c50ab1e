import {
  acceptExplainerEdit,
  type Block,
  type Explainer,
  ExplainerSchema,
  IdSchema,
  type Issue,
  publishExplainer,
  type Result,
  returnToDraft,
  submitForReview,
  TimestampSchema,
} from "@legible/core";
import { InvalidRecordError } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../../context";
import { changedRecordTags } from "../../site-changes";
import { router, staffProcedure } from "../../trpc";
import { buildExplainerView } from "../../views/explainer-view";
import { RecordIdInput, VersionedIdInput } from "./inputs";
import { actorOf, loadOrNotFound, recordProcedures, storeOf } from "./records";
import { ANY_STAFF, PUBLISHERS, WRITERS } from "./roles";

/** A working copy to preview: what the editor holds, saved or not. */
const PreviewInput = ExplainerSchema.pick({ headline: true, blocks: true, corrections: true }).extend({ id: IdSchema });

function linkedStatementIds(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === "perspectives" ? block.statementIds : []));
}

function orRefuse(result: Result<Explainer>): Explainer {
  if (!result.ok) throw new InvalidRecordError(result.issues as Issue[], "explainer");
  return result.value;
}

/** Applies a review step to the version the caller loaded; a newer save wins over it. */
async function step(
  ctx: Context & { staff: NonNullable<Context["staff"]> },
  input: { id: string; version: number },
  change: (explainer: Explainer) => Result<Explainer>,
) {
  const stored = await loadOrNotFound(ctx, "explainers", input.id);
  const next = orRefuse(change({ ...stored, version: input.version }));
  return storeOf(ctx, "explainers").update(next, actorOf(ctx.staff));
}

export const explainersRouter = router({
  ...recordProcedures("explainers", ExplainerSchema, { prepare: acceptExplainerEdit, public: false }),

  /** Editors send a draft for review. */
  submit: staffProcedure(WRITERS)
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) => step(ctx, input, submitForReview)),

  /** Reviewers send it back to its writers, saying what needs to change (kept with the change in the audit log). */
  returnToDraft: staffProcedure(PUBLISHERS)
    .input(VersionedIdInput.extend({ note: z.string({ error: "is required: say what needs to change" }) }))
    .mutation(({ ctx, input }) => step(ctx, input, (explainer) => returnToDraft(explainer, input.note))),

  /** Reviewers and admins publish; the public site is told to refresh at once. */
  publish: staffProcedure(PUBLISHERS)
    .input(VersionedIdInput)
    .mutation(async ({ ctx, input }) => {
      // Lint counts a perspectives block's linked statements as its sources, as the editor does.
      const stored = await loadOrNotFound(ctx, "explainers", input.id);
      const statements = await ctx.repositories.statementsForLint({ ids: linkedStatementIds(stored.blocks) });
      const explainer = await step(ctx, input, (current) =>
        publishExplainer(current, { at: new Date().toISOString(), by: ctx.staff.userId }, { statements }),
      );
      // Its page, its measure's page (which links it), the lists, home and feeds.
      const tags = changedRecordTags("explainers", [{ id: explainer.id, versions: [explainer] }]);
      const publicSiteRefreshed = ctx.publicSite ? await ctx.publicSite.refresh(tags) : false;
      return { explainer, publicSiteRefreshed };
    }),

  /**
   * The public page an explainer's working copy would make if it were published now, through
   * the public page's own view builder, for the editor's preview. A mutation only because a
   * draft is too long for a query's address; it changes nothing.
   */
  preview: staffProcedure(ANY_STAFF)
    .input(PreviewInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...draft } = input;
      const records = await ctx.repositories.draftExplainerPage(id, draft);
      if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No explainer "${id}" is on record.` });
      return buildExplainerView(records, records.explainer.locale, { asOf: new Date().toISOString().slice(0, 10) });
    }),

  /**
   * What lint checks an explainer against: the statements its perspectives link to or may link
   * to (the measure's), and the records it shows that changed since its last review.
   */
  lintRecords: staffProcedure(ANY_STAFF)
    .input(RecordIdInput)
    .query(async ({ ctx, input }) => {
      const explainer = await loadOrNotFound(ctx, "explainers", input.id);
      const blocks: Block[] = [...explainer.blocks, ...(explainer.revisions.at(-1)?.blocks ?? [])];
      const [statements, recordChanges] = await Promise.all([
        ctx.repositories.statementsForLint({ ids: linkedStatementIds(blocks), measureIds: [explainer.measureId] }),
        ctx.repositories.explainerRecordChanges(explainer.id),
      ]);
      return { statements, recordChanges };
    }),

  /**
   * Reviewers and admins confirm a published explainer still holds after records it shows
   * changed. `seenThrough` is the newest change they looked at; a newer one is refused. The
   * public site is told to refresh at once, so its notice goes away.
   */
  confirmRecords: staffProcedure(PUBLISHERS)
    .input(z.object({ id: IdSchema, seenThrough: TimestampSchema }))
    .mutation(async ({ ctx, input }) => {
      const check = await ctx.repositories.confirmExplainerRecords(input.id, {
        seenThrough: input.seenThrough,
        actor: actorOf(ctx.staff),
      });
      const explainer = check.checkedAt ? await ctx.repositories.explainers.get(input.id) : null;
      const tags = changedRecordTags("explainers", [{ id: input.id, versions: [explainer] }]);
      const publicSiteRefreshed = check.checkedAt && ctx.publicSite ? await ctx.publicSite.refresh(tags) : false;
      return { ...check, publicSiteRefreshed };
    }),
});
