import { healthResponse, purgeHealthParts } from "@legible/api/server";

export const dynamic = "force-dynamic";

/** The database, and the CDN purge webhook when one is set: "degraded" while its purges fail. */
export function GET(): Promise<Response> {
  return healthResponse(purgeHealthParts());
}
