import {
  LocaleSchema,
  MeasureBrowseFiltersSchema,
  MeetingBrowseFiltersSchema,
  PageNumberSchema,
  type PageWindow,
  pageCount,
  pageSlice,
  pageWindow,
} from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import {
  BROWSE_PAGE_SIZE,
  buildBodyListView,
  buildCurrentOfficialsView,
  buildMeasureListView,
  buildMeetingListView,
  buildPastOfficialsView,
} from "../../views/browse-view";
import { todayInput, todayOr } from "./record-inputs";

const nowInput = z.iso
  .datetime({ offset: true, error: "must be a date-time like 2025-01-14T18:00:00Z" })
  .optional()
  .describe("The instant that splits upcoming from past meetings; the server's clock when left out.");

const pageInput = PageNumberSchema.default(1);
const slice = (page: number) => pageSlice(page, BROWSE_PAGE_SIZE);

/** Where the page sits in a list of `total`; a page past the end is not found, and says how many there are. */
function browseWindow(page: number, total: number, what: string): PageWindow {
  const window = pageWindow(page, BROWSE_PAGE_SIZE, total);
  if (window) return window;
  const pages = pageCount(total, BROWSE_PAGE_SIZE);
  throw new TRPCError({
    code: "NOT_FOUND",
    message: `${what} has ${pages} ${pages === 1 ? "page" : "pages"}; there is no page ${page}.`,
  });
}

/** The browse lists: every measure, official, body and meeting residents may read, a page at a time. */
export const browseRouter = router({
  /** Measures narrowed by stage, kind, body, subject and year of latest action; latest action or title first. */
  measures: publicProcedure
    .input(z.object({ locale: LocaleSchema, filters: MeasureBrowseFiltersSchema, page: pageInput }))
    .query(async ({ ctx, input }) => {
      const { page: records, options } = await ctx.repositories.measureBrowse(input.filters, slice(input.page));
      const paging = browseWindow(input.page, records.total, "This list of measures");
      return buildMeasureListView(records, options, input.filters, paging, input.locale);
    }),

  /** Who holds office today, by body and post. */
  currentOfficials: publicProcedure
    .input(z.object({ locale: LocaleSchema, today: todayInput }))
    .query(async ({ ctx, input }) =>
      buildCurrentOfficialsView(await ctx.repositories.currentOfficials(todayOr(input.today)), input.locale),
    ),

  /** People whose every term on record has ended, by name. */
  pastOfficials: publicProcedure
    .input(z.object({ locale: LocaleSchema, today: todayInput, page: pageInput }))
    .query(async ({ ctx, input }) => {
      const records = await ctx.repositories.pastOfficialsPage(todayOr(input.today), slice(input.page));
      const paging = browseWindow(input.page, records.total, "The list of past officials");
      return buildPastOfficialsView(records, paging, input.locale);
    }),

  /** Every body with how many people sit in it today and its next meeting. */
  bodies: publicProcedure
    .input(z.object({ locale: LocaleSchema, today: todayInput, now: nowInput }))
    .query(async ({ ctx, input }) => {
      const items = await ctx.repositories.bodyList(todayOr(input.today), input.now ? new Date(input.now) : new Date());
      return buildBodyListView(items, input.locale);
    }),

  /** Upcoming (soonest first) or past (latest first) meetings, of one body or all. */
  meetings: publicProcedure
    .input(z.object({ locale: LocaleSchema, filters: MeetingBrowseFiltersSchema, page: pageInput, now: nowInput }))
    .query(async ({ ctx, input }) => {
      const now = input.now ? new Date(input.now) : new Date();
      const [records, bodies] = await Promise.all([
        ctx.repositories.meetingListPage(input.filters, now, slice(input.page)),
        ctx.repositories.meetingBodyOptions(),
      ]);
      const paging = browseWindow(input.page, records.total, `This list of ${input.filters.when} meetings`);
      return buildMeetingListView(records, bodies, input.filters, paging, input.locale);
    }),
});
