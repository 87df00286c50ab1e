import { IdSchema } from "@legible/core";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";

/**
 * Where an old address leads: a person merged into another keeps their address, and the site
 * answers it with a permanent redirect to the kept person's page.
 */
export const redirectsRouter = router({
  person: publicProcedure
    .input(z.object({ id: IdSchema }))
    .query(async ({ ctx, input }) => ({ toId: await ctx.repositories.merge.redirectOf("person", input.id) })),
});
