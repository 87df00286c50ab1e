import { type HealthPart, healthResponse } from "@legible/api/server";
import { sharedCacheStatus } from "@/lib/shared-cache-status";

export const dynamic = "force-dynamic";

/** The shared page cache, when this machine has one (REDIS_URL): degraded while Redis does not answer. */
function cachePart(): HealthPart[] {
  if (!process.env.REDIS_URL) return [];
  const status = sharedCacheStatus();
  if (!status) return [{ name: "cache", state: "ok", detail: "Redis; not used yet since this machine started" }];
  return [
    status.degraded
      ? {
          name: "cache",
          state: "degraded",
          detail: `this machine's own copy: ${status.reason ?? "Redis is not answering"}`,
        }
      : { name: "cache", state: "ok", detail: "Redis, shared by every web machine" },
  ];
}

export function GET(): Promise<Response> {
  return healthResponse(cachePart());
}
