import { IdSchema } from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import { safeDecode } from "./feed-urls";
import { absolute } from "./site-paths";

// The embeddable vote card's addresses. Sites embed /embed/votes/<id> (English) or
// /embed/votes/<id>?lang=es (Spanish); next.config.ts rewrites them to /embed/<lang>/votes/<id>,
// so each language is its own cacheable page with the right <html lang>.

/** The card's size when nothing smaller is asked for: fits a sidebar or an article column. */
export const EMBED_SIZE = { width: 480, height: 280 } as const;

/**
 * The height the card needs at a width, measured in Chromium with the seed story's longest
 * lines: narrower cards wrap onto more lines.
 */
export function embedHeightFor(width: number): number {
  if (width >= 460) return EMBED_SIZE.height;
  if (width >= 360) return 340;
  return 440;
}

export function embedPath(voteId: string, locale: AppLocale): string {
  return `/embed/votes/${encodeURIComponent(voteId)}${locale === "es" ? "?lang=es" : ""}`;
}

/** The oEmbed endpoint's address for a page on this site. */
export function oembedUrl(pageUrl: string): string {
  return absolute(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The <iframe> other sites paste: titled for screen readers, without a border, loaded lazily. */
export function embedIframeHtml(options: { src: string; title: string; width: number; height: number }): string {
  const { src, title, width, height } = options;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

const VOTE_PAGE = /^\/(?:(en|es)\/)?votes\/([^/]+)\/?$/;
const EMBED_PAGE = /^\/embed\/(?:(en|es)\/)?votes\/([^/]+)\/?$/;

/**
 * Reads a vote page's or a vote card's address on this site: `/votes/<id>`, `/es/votes/<id>`,
 * `/embed/votes/<id>?lang=es` or `/embed/es/votes/<id>`. `null` for anything else, including
 * addresses on other sites.
 */
export function parseVoteAddress(address: string, site: URL): { voteId: string; locale: AppLocale } | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.origin !== site.origin) return null;
  const match = VOTE_PAGE.exec(url.pathname) ?? EMBED_PAGE.exec(url.pathname);
  if (!match) return null;
  const isEmbed = url.pathname.startsWith("/embed/");
  const locale: AppLocale =
    match[1] === "es" || (isEmbed && match[1] === undefined && url.searchParams.get("lang") === "es") ? "es" : "en";
  const voteId = IdSchema.safeParse(safeDecode(match[2] ?? ""));
  return voteId.success ? { voteId: voteId.data, locale } : null;
}
