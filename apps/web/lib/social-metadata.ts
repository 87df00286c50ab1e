import { loadExplainerCard } from "./explainer-card";
import "server-only";
import { blockText, plainText } from "@legible/core";
import type { Metadata } from "next";
import { type AppLocale, routing } from "../i18n/routing";
import { embedPath, oembedUrl } from "./embed-urls";
import { FEED_FORMAT_NAMES, FEED_FORMATS, FEED_LINK_TYPES, type FeedScope, feedUrl } from "./feed-urls";
import { machineText } from "./machine-text";
import { absolute, recordUrl } from "./site-paths";

// Metadata the page owners spread into their generateMetadata: feed and oEmbed discovery links
// (<link rel="alternate">), and the Open Graph and Twitter fields of an explainer. The card
// images come from opengraph-image.tsx and twitter-image.tsx beside the explainer page.

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

const OPEN_GRAPH_LOCALES: Record<AppLocale, string> = { en: "en_US", es: "es_US" };

/**
 * `<link rel="alternate" type="application/rss+xml">`, Atom and JSON Feed links for a page: the
 * site feed by default, or the feed of the measure, person, body or search the page is about.
 */
export async function feedLinkTypes(locale: AppLocale, scope: FeedScope = { kind: "site" }): Promise<AlternateTypes> {
  const t = await machineText(locale);
  const title = t(`feeds.linkTitle.${scope.kind}`);
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_LINK_TYPES[format],
      [{ url: feedUrl(locale, scope, format), title: `${title} (${FEED_FORMAT_NAMES[format]})` }],
    ]),
  );
}

/**
 * The search page's feed links for a query search would run (none for an empty or too-long
 * query: the layout's site feed stays), spread into its metadata.
 */
export async function searchFeedMetadata(locale: AppLocale, query: string, maxLength: number): Promise<Metadata> {
  const q = query.trim();
  if (!q || q.length > maxLength) return {};
  return { alternates: { types: await feedLinkTypes(locale, { kind: "search", q }) } };
}

/** The oEmbed discovery link for a vote page, so sites that paste its address get the card. */
export function voteOembedLinkTypes(locale: AppLocale, voteId: string, title: string): AlternateTypes {
  return { "application/json+oembed": [{ url: oembedUrl(recordUrl("vote", voteId, locale)), title }] };
}

/** The vote page's embed address, for pages that show the copy-this-code snippet. */
export function voteEmbedUrl(locale: AppLocale, voteId: string): string {
  return absolute(embedPath(voteId, locale));
}

/**
 * Open Graph and Twitter card fields for a published explainer: an article with its headline,
 * its summary and publish dates. Empty when the explainer is not published in this language.
 */
export async function explainerSocialMetadata(
  locale: AppLocale,
  measureId: string,
): Promise<Pick<Metadata, "openGraph" | "twitter">> {
  const card = await loadExplainerCard(measureId, locale);
  if (!card) return {};
  const { explainer } = card;
  const summary = explainer.blocks.find((block) => block.kind === "summary");
  const description = summary ? plainText(blockText(summary)) : undefined;
  const t = await machineText(locale);
  return {
    openGraph: {
      type: "article",
      url: recordUrl("explainer", measureId, locale),
      title: explainer.headline,
      ...(description ? { description } : {}),
      siteName: t("brand"),
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      publishedTime: explainer.revisions[0]?.publishedAt,
      modifiedTime: explainer.revisions.at(-1)?.publishedAt,
    },
    twitter: {
      card: "summary_large_image",
      title: explainer.headline,
      ...(description ? { description } : {}),
    },
  };
}
