import type { IncomingMessage, ServerResponse } from "node:http";
import { findDownload } from "@legible/api/open-data";

// Before Next: the public API and the whole-dataset downloads each take a few requests at once
// on this machine, and the rest are told at once to come back (503 with Retry-After). A per-
// address limit does not stop two hundred residents arriving together; turned away here, a
// request costs no routing, no render and no query, so the cached pages served beside them keep
// their pace (bench:heavy). The API's own limit (packages/api/src/http/public-call-limit.ts)
// still orders the calls it lets in.

const RETRY_AFTER_SECONDS = 5;

function count(given: string | undefined, fallback: number): number {
  const value = Number(given);
  return given !== undefined && given !== "" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

const limits = {
  /** LEGIBLE_PUBLIC_API_IN_FLIGHT: API requests at once (0: no limit here). */
  api: count(process.env.LEGIBLE_PUBLIC_API_IN_FLIGHT, 8),
  /** LEGIBLE_DOWNLOADS_IN_FLIGHT: downloads streaming at once (0: no limit here). */
  downloads: count(process.env.LEGIBLE_DOWNLOADS_IN_FLIGHT, 4),
};
const inFlight = { api: 0, downloads: 0 };

function kindOf(request: IncomingMessage): keyof typeof limits | null {
  const path = (request.url ?? "").split("?")[0] ?? "";
  if (path === "/api/trpc" || path.startsWith("/api/trpc/")) return "api";
  if (path.startsWith("/data/") && findDownload(path)) return "downloads";
  return null;
}

/** False when the request was turned away (answered 503); true when it may go on. */
export function admit(request: IncomingMessage, response: ServerResponse): boolean {
  const kind = kindOf(request);
  if (kind === null || limits[kind] === 0) return true;
  if (inFlight[kind] >= limits[kind]) {
    response
      .writeHead(503, {
        "Content-Type": "text/plain; charset=utf-8",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
      })
      .end(`This server is busy. Try again in ${RETRY_AFTER_SECONDS} seconds.\n`);
    return false;
  }
  inFlight[kind] += 1;
  response.once("close", () => {
    inFlight[kind] -= 1;
  });
  return true;
}
