import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../../trpc";
import { buildPersonVotesView, RECORD_PAGE_LATEST } from "../../views/long-lists";
import { buildPersonView } from "../../views/person-view";
import { listPageInput, listSlice, listWindow, statementsQuery } from "./list-pages";
import { recordPageInput, todayInput, todayOr } from "./record-inputs";

const notFound = (id: string) => new TRPCError({ code: "NOT_FOUND", message: `No person "${id}" is on Legible.` });

export const peopleRouter = router({
  /** A person's page: roles, latest votes and share with the majority, latest statements, sources. */
  page: publicProcedure.input(recordPageInput.extend({ today: todayInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.personRecords(input.id, RECORD_PAGE_LATEST);
    if (!records) throw notFound(input.id);
    return buildPersonView(records, input.locale, todayOr(input.today));
  }),

  /** One page of a person's whole voting record, newest vote first. */
  votes: publicProcedure.input(listPageInput).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.personVotePage(input.id, listSlice(input.page));
    if (!records) throw notFound(input.id);
    const paging = listWindow(input.page, records.totalVotes, `${records.person.name}'s voting record`);
    return buildPersonVotesView(records, paging, input.locale);
  }),

  /** One page of what a person is on record saying, newest first. */
  statements: statementsQuery("person", notFound),
});
