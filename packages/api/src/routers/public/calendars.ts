import { IdSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildCalendarView } from "../../views/calendar-view";

/**
 * How far back a calendar feed reaches. Subscribed calendar apps replace a feed's events on each
 * refresh, so a year keeps recent meetings in residents' calendars without an unbounded read.
 */
export const CALENDAR_PAST_DAYS = 366;

const calendarInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("body"), id: IdSchema }),
  z.object({ kind: z.literal("measure"), id: IdSchema }),
  z.object({ kind: z.literal("meeting"), id: IdSchema }),
]);

const NOT_FOUND: Record<Exclude<z.infer<typeof calendarInput>["kind"], "all">, string> = {
  body: "No body with this id is on Legible.",
  measure: "No measure with this id is on Legible.",
  meeting: "No meeting with this id is on Legible.",
};

export const calendarsRouter = router({
  /** The meetings of a calendar feed: every body's, one body's, a measure's hearings, or one meeting. */
  meetings: publicProcedure.input(calendarInput).query(async ({ ctx, input }) => {
    const since = new Date(Date.now() - CALENDAR_PAST_DAYS * 86_400_000);
    const records = await ctx.repositories.calendarMeetings(input, since);
    if (!records) {
      throw new TRPCError({ code: "NOT_FOUND", message: input.kind === "all" ? "Not found." : NOT_FOUND[input.kind] });
    }
    return buildCalendarView(records);
  }),
});
