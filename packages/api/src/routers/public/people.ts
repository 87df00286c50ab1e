import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../../trpc";
import { buildPersonView, PERSON_PAGE_VOTES } from "../../views/person-view";
import { recordPageInput, todayInput, todayOr } from "./record-inputs";

export const peopleRouter = router({
  /** A person's page: roles, voting record and share with the majority, statements and sources. */
  page: publicProcedure.input(recordPageInput.extend({ today: todayInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.personRecords(input.id, PERSON_PAGE_VOTES);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No person "${input.id}" is on Legible.` });
    return buildPersonView(records, input.locale, todayOr(input.today));
  }),
});
