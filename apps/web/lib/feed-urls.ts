import { IdSchema } from "@legible/core";
import { z } from "zod";
import type { AppLocale } from "../i18n/routing";
import { absolute } from "./site-paths";

// Feed addresses: /feeds/<locale>/site.<format>, /feeds/<locale>/measures/<id>.<format>,
// /feeds/<locale>/people/<id>.<format>, /feeds/<locale>/bodies/<id>.<format> and
// /feeds/<locale>/search/results.<format>?q=<query>, where the format is rss (RSS 2.0), atom
// (Atom 1.0) or json (JSON Feed 1.1).

export const FEED_FORMATS = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export type FeedScope =
  | { kind: "site" }
  | { kind: "measure"; id: string }
  | { kind: "person"; id: string }
  | { kind: "body"; id: string }
  | { kind: "search"; q: string };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The MIME type a `<link rel="alternate">` names for each format (without the charset). */
export const FEED_LINK_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** How a link names each format to readers. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

export function feedPath(locale: AppLocale, scope: FeedScope, format: FeedFormat): string {
  switch (scope.kind) {
    case "site":
      return `/feeds/${locale}/site.${format}`;
    case "measure":
      return `/feeds/${locale}/measures/${encodeURIComponent(scope.id)}.${format}`;
    case "person":
      return `/feeds/${locale}/people/${encodeURIComponent(scope.id)}.${format}`;
    case "body":
      return `/feeds/${locale}/bodies/${encodeURIComponent(scope.id)}.${format}`;
    case "search":
      return `/feeds/${locale}/search/results.${format}?q=${encodeURIComponent(scope.q)}`;
  }
}

export function feedUrl(locale: AppLocale, scope: FeedScope, format: FeedFormat): string {
  return absolute(feedPath(locale, scope, format));
}

/** A feed file name from the address, `<name>.<rss|atom|json>`: the name is a record id (or `site`). */
const FeedFileSchema = z
  .string()
  .regex(/^.+\.(rss|atom|json)$/)
  .transform((file) => {
    const dot = file.lastIndexOf(".");
    return { name: file.slice(0, dot), format: file.slice(dot + 1) as FeedFormat };
  })
  .pipe(z.object({ name: IdSchema, format: z.enum(FEED_FORMATS) }));

/** Reads `vote-1.rss` as `{ name: "vote-1", format: "rss" }`; `null` for anything else. */
export function parseFeedFile(file: string): { name: string; format: FeedFormat } | null {
  const parsed = FeedFileSchema.safeParse(safeDecode(file));
  return parsed.success ? parsed.data : null;
}

/** Next hands dynamic segments over still percent-encoded in some cases; a bad escape is not an id. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
