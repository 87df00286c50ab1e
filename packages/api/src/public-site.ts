/** The public site, as the staff app sees it: something to refresh after a publish. */
export interface PublicSite {
  /** True when the site confirmed it will rebuild its cached pages. */
  refresh(): Promise<boolean>;
}

const REFRESH_TIMEOUT_MS = 5_000;

/**
 * Calls the public site's POST /api/revalidate with the shared secret. A failure never undoes
 * a publish: cached pages then expire on their own schedule, and the caller says so.
 */
export function publicSiteFromEnv(env: NodeJS.ProcessEnv = process.env): PublicSite | null {
  const base = env.LEGIBLE_PUBLIC_URL?.trim();
  const secret = env.LEGIBLE_REVALIDATE_SECRET?.trim();
  if (!base || !secret) return null;
  const endpoint = new URL("/api/revalidate", base).toString();
  return {
    async refresh() {
      try {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { authorization: `Bearer ${secret}` },
          signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
        });
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}
