import { healthResponse, purgeHealthParts, queueHealthParts } from "@legible/api/server";

export const dynamic = "force-dynamic";

/**
 * The database; the job queue that runs syncs and imports ("degraded" while it is stopped or
 * failing); and the CDN purge webhook when one is set ("degraded" while its purges fail).
 */
export function GET(): Promise<Response> {
  return healthResponse([...queueHealthParts(), ...purgeHealthParts()]);
}
