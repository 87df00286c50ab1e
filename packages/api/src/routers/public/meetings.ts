import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildBodyMeetingPageView, buildBodyMeetingsView, buildMeetingView } from "../../views/meeting-view";
import { listPageInput, listSlice, listWindow } from "./list-pages";
import { recordPageInput } from "./record-inputs";

/** How many of its next and of its latest meetings a body's page lists. */
export const BODY_PAGE_MEETINGS = 5;

const nowInput = z.iso
  .datetime({ offset: true, error: "must be a date-time like 2025-01-14T18:00:00Z" })
  .optional()
  .describe("The instant that splits upcoming from past meetings; the server's clock when left out.");

const nowOr = (now: string | undefined) => (now ? new Date(now) : new Date());

export const meetingsRouter = router({
  /** A meeting's page: when (in its own zone) and where, its status, agenda, documents and media. */
  page: publicProcedure.input(recordPageInput).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.meetingRecords(input.id);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No meeting "${input.id}" is on Legible.` });
    return buildMeetingView(records, input.locale);
  }),

  /** A body's next few meetings (soonest first) and latest few (latest first), for its page. */
  ofBody: publicProcedure.input(recordPageInput.extend({ now: nowInput })).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.bodyMeetings(input.id, nowOr(input.now), BODY_PAGE_MEETINGS);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body "${input.id}" is on Legible.` });
    return buildBodyMeetingsView(records, input.locale);
  }),

  /** One page of a body's upcoming meetings (soonest first) or past ones (latest first). */
  bodyList: publicProcedure
    .input(listPageInput.extend({ when: z.enum(["upcoming", "past"]), now: nowInput }))
    .query(async ({ ctx, input }) => {
      const records = await ctx.repositories.bodyMeetingPage(
        input.id,
        input.when,
        nowOr(input.now),
        listSlice(input.page),
      );
      if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No body "${input.id}" is on Legible.` });
      const paging = listWindow(input.page, records.total, `The list of ${records.body.name}'s ${input.when} meetings`);
      return buildBodyMeetingPageView(records, input.when, paging, input.locale);
    }),
});
