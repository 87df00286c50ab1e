import type { PublicRouter } from "@legible/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { routing } from "../i18n/routing";

// How the sitemap is split: /sitemap.xml is an index of files under /sitemaps/, each of at most
// 50,000 addresses (the sitemap protocol's limit): one for the site's own pages, then each kind
// of record in id order, a slice of records per file, every record once per language.

export type SitemapKind = inferRouterInputs<PublicRouter>["site"]["sitemapSlice"]["kind"];
export type SitemapCounts = inferRouterOutputs<PublicRouter>["site"]["sitemapCounts"];

/** The order the index lists the kinds in. */
export const SITEMAP_FILE_KINDS = [
  "explainers",
  "measures",
  "votes",
  "people",
  "bodies",
  "meetings",
] as const satisfies readonly SitemapKind[];

/** The sitemap protocol's limit on addresses in one file. */
export const SITEMAP_URLS_PER_FILE = 50_000;

/** One file of the sitemap: the site's own pages, or a slice of one kind's records. */
export type SitemapFile = { name: "pages" } | { name: string; kind: SitemapKind; skip: number; take: number };

/** Records in one file: each record has a page, so an address, in every language. */
export function recordsPerFile(urlsPerFile = SITEMAP_URLS_PER_FILE, languages = routing.locales.length): number {
  return Math.floor(urlsPerFile / languages);
}

/** Every file the index lists, for these counts of records. */
export function sitemapFiles(counts: SitemapCounts, perFile = recordsPerFile()): SitemapFile[] {
  const files: SitemapFile[] = [{ name: "pages" }];
  for (const kind of SITEMAP_FILE_KINDS) {
    for (let skip = 0; skip < counts[kind]; skip += perFile) {
      files.push({ name: `${kind}-${skip / perFile + 1}`, kind, skip, take: perFile });
    }
  }
  return files;
}

/** The file a name such as `measures-3` stands for, or null for a name no index would list. */
export function sitemapFileNamed(name: string, perFile = recordsPerFile()): SitemapFile | null {
  if (name === "pages") return { name };
  const match = /^([a-z]+)-([1-9]\d{0,6})$/.exec(name);
  const kind = SITEMAP_FILE_KINDS.find((known) => known === match?.[1]);
  if (!match || !kind) return null;
  return { name, kind, skip: (Number(match[2]) - 1) * perFile, take: perFile };
}

/** The site-relative address of a sitemap file. */
export function sitemapFilePath(file: SitemapFile): string {
  return `/sitemaps/${file.name}.xml`;
}
