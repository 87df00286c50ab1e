import { LocaleSchema } from "@legible/core";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildSearchView } from "../../views/search-view";

/** The longest query search takes; the search form says the same with its maxlength. */
export const MAX_QUERY_LENGTH = 200;

export const searchRouter = router({
  /**
   * Full-text search over measures, people, meetings and published explainers, in both languages. Any
   * text is safe: the database layer keeps only words, so quotes and operators match nothing.
   */
  query: publicProcedure
    .input(
      z.object({
        q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
        locale: LocaleSchema,
        limit: z.int().min(1).max(50).default(30),
      }),
    )
    .query(async ({ ctx, input }) => {
      const hits = await ctx.repositories.search(input.q, { limit: input.limit });
      const explainers = await ctx.repositories.publishedExplainersById(
        hits.filter((hit) => hit.recordType === "explainer").map((hit) => hit.recordId),
      );
      const explainerMeasures = new Map(explainers.map((explainer) => [explainer.id, explainer]));
      return buildSearchView(input.q, hits, explainerMeasures, input.locale);
    }),
});
