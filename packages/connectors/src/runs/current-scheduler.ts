import type { SyncScheduler } from "./scheduler";

// The server process's one scheduler, set when the staff app starts it and read by the API's
// "Run now" and save procedures. On globalThis, since Next may load this module more than once
// (instrumentation and route handlers are bundled apart).
const slot = globalThis as unknown as { legibleSyncScheduler?: SyncScheduler | null };

export function setSyncScheduler(scheduler: SyncScheduler | null): void {
  slot.legibleSyncScheduler = scheduler;
}

/** The running scheduler, or null when this process runs none (LEGIBLE_SYNC_WORKER=off, tests). */
export function currentSyncScheduler(): SyncScheduler | null {
  return slot.legibleSyncScheduler ?? null;
}
