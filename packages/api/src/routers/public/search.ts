import {
  LocaleSchema,
  PageNumberSchema,
  pageCount,
  pageWindow,
  SEARCH_PAGE_SIZE,
  SearchFiltersSchema,
} from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildSearchPageView } from "../../views/search-view";

/** The longest query search takes; the search form says the same with its maxlength. */
export const MAX_QUERY_LENGTH = 200;

export const searchRouter = router({
  /**
   * Full-text search over measures, people, meetings and published explainers, in both languages,
   * narrowed by kind, stage, body and year, best match or newest first, a page at a time, with
   * the counts of what matched (at most SEARCH_COUNT_CAP are counted). Any text is safe: the
   * database layer keeps only words, so quotes and operators match nothing.
   */
  query: publicProcedure
    .input(
      z.object({
        q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
        locale: LocaleSchema,
        limit: z.int().min(1).max(50).default(SEARCH_PAGE_SIZE),
        page: PageNumberSchema.default(1),
        filters: SearchFiltersSchema.default({ sort: "relevance" }),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { filters, limit, page } = input;
      const found = await ctx.repositories.searchPage(input.q, {
        recordType: filters.kind,
        stage: filters.stage,
        bodyId: filters.body,
        year: filters.year,
        sort: filters.sort,
        offset: (page - 1) * limit,
        limit,
      });
      // Only the counted matches are paged through, so the last page is bounded whatever the word.
      const window = pageWindow(page, limit, found.total);
      if (!window) {
        const pages = pageCount(found.total, limit);
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `This search has ${pages} ${pages === 1 ? "page" : "pages"}; there is no page ${page}.`,
        });
      }
      const explainers = await ctx.repositories.publishedExplainersById(
        found.hits.filter((hit) => hit.recordType === "explainer").map((hit) => hit.recordId),
      );
      const explainerMeasures = new Map(explainers.map((explainer) => [explainer.id, explainer]));
      return buildSearchPageView(input.q, found, explainerMeasures, input.locale, { filters, paging: window });
    }),
});
