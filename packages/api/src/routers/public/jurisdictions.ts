import { MAX_PAGE_SIZE } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";

export const jurisdictionsRouter = router({
  list: publicProcedure.query(
    async ({ ctx }) => (await ctx.repositories.jurisdictions.list({ pageSize: MAX_PAGE_SIZE })).items,
  ),
  bySlug: publicProcedure
    .input(z.object({ slug: z.string().trim().min(1, "is required").max(100) }))
    .query(async ({ ctx, input }) => {
      const jurisdiction = await ctx.repositories.jurisdictionBySlug(input.slug);
      if (!jurisdiction)
        throw new TRPCError({ code: "NOT_FOUND", message: `No place called "${input.slug}" is on Legible.` });
      return jurisdiction;
    }),
});
