import { errorLines } from "@legible/observe";
import { createClient } from "@redis/client";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

// The public API's per-address rate limit (/api/trpc). rate-limiter-flexible (well kept, no
// dependencies, atomic counters in Redis by one Lua script) counts each address's calls in a
// fixed window. With REDIS_URL every web machine counts in the same Redis, so a client spread
// over the machines by round-robin gets the same limit as on one; when Redis does not answer,
// each machine counts in its own memory (the library's "insurance" limiter) and nothing errors.
// Without REDIS_URL each machine counts in its own memory.

/** Calls one address may make in a window, by default (LEGIBLE_PUBLIC_RATE_LIMIT). */
export const DEFAULT_PUBLIC_CALLS_PER_MINUTE = 120;

export interface RateLimitSettings {
  /** Calls allowed per address in each window. */
  points: number;
  windowSeconds: number;
  /** Where every machine counts; none: each machine in its own memory. */
  redisUrl: string | null;
  /** Told once when Redis stops answering, for the log. */
  log?: (message: string) => void;
}

export function rateLimitSettingsFromEnv(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const given = Number(env.LEGIBLE_PUBLIC_RATE_LIMIT);
  return {
    points: Number.isInteger(given) && given > 0 ? given : DEFAULT_PUBLIC_CALLS_PER_MINUTE,
    windowSeconds: 60,
    redisUrl: env.REDIS_URL?.trim() || null,
  };
}

export interface PublicRateLimit {
  /**
   * Counts `calls` calls for `address`: null while within the limit, else the 429 to answer with
   * (Retry-After: the seconds until the window ends).
   */
  take(address: string, calls: number): Promise<Response | null>;
  close(): Promise<void>;
}

export function createPublicRateLimit(settings: RateLimitSettings): PublicRateLimit {
  const window = { points: settings.points, duration: settings.windowSeconds, keyPrefix: "legible-public-api" };
  const memory = new RateLimiterMemory(window);
  let limiter: RateLimiterMemory | RateLimiterRedis = memory;
  let close = async () => {};
  if (settings.redisUrl) {
    const client = createClient({
      url: settings.redisUrl,
      // Fail at once while disconnected, and count in memory meanwhile.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
    });
    let told = false;
    client.on("error", (error: Error) => {
      if (!told) settings.log?.(`rate limit: Redis is not answering, counting on this machine: ${error.message}`);
      told = true;
    });
    client.on("ready", () => {
      told = false;
    });
    client.connect().catch(() => {});
    limiter = new RateLimiterRedis({
      ...window,
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
    close = async () => {
      if (client.isOpen) await client.close().catch(() => {});
    };
  }
  return {
    async take(address, calls) {
      try {
        await limiter.consume(address, Math.max(1, calls));
        return null;
      } catch (result) {
        if (result instanceof RateLimiterRes) return tooManyRequests(result.msBeforeNext);
        // Neither store could count (should not happen: memory always can): let the call through.
        return null;
      }
    },
    close: () => close(),
  };
}

/** 429 in plain words, with the wait in Retry-After and in the message; shaped like a tRPC error. */
export function tooManyRequests(msBeforeNext: number): Response {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const message = `Too many requests from your address. Wait ${seconds} seconds, then try again.`;
  return Response.json(
    { error: { message, code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}

/** How many procedures a tRPC request calls: `/api/trpc/a,b,c?batch=1` is three. */
export function callsIn(request: Request, endpoint = "/api/trpc"): number {
  const path = new URL(request.url).pathname;
  const procedures = path.startsWith(`${endpoint}/`) ? path.slice(endpoint.length + 1) : "";
  return Math.max(1, procedures.split(",").filter(Boolean).length);
}

/** The address the site's server wrote on the request (./client-address.ts). */
export function requestAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

// The process's one limiter, made on first use from the environment. On globalThis, since Next
// may load this module more than once.
const slot = globalThis as unknown as { legiblePublicRateLimit?: PublicRateLimit };

export function processPublicRateLimit(): PublicRateLimit {
  slot.legiblePublicRateLimit ??= createPublicRateLimit({
    ...rateLimitSettingsFromEnv(),
    log: errorLines("rate-limit"),
  });
  return slot.legiblePublicRateLimit;
}
