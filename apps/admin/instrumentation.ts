// Runs once when a staff app server starts: the sync scheduler (scheduled syncs and "Run now").
// Only in the Node runtime, not while `next build` collects pages, not under tests, and not when
// LEGIBLE_SYNC_WORKER=off (say, a second app server that should only serve pages).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
  const { startSyncWorker, syncWorkerWanted } = await import("@legible/api/sync-worker");
  if (!syncWorkerWanted()) return;
  await startSyncWorker();
}
