import { z } from "zod";
import { EMBED_SIZE, embedHeightFor, embedIframeHtml, embedPath, parseVoteAddress } from "@/lib/embed-urls";
import { machineText, votesText } from "@/lib/machine-text";
import { badRequestResponse, notFoundResponse, unlessMissing } from "@/lib/route-responses";
import { absolute } from "@/lib/site-paths";
import { siteUrl } from "@/lib/site-url";
import { getPublicApi } from "@/lib/trpc-server";
import { summarizeVote } from "@/lib/vote-summary";

// oEmbed (https://oembed.com): given the address of a vote page or vote card on this site,
// answers with the card as a "rich" embed, an <iframe> sized within maxwidth and maxheight.

const size = z.coerce.number().int().min(1).max(10_000).optional();
const OembedQuery = z.object({
  url: z.string().trim().min(1).max(2000),
  format: z.string().optional(),
  maxwidth: size,
  maxheight: size,
});

const CACHE = "public, max-age=300";

export async function GET(request: Request): Promise<Response> {
  const query = OembedQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return badRequestResponse(
      "Give the address of a vote page on this site as ?url=..., and maxwidth and maxheight as whole numbers if you need them.",
    );
  }
  const { url, format = "json", maxwidth, maxheight } = query.data;
  if (format !== "json") {
    return new Response("Only JSON is offered: ask with format=json.\n", {
      status: 501,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const target = parseVoteAddress(url, siteUrl());
  const api = await getPublicApi();
  const card = target
    ? await unlessMissing(() => api.site.voteCard({ id: target.voteId, locale: target.locale }))
    : null;
  if (!target || !card) return notFoundResponse("That address is not a vote on this site.");

  const t = await machineText(target.locale);
  const summary = summarizeVote(card, target.locale, t, await votesText(target.locale));
  const width = Math.min(EMBED_SIZE.width, maxwidth ?? EMBED_SIZE.width);
  const height = Math.min(embedHeightFor(width), maxheight ?? Number.POSITIVE_INFINITY);
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: t("brand"),
    provider_url: absolute("/"),
    title: t("oembed.title", { body: card.body.name, date: summary.date, result: summary.resultWithTally }),
    html: embedIframeHtml({
      src: absolute(embedPath(target.voteId, target.locale)),
      title: t("oembed.iframeTitle", { result: summary.resultWithTally }),
      width,
      height,
    }),
    width,
    height,
    cache_age: 300,
  };
  return Response.json(body, { headers: { "Cache-Control": CACHE, "Access-Control-Allow-Origin": "*" } });
}
