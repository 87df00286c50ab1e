import "server-only";
import { type TaggedKind, tagsShownBy } from "@legible/core";
import { unstable_cache } from "next/cache";

export interface PageTagOptions {
  /** The page's own record, when it is one record's page. */
  own?: { kind: TaggedKind; id: string };
  /** Shared tags the page stands for: `home`, `feeds`, `open-data`, a kind's list. */
  shared?: readonly string[];
}

/**
 * Tags the page being rendered with every record `view` shows (core's `tagsShownBy`), so a save
 * refreshes exactly the pages that show what it changed.
 *
 * Next 16 without `cacheComponents` has no call that tags a page directly: an ISR page's cache
 * entry takes the tags of every `unstable_cache` call made while it renders (they become its
 * `x-next-cache-tags`, which `revalidateTag` checks). So this makes one call whose only work is
 * to carry the tags; its own entry is a `true` the size of a few bytes.
 */
export async function tagPage(view: unknown, options: PageTagOptions = {}): Promise<string[]> {
  const tags = tagsShownBy(view, options);
  if (tags.length > 0) await unstable_cache(async () => true, ["legible-page-tags", tags.join(",")], { tags })();
  return tags;
}

/**
 * The headers a CDN purges by: `Cache-Tag` (comma-separated, Cloudflare and Akamai) and
 * `Surrogate-Key` (space-separated, Fastly). Core's tags hold neither a comma nor a space.
 */
export function cdnTagHeaders(tags: readonly string[]): Record<string, string> {
  if (tags.length === 0) return {};
  return { "Cache-Tag": tags.join(","), "Surrogate-Key": tags.join(" ") };
}

/**
 * A route handler's answer (a feed, a download, the vote card) tagged like a page: Next keeps the
 * tags with its cached copy, and the CDN headers go out with it (and are replayed from the cache).
 */
export async function withCacheTags(response: Response, view: unknown, options: PageTagOptions): Promise<Response> {
  const tags = await tagPage(view, options);
  for (const [name, value] of Object.entries(cdnTagHeaders(tags))) response.headers.set(name, value);
  return response;
}
