import type { SharedCacheStatus } from "../cache/shared-cache-handler.mjs";

const STATUS = Symbol.for("legible.sharedCacheStatus");

/** What the shared cache (cache-handler.mjs) last reported; null before it is first used, or without REDIS_URL. */
export function sharedCacheStatus(): SharedCacheStatus | null {
  return ((globalThis as Record<symbol, unknown>)[STATUS] as SharedCacheStatus | undefined) ?? null;
}
