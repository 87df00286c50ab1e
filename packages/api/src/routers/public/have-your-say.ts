import { IdSchema, LocaleSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildHaveYourSayView } from "../../views/have-your-say-view";

export const haveYourSayRouter = router({
  /** How residents take part in a body's meetings, each part cited or null when not on record. */
  forBody: publicProcedure.input(z.object({ id: IdSchema, locale: LocaleSchema })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.bodyPublicComment(input.id);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body "${input.id}" is on Legible.` });
    return buildHaveYourSayView(records, input.locale);
  }),
});
