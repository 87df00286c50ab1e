import { IdSchema, LocaleSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildHaveYourSayView } from "../../views/have-your-say-view";

export const haveYourSayRouter = router({
  /**
   * How residents take part in a body's meetings, each part cited or null when not on record;
   * with `meetingId`, also that meeting's written deadline and sign-up close, worked out.
   */
  forBody: publicProcedure
    .input(
      z.object({
        id: IdSchema,
        locale: LocaleSchema,
        meetingId: IdSchema.optional().describe("One of the body's meetings, to work out its deadlines."),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [records, meeting] = await Promise.all([
        ctx.repositories.bodyPublicComment(input.id),
        input.meetingId ? ctx.repositories.meetings.get(input.meetingId) : null,
      ]);
      if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body "${input.id}" is on Legible.` });
      if (input.meetingId && meeting?.bodyId !== input.id) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `The body "${input.id}" has no meeting "${input.meetingId}".`,
        });
      }
      return buildHaveYourSayView(records, input.locale, meeting ?? null);
    }),
});
