// @ts-check
import { createSharedCacheHandler } from "./cache/shared-cache-handler.mjs";

// next.config.ts names this file as the cache handler when REDIS_URL is set: every web machine
// then shares one page and data cache. The status is left on globalThis for /api/health, which
// runs in the same process but in Next's own bundle of the app.

const url = process.env.REDIS_URL;
if (!url) throw new Error("cache-handler.mjs needs REDIS_URL (next.config.ts names it only when it is set).");

const STATUS = Symbol.for("legible.sharedCacheStatus");
const store = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

const SharedCacheHandler = createSharedCacheHandler({
  url,
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
