import { IdSchema, LocaleSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";

// The machine-readable side of the public site: sitemap, feeds, open data, the embeddable
// vote card and social cards. Each procedure reads one read model (db's queries/site.ts).

const byId = z.object({ id: IdSchema });

/** The most items a feed carries of each kind. */
export const FEED_LIMIT = 20;

function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `No ${what} with the id "${id}" is on Legible.` });
}

export const OPEN_RECORD_KINDS = ["measure", "vote", "person", "body"] as const;

export const siteRouter = router({
  /** Every public page's record with when it last changed; explainers only once published. */
  sitemap: publicProcedure.query(({ ctx }) => ctx.repositories.siteMapEntries()),

  /** The site feed: the latest published explainers in one language and the latest votes. */
  latest: publicProcedure
    .input(z.object({ locale: LocaleSchema }))
    .query(({ ctx, input }) => ctx.repositories.siteLatest(input.locale, FEED_LIMIT)),

  /** A measure's feed: its actions, votes and explainer publications. */
  measureActivity: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const activity = await ctx.repositories.siteMeasureActivity(input.id);
    if (!activity) throw notFound("measure", input.id);
    return activity;
  }),

  /** A person's feed: their latest votes on record (a long career would be thousands) and their statements. */
  personActivity: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const activity = await ctx.repositories.sitePersonActivity(input.id, FEED_LIMIT);
    if (!activity) throw notFound("person", input.id);
    return activity;
  }),

  /** The whole public dataset (explainers only as published), in core's dataset format. */
  dataset: publicProcedure.query(({ ctx }) => ctx.repositories.sitePublicDataset()),

  /** One record with what its open-data formats carry along. */
  openRecord: publicProcedure
    .input(z.object({ kind: z.enum(OPEN_RECORD_KINDS), id: IdSchema }))
    .query(async ({ ctx, input }) => {
      const found = await ctx.repositories.siteOpenRecord(input.kind, input.id);
      if (!found) throw notFound(input.kind, input.id);
      return found;
    }),

  /** The records a page's schema.org JSON-LD describes: a measure, a person or a body. */
  jsonLdRecords: publicProcedure
    .input(z.object({ kind: z.enum(["measure", "person", "body"]), id: IdSchema }))
    .query(async ({ ctx, input }) => {
      const found = await ctx.repositories.siteJsonLdRecords(input.kind, input.id);
      if (!found) throw notFound(input.kind, input.id);
      return found;
    }),

  /** A vote with its body and measure, for the embeddable vote card. */
  voteCard: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const card = await ctx.repositories.siteVoteCard(input.id);
    if (!card) throw notFound("vote", input.id);
    return card;
  }),

  /** A measure's published explainer in one language with its latest vote, for social cards. */
  explainerCard: publicProcedure
    .input(z.object({ measureId: IdSchema, locale: LocaleSchema }))
    .query(async ({ ctx, input }) => {
      const card = await ctx.repositories.siteExplainerCard(input.measureId, input.locale);
      if (!card) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `No published explainer in "${input.locale}" for the measure "${input.measureId}" is on Legible.`,
        });
      }
      return card;
    }),
});
