// @ts-check
import { readFileSync } from "node:fs";
import { createSharedCacheHandler } from "./cache/shared-cache-handler.mjs";

// next.config.ts names this file as the cache handler when REDIS_URL is set: every web machine
// then shares one page and data cache. The status is left on globalThis for /api/health, which
// runs in the same process but in Next's own bundle of the app.

const url = process.env.REDIS_URL;
if (!url) throw new Error("cache-handler.mjs needs REDIS_URL (next.config.ts names it only when it is set).");

const STATUS = Symbol.for("legible.sharedCacheStatus");
const store = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

/**
 * Which build this machine serves: its pages name that build's scripts, so they are kept apart
 * from another build's. Turbo's hash of the sources (stamped by scripts/lib/stamp-build.mjs) is
 * the same on every machine that built the same commit, so they share pages; Next's own build id,
 * random per build, is the fallback for a build made outside turbo.
 */
function buildKey() {
  for (const file of ["./.next/legible-build-hash", "./.next/BUILD_ID"]) {
    try {
      return readFileSync(new URL(file, import.meta.url), "utf8").trim();
    } catch {}
  }
  return "development";
}

const SharedCacheHandler = createSharedCacheHandler({
  url,
  build: buildKey(),
  onStatus(status) {
    store[STATUS] = status;
    // One JSON line like the rest of the site's log (@legible/observe), written by hand: Next
    // loads this file by path, as plain JavaScript, where the TypeScript package cannot follow.
    const line = {
      level: status.degraded ? 40 : 30,
      time: new Date().toISOString(),
      app: "web",
      part: "cache",
      msg: status.degraded
        ? `shared cache degraded, serving this machine's own copy (${status.reason})`
        : "shared cache on Redis",
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  },
});
store[STATUS] = SharedCacheHandler.status();

export default SharedCacheHandler;
