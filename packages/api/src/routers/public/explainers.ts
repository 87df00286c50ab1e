import { IdSchema, LocaleSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildExplainerView } from "../../views/explainer-view";
import { todayInput, todayOr } from "./record-inputs";

/** The most a list of latest explainers returns. */
export const MAX_LATEST_EXPLAINERS = 50;

export const explainersRouter = router({
  /** The explainer page of a measure in one language: its latest published revision, with the records it rests on. */
  page: publicProcedure
    .input(z.object({ measureId: IdSchema, locale: LocaleSchema, today: todayInput }))
    .query(async ({ ctx, input }) => {
      const records = await ctx.repositories.publishedExplainerPage(input.measureId, input.locale);
      if (!records) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `No explainer for "${input.measureId}" is published in this language.`,
        });
      }
      // Today decides deadlines gone by and effective dates reached.
      return buildExplainerView(records, input.locale, { asOf: todayOr(input.today) });
    }),

  /** The most recently published explainers in one language, newest first. */
  latest: publicProcedure
    .input(
      z.object({
        locale: LocaleSchema,
        limit: z.int("must be a whole number").min(1, "must be 1 or more").max(MAX_LATEST_EXPLAINERS).default(10),
      }),
    )
    .query(({ ctx, input }) => ctx.repositories.latestPublishedExplainers(input.locale, input.limit)),
});
