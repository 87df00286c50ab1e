import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
}

// One store per process: Next bundles this module separately into its instrumentation, its
// routes and the web server, and every copy must read what the request's entry point set.
const slot = globalThis as unknown as { legibleRequestContext?: AsyncLocalStorage<RequestContext> };
slot.legibleRequestContext ??= new AsyncLocalStorage<RequestContext>();
const store = slot.legibleRequestContext;

/** Runs `work` as part of the request with this id: its logs, queries and spans carry the id. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return store.run({ requestId }, work);
}

/** The id of the request this code runs for, or null outside any request (a sync, a timer). */
export function currentRequestId(): string | null {
  return store.getStore()?.requestId ?? null;
}
