import type { IncomingMessage, ServerResponse } from "node:http";
import { knownTags } from "@legible/core";
import { addRequestMeta } from "next/dist/server/request-meta.js";

/**
 * Sends a cached page's tags to a CDN in front (`Cache-Tag`, `Surrogate-Key`), so a purge by tag
 * removes exactly the pages that show a changed record.
 *
 * Next keeps the tags a page collected while rendering (lib/page-tags.ts) with its cache entry as
 * `x-next-cache-tags`, but sends them only in its minimal (Vercel) mode. The `onCacheEntry`
 * request hook, which Next calls with the entry it is about to serve (freshly rendered or from
 * the cache), is the one place they can be read; returning false lets Next serve it as usual.
 * Route handlers (feeds, downloads, the vote card) set the same headers themselves.
 */
export function sendCacheTagHeaders(request: IncomingMessage, response: ServerResponse): void {
  addRequestMeta(request, "onCacheEntry", (entry) => {
    const value = entry.value;
    const headers = value && "headers" in value ? value.headers : undefined;
    const collected = headers?.["x-next-cache-tags"];
    if (typeof collected === "string" && !response.headersSent) {
      const tags = knownTags(collected.split(","));
      if (tags.length > 0) {
        response.setHeader("Cache-Tag", tags.join(","));
        response.setHeader("Surrogate-Key", tags.join(" "));
      }
    }
    return false;
  });
}
