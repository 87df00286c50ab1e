import {
  acceptExplainerEdit,
  type Explainer,
  ExplainerSchema,
  type Issue,
  publishExplainer,
  type Result,
  returnToDraft,
  submitForReview,
} from "@legible/core";
import { InvalidRecordError } from "@legible/db";
import type { Context } from "../../context";
import { router, staffProcedure } from "../../trpc";
import { VersionedIdInput } from "./inputs";
import { actorOf, loadOrNotFound, recordProcedures, storeOf } from "./records";
import { PUBLISHERS, WRITERS } from "./roles";

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

  /** Reviewers send it back to its writers. */
  returnToDraft: staffProcedure(PUBLISHERS)
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) => step(ctx, input, returnToDraft)),

  /** Reviewers and admins publish; the public site is told to refresh at once. */
  publish: staffProcedure(PUBLISHERS)
    .input(VersionedIdInput)
    .mutation(async ({ ctx, input }) => {
      const explainer = await step(ctx, input, (current) =>
        publishExplainer(current, { at: new Date().toISOString(), by: ctx.staff.userId }),
      );
      const publicSiteRefreshed = ctx.publicSite ? await ctx.publicSite.refresh() : false;
      return { explainer, publicSiteRefreshed };
    }),
});
