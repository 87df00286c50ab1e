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
    console.warn(
      status.degraded
        ? `legible: shared cache degraded, serving this machine's own copy (${status.reason})`
        : "legible: shared cache on Redis",
    );
  },
});
store[STATUS] = SharedCacheHandler.status();

export default SharedCacheHandler;
