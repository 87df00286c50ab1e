import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where Next keeps the pages it rendered (without REDIS_URL), in the app's folder. */
export const PAGE_CACHE = path.join(".next", "server", "route-cache");
// The build those pages were made by.
const MADE_BY = "legible-build-id";

/**
 * Empties Next's page cache on disk when it holds pages of another build. A build restored from
 * turbo's cache is written over the folder without emptying it (Next's own build empties it), so
 * the last build's pages, which name that build's scripts and stylesheet, would be served again.
 * Returns whether it emptied the cache. Runs before the server takes requests.
 */
export function forgetOtherBuildsPages(appDir: string): boolean {
  const buildIdFile = path.join(appDir, ".next", "BUILD_ID");
  if (!existsSync(buildIdFile)) return false;
  const buildId = readFileSync(buildIdFile, "utf8").trim();
  const cache = path.join(appDir, PAGE_CACHE);
  const marker = path.join(cache, MADE_BY);
  const madeBy = existsSync(marker) ? readFileSync(marker, "utf8").trim() : null;
  if (madeBy === buildId) return false;
  const hadPages = existsSync(cache);
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(marker, `${buildId}\n`);
  return hadPages;
}
