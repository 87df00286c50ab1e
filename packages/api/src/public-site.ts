import { ALL_TAG, type Invalidation, knownTags } from "@legible/core";
import { SIGNATURE_HEADER, signBody } from "./http/signed-invalidation";
import { type PurgeWebhook, purgeWebhookFromEnv } from "./purge-webhook";

/** What changed: the cache tags of the records a save touched (core's `tagsChangedBy`), or everything. */
export type SiteChange = readonly string[] | typeof ALL_TAG;

/** The public site, as the staff app sees it: pages to refresh after a save, a publish or a sync. */
export interface PublicSite {
  /**
   * Refreshes the pages tagged with `change` on every public machine and asks the CDN (when a
   * purge webhook is set) to drop them. True when every machine confirmed.
   */
  refresh(change: SiteChange): Promise<boolean>;
}

const REFRESH_TIMEOUT_MS = 5_000;

/**
 * How long after a refresh the machines are told again. A page whose render read the records
 * before the save and was stored after the first call would otherwise be kept as fresh (Next
 * dates an entry by when it was stored), and a visit in the first instant after a call can be
 * served stale while Next renders it behind, where a redirect loses its Location (both seen in
 * the browser specs under load). Renders take well under this.
 */
export const SETTLE_MS = 1_500;

/** `LEGIBLE_PUBLIC_URLS` (comma-separated, one per web machine), else `LEGIBLE_PUBLIC_URL`. */
export function publicSiteUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.LEGIBLE_PUBLIC_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  const single = env.LEGIBLE_PUBLIC_URL?.trim();
  return listed.length > 0 ? listed : single ? [single] : [];
}

/** The call's body: the known tags, or `all`. Unknown tags are left out here already. */
export function invalidationOf(change: SiteChange): Invalidation {
  return change === ALL_TAG ? { tags: [], all: true } : { tags: knownTags(change) };
}

/**
 * Calls every public machine's POST /api/revalidate with the change, signed with
 * LEGIBLE_REVALIDATE_SECRET (./http/signed-invalidation.ts), again after SETTLE_MS, and the
 * purge webhook in the background. A failure never undoes a save: cached pages then expire on their own schedule
 * (five minutes), and the caller says so.
 */
export function publicSiteFromEnv(env: NodeJS.ProcessEnv = process.env): PublicSite | null {
  const urls = publicSiteUrls(env);
  const secret = env.LEGIBLE_REVALIDATE_SECRET?.trim();
  const webhook = purgeWebhookFromEnv(env);
  if (urls.length === 0 || !secret) return null;
  const endpoints = urls.map((url) => new URL("/api/revalidate", url).toString());
  return {
    async refresh(change) {
      const invalidation = invalidationOf(change);
      if (!invalidation.all && invalidation.tags.length === 0) return true;
      const body = JSON.stringify(invalidation);
      webhook?.purge(invalidation);
      const answers = await Promise.all(endpoints.map((endpoint) => post(endpoint, body, secret)));
      setTimeout(() => {
        for (const endpoint of endpoints) void post(endpoint, body, secret);
      }, SETTLE_MS).unref();
      return answers.every(Boolean);
    },
  };
}

export type { PurgeWebhook };

async function post(endpoint: string, body: string, secret: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(secret, body) },
      body,
      signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}
