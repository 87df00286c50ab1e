import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../../trpc";
import { buildBodyView } from "../../views/body-view";
import { recordPageInput, todayInput, todayOr } from "./record-inputs";

export const bodiesRouter = router({
  /** A body's page: its rules in words with citations, members on a day, recent votes, statements. */
  page: publicProcedure.input(recordPageInput.extend({ today: todayInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.bodyRecords(input.id);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body "${input.id}" is on Legible.` });
    return buildBodyView(records, input.locale, todayOr(input.today));
  }),
});
