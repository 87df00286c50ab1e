import { IdSchema, LocaleSchema } from "@legible/core";
import { recordDateKey } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { buildSearchView } from "../../views/search-view";
import { MAX_QUERY_LENGTH } from "./search";
import { FEED_LIMIT, voteDecisionsById } from "./site";

// The feeds beside the site's, a measure's and a person's (site.ts): a body's and a search's.

/** The most matches a search's feed carries: the most relevant this many, newest first. */
export const SEARCH_FEED_LIMIT = 50;

function plain(parts: ReadonlyArray<{ text: string }>): string {
  return parts.map((part) => part.text).join("");
}

export const feedsRouter = router({
  /** A body's feed: its latest votes (each with core's decision) and the latest steps it took. */
  bodyActivity: publicProcedure
    .input(z.object({ id: IdSchema, locale: LocaleSchema.default("en") }))
    .query(async ({ ctx, input }) => {
      const activity = await ctx.repositories.siteBodyActivity(input.id, FEED_LIMIT);
      if (!activity) {
        throw new TRPCError({ code: "NOT_FOUND", message: `No body with the id "${input.id}" is on Legible.` });
      }
      const { voteRules, ...rest } = activity;
      return { ...rest, decisions: voteDecisionsById(rest.votes, voteRules, input.locale) };
    }),

  /**
   * A search's feed: the SEARCH_FEED_LIMIT most relevant matches, newest first (a measure by its
   * latest step, a meeting by its start, an explainer by its latest publication, a person by
   * their record's last change), as plain text. The query is validated as search's own.
   */
  search: publicProcedure
    .input(
      z.object({
        q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
        locale: LocaleSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const hits = await ctx.repositories.search(input.q, { limit: SEARCH_FEED_LIMIT });
      const [explainers, dates] = await Promise.all([
        ctx.repositories.publishedExplainersById(
          hits.filter((hit) => hit.recordType === "explainer").map((hit) => hit.recordId),
        ),
        ctx.repositories.siteRecordDates(hits),
      ]);
      const view = buildSearchView(input.q, hits, new Map(explainers.map((e) => [e.id, e])), input.locale);
      const items = view.results.flatMap((result) => {
        const date = dates.get(recordDateKey({ recordType: result.type, recordId: result.id }));
        if (!date) return [];
        const { type, id, path, locale } = result;
        return [{ type, id, path, locale, date, title: plain(result.title), snippet: plain(result.snippet) }];
      });
      items.sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
      return { query: input.q, items };
    }),
});
