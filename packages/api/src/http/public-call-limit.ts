import pLimit from "p-limit";

// How many public API calls one web machine works on at once. A per-address rate limit does not
// stop two hundred residents asking at the same moment, each within their limit; on SQLite every
// query runs on the process's one thread, so unbounded, their searches would stand in front of
// every page the machine serves. A few calls run at a time (p-limit: well kept, no dependencies
// but its queue), a few more wait, and the rest are told at once to come back shortly: cheap to
// refuse, and the cached pages keep their pace.

export const DEFAULT_PUBLIC_API_CONCURRENCY = 4;
export const DEFAULT_PUBLIC_API_QUEUE = 16;
/** How long a client told the machine is busy waits before asking again. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export interface CallLimitSettings {
  /** Calls running at once; 0 turns the limit off. */
  concurrency: number;
  /** Calls waiting for a turn; one more is refused. */
  queue: number;
}

function count(given: string | undefined, fallback: number): number {
  const value = Number(given);
  return given !== undefined && given !== "" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export function callLimitSettingsFromEnv(env: Record<string, string | undefined> = process.env): CallLimitSettings {
  return {
    concurrency: count(env.LEGIBLE_PUBLIC_API_CONCURRENCY, DEFAULT_PUBLIC_API_CONCURRENCY),
    queue: count(env.LEGIBLE_PUBLIC_API_QUEUE, DEFAULT_PUBLIC_API_QUEUE),
  };
}

export interface CallLimit {
  /** Runs `call` in its turn, or answers 503 at once when the queue is full. */
  run(call: () => Promise<Response>): Promise<Response>;
}

export function createCallLimit(settings: CallLimitSettings): CallLimit {
  if (settings.concurrency === 0) return { run: (call) => call() };
  const limit = pLimit(settings.concurrency);
  return {
    run(call) {
      if (limit.activeCount + limit.pendingCount >= settings.concurrency + settings.queue) {
        return Promise.resolve(busy());
      }
      return limit(call);
    },
  };
}

/** 503 in plain words, with Retry-After; shaped like a tRPC error. */
export function busy(): Response {
  const message = `This server is busy. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`;
  return Response.json(
    { error: { message, code: -32603, data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 } } },
    { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

const slot = globalThis as unknown as { legiblePublicCallLimit?: CallLimit };

/** The process's one limit, made on first use from the environment. */
export function processPublicCallLimit(): CallLimit {
  slot.legiblePublicCallLimit ??= createCallLimit(callLimitSettingsFromEnv());
  return slot.legiblePublicCallLimit;
}
