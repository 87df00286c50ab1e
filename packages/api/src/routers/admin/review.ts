import { REVIEW_RESOLUTIONS, type ReviewResolution } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { changedTagsOfType } from "../../site-changes";
import { router, staffProcedure } from "../../trpc";
import { actorOf } from "./records";
import { ANY_STAFF, WRITERS } from "./roles";

/** Every decision a review item can take; the repository checks it fits the item's kind. */
const RESOLUTIONS = [...new Set(Object.values(REVIEW_RESOLUTIONS).flat())] as [ReviewResolution, ...ReviewResolution[]];

const ReviewIdInput = z.object({ id: z.string().trim().min(1, "is required").max(200) });

const ReviewListInput = z.object({
  status: z.enum(["open", "resolved"]).optional(),
  page: z.int().min(1).max(100_000).optional(),
  pageSize: z.int().min(1).max(100, "must be 100 or fewer").optional(),
});

const ResolveInput = ReviewIdInput.extend({
  resolution: z.enum(RESOLUTIONS, {
    error: `must be one of ${RESOLUTIONS.map((resolution) => `"${resolution}"`).join(", ")}`,
  }),
});

/**
 * The review queue: what a sync could not decide alone ("same person?", "changed upstream after
 * a staff edit", "removed upstream"). Everyone signed in reads it; everyone who fixes records decides it.
 */
export const reviewRouter = router({
  list: staffProcedure(ANY_STAFF)
    .input(ReviewListInput)
    .query(async ({ ctx, input }) => {
      const page = input.page ?? 1;
      const pageSize = input.pageSize ?? 25;
      const { items, total } = await ctx.repositories.review.list({
        ...(input.status ? { status: input.status } : {}),
        skip: (page - 1) * pageSize,
        take: pageSize,
      });
      return { items, total, page, pageSize };
    }),

  get: staffProcedure(ANY_STAFF)
    .input(ReviewIdInput)
    .query(async ({ ctx, input }) => {
      const item = await ctx.repositories.review.get(input.id);
      if (!item) throw new TRPCError({ code: "NOT_FOUND", message: `No review item with id "${input.id}" exists.` });
      return item;
    }),

  /** Whether a record is off the public site because its source no longer lists it; null when not. */
  removalOf: staffProcedure(ANY_STAFF)
    .input(
      z.object({
        recordType: z.string().trim().min(1, "is required").max(40),
        recordId: z.string().trim().min(1, "is required").max(200),
      }),
    )
    .query(({ ctx, input }) => ctx.repositories.upstreamRemovals.stateOf(input.recordType, input.recordId)),

  /** How many items wait for a decision, for the dashboard and the menu. */
  countOpen: staffProcedure(ANY_STAFF).query(({ ctx }) => ctx.repositories.review.countOpen()),

  resolve: staffProcedure(WRITERS)
    .input(ResolveInput)
    .mutation(async ({ ctx, input }) => {
      const item = await ctx.repositories.review.resolve(input.id, input.resolution, actorOf(ctx.staff));
      // A decision can change a public record (their value, a new person): the site rebuilds the
      // pages of the record and of what either value names.
      const values = item.field ? [{ [item.field]: item.currentValue }, { [item.field]: item.incomingValue }] : [];
      void ctx.publicSite?.refresh(changedTagsOfType(item.recordType, item.recordId, [item.incoming, ...values]));
      return item;
    }),
});
