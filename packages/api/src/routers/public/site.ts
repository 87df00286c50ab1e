import { IdSchema, type Locale, LocaleSchema, measureStage, type VoteEvent } from "@legible/core";
import { type Repositories, SITEMAP_KINDS } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc";
import { type VoteDecisionView, voteDecisionView } from "../../views/vote-decision-view";
import { todayInput, todayOr } from "./record-inputs";

// The machine-readable side of the public site: sitemap, feeds, open data, the embeddable
// vote card and social cards. Each procedure reads one read model (db's queries/site.ts). The
// whole dataset is no procedure: the open-data files are written by a job (../../open-data).

const byId = z.object({ id: IdSchema });
/** A record in one language: a feed or card words its votes' decisions in it. */
const byIdIn = byId.extend({ locale: LocaleSchema.default("en") });

type VoteRules = Awaited<ReturnType<Repositories["siteLatest"]>>["voteRules"];

/** Core's decision on each vote (no citations: feeds and cards cite no sources), by vote id. */
export function voteDecisionsById(
  votes: readonly VoteEvent[],
  rules: VoteRules,
  locale: Locale,
): Record<string, VoteDecisionView<null>> {
  return Object.fromEntries(
    votes.map((vote) => {
      const kind = vote.measureId ? rules.measures[vote.measureId] : undefined;
      const decision = voteDecisionView({
        vote,
        measure: kind ? { classification: kind } : null,
        rules: rules.bodies[vote.bodyId],
        locale,
        cite: () => null,
      });
      return [vote.id, decision];
    }),
  );
}

/** The most records one sitemap file lists: 50,000 addresses (the sitemap protocol's limit), one per language. */
export const SITEMAP_MAX_RECORDS = 25_000;

/** The most items a feed carries of each kind. */
export const FEED_LIMIT = 20;

function notFound(what: string, id: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `No ${what} with the id "${id}" is on Legible.` });
}

export const OPEN_RECORD_KINDS = ["measure", "vote", "person", "body"] as const;

export const siteRouter = router({
  /** How many records of each kind have a public page: the sitemap index splits them into files. */
  sitemapCounts: publicProcedure.query(({ ctx }) => ctx.repositories.siteMapCounts()),

  /**
   * One sitemap file's records of a kind, in id order: ids and dates only, at most
   * SITEMAP_MAX_RECORDS (a file's 50,000 addresses, one per language). Explainers come by measure,
   * with the languages each is published in.
   */
  sitemapSlice: publicProcedure
    .input(
      z.object({
        kind: z.enum(SITEMAP_KINDS),
        skip: z.number().int().min(0),
        take: z.number().int().min(1).max(SITEMAP_MAX_RECORDS),
      }),
    )
    .query(async ({ ctx, input: { kind, ...slice } }) =>
      kind === "explainers"
        ? { kind, explainers: await ctx.repositories.siteMapExplainerSlice(slice), records: [] }
        : { kind, explainers: [], records: await ctx.repositories.siteMapRecordSlice(kind, slice) },
    ),

  /**
   * The site feed: the latest published explainers in one language and the latest votes, each
   * with core's decision on it.
   */
  latest: publicProcedure.input(z.object({ locale: LocaleSchema })).query(async ({ ctx, input }) => {
    const { voteRules, ...latest } = await ctx.repositories.siteLatest(input.locale, FEED_LIMIT);
    return { ...latest, decisions: voteDecisionsById(latest.votes, voteRules, input.locale) };
  }),

  /** A measure's feed: its actions, votes (each with core's decision) and explainer publications. */
  measureActivity: publicProcedure.input(byIdIn).query(async ({ ctx, input }) => {
    const activity = await ctx.repositories.siteMeasureActivity(input.id);
    if (!activity) throw notFound("measure", input.id);
    const { voteRules, ...rest } = activity;
    return { ...rest, decisions: voteDecisionsById(rest.votes, voteRules, input.locale) };
  }),

  /**
   * A person's feed: their latest votes on record (a long career would be thousands), each with
   * core's decision, and their latest statements, FEED_LIMIT of each.
   */
  personActivity: publicProcedure.input(byIdIn).query(async ({ ctx, input }) => {
    const activity = await ctx.repositories.sitePersonActivity(input.id, FEED_LIMIT);
    if (!activity) throw notFound("person", input.id);
    const { voteRules, ...rest } = activity;
    return { ...rest, decisions: voteDecisionsById(rest.votes, voteRules, input.locale) };
  }),

  /** One record with what its open-data formats carry along. */
  openRecord: publicProcedure
    .input(z.object({ kind: z.enum(OPEN_RECORD_KINDS), id: IdSchema }))
    .query(async ({ ctx, input }) => {
      const found = await ctx.repositories.siteOpenRecord(input.kind, input.id);
      if (!found) throw notFound(input.kind, input.id);
      return found;
    }),

  /**
   * The records a page's schema.org JSON-LD describes: a measure (with its stage, worked out as
   * its page works it out, for `today`), a person or a body.
   */
  jsonLdRecords: publicProcedure
    .input(z.object({ kind: z.enum(["measure", "person", "body"]), id: IdSchema, today: todayInput }))
    .query(async ({ ctx, input }) => {
      const found = await ctx.repositories.siteJsonLdRecords(input.kind, input.id);
      if (!found) throw notFound(input.kind, input.id);
      if (found.kind !== "measure") return found;
      const { measure, body, actions, votes } = found;
      const stage = measureStage({
        measure,
        actions,
        body: body ?? undefined,
        votes: body ? votes.filter((vote) => vote.bodyId === body.id) : [],
        asOf: todayOr(input.today),
      });
      return { ...found, stage };
    }),

  /** A vote with its body and measure and core's decision on it, for the embeddable vote card. */
  voteCard: publicProcedure.input(byIdIn).query(async ({ ctx, input }) => {
    const card = await ctx.repositories.siteVoteCard(input.id);
    if (!card) throw notFound("vote", input.id);
    const { vote, body, measure } = card;
    const decision = voteDecisionView({ vote, measure, rules: body.rules, locale: input.locale, cite: () => null });
    return { ...card, decision };
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
      const { vote, body, measure } = card;
      const decision = vote
        ? voteDecisionView({ vote, measure, rules: body?.rules, locale: input.locale, cite: () => null })
        : null;
      return { ...card, decision };
    }),
});
