import { LocaleSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildRecentVotesView } from "../../views/recent-votes-view";
import { buildVoteView } from "../../views/vote-view";
import { recordPageInput } from "./record-inputs";

export const votesRouter = router({
  /** A vote's page: the tally, the math under the body's rules, consistency problems, the roll call. */
  page: publicProcedure.input(recordPageInput).query(async ({ ctx, input }) => {
    const records = await ctx.repositories.voteRecords(input.id);
    if (!records) throw new TRPCError({ code: "NOT_FOUND", message: `No vote "${input.id}" is on Legible.` });
    return buildVoteView(records, input.locale);
  }),
  /** The latest votes, newest first. */
  recent: publicProcedure
    .input(z.object({ locale: LocaleSchema, limit: z.int().min(1).max(20).default(5) }))
    .query(async ({ ctx, input }) =>
      buildRecentVotesView(await ctx.repositories.recentVotes(input.limit), input.locale),
    ),
});
