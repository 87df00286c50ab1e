import type { Body, Locale, Measure, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { bodyKind } from "../../kinds/body";
import { measureKind } from "../../kinds/measure";
import { voteEventKind } from "../../kinds/vote-event";
import { publishedExplainers, voteEventIdsFor } from "./reads";

/** The read models of cards shown off the site: the embeddable vote card and social cards. */
export function cardQueries(prisma: PrismaDatabase) {
  return {
    /** A vote with its body and measure, for the embeddable card; `null` if there is no such vote. */
    async siteVoteCard(voteId: string): Promise<{ vote: VoteEvent; body: Body; measure: Measure | null } | null> {
      const vote = await voteEventKind.find(prisma, voteId);
      if (!vote) return null;
      const [body, measure] = await Promise.all([
        bodyKind.find(prisma, vote.bodyId),
        vote.measureId ? measureKind.find(prisma, vote.measureId) : null,
      ]);
      return body ? { vote, body, measure } : null;
    },

    /**
     * A measure's published explainer in one language, with the measure and its latest vote
     * (and that vote's body), for social cards; `null` if that explainer is not published.
     */
    async siteExplainerCard(measureId: string, locale: Locale) {
      const row = await prisma.explainer.findUnique({
        where: { measureId_locale: { measureId, locale } },
        select: { id: true },
      });
      const explainer = row ? (await publishedExplainers(prisma, [row.id]))[0] : undefined;
      const measure = explainer ? await measureKind.find(prisma, measureId) : null;
      if (!explainer || !measure) return null;
      const [latestVoteId] = await voteEventIdsFor(prisma, { measureId });
      const vote = latestVoteId ? await voteEventKind.find(prisma, latestVoteId) : null;
      const body = vote ? await bodyKind.find(prisma, vote.bodyId) : null;
      return { explainer, measure, vote, body };
    },
  };
}
