import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../../trpc";
import { buildBodyView } from "../../views/body-view";
import { buildBodyVotesView, RECORD_PAGE_LATEST } from "../../views/long-lists";
import { listPageInput, listSlice, listWindow, statementsQuery } from "./list-pages";
import { recordPageInput, todayInput, todayOr } from "./record-inputs";

const notFound = (id: string) => new TRPCError({ code: "NOT_FOUND", message: `No body "${id}" is on Legible.` });

export const bodiesRouter = router({
  /** A body's page: its rules in words with citations, members on a day, latest votes and statements. */
  page: publicProcedure.input(recordPageInput.extend({ today: todayInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.bodyRecords(input.id, RECORD_PAGE_LATEST);
    if (!records) throw notFound(input.id);
    return buildBodyView(records, input.locale, todayOr(input.today));
  }),

  /** One page of every vote a body has held, newest first. */
  votes: publicProcedure.input(listPageInput).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.bodyVotePage(input.id, listSlice(input.page));
    if (!records) throw notFound(input.id);
    const paging = listWindow(input.page, records.totalVotes, `The list of ${records.body.name}'s votes`);
    return buildBodyVotesView(records, paging, input.locale);
  }),

  /** One page of what a body itself is on record saying, newest first. */
  statements: statementsQuery("body", notFound),
});
