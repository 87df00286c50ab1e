import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../../trpc";
import { buildMeasureView } from "../../views/measure-view";
import { recordPageInput, todayInput, todayOr } from "./record-inputs";

export const measuresRouter = router({
  /** A measure's page: the record, its stage and next steps, timeline, votes, statements and sources. */
  page: publicProcedure.input(recordPageInput.extend({ today: todayInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.measureRecords(input.id);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No measure "${input.id}" is on Legible.` });
    // Today decides deadlines gone by and effective dates reached.
    return buildMeasureView(records, input.locale, todayOr(input.today));
  }),
});
