// Runs once when a staff app server starts: tracing when an OTLP endpoint is set
// (OTEL_EXPORTER_OTLP_ENDPOINT; without one no tracing code is loaded), then the sync scheduler
// (scheduled syncs and "Run now"). Only in the Node runtime, not while `next build` collects
// pages, not under tests; no scheduler when LEGIBLE_SYNC_WORKER=off (say, a second app server
// that should only serve pages).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
  const { nameProcess, startTelemetryIfAsked } = await import("@legible/observe");
  nameProcess("admin");
  await startTelemetryIfAsked("legible-admin");
  const { startSyncWorker, syncWorkerWanted } = await import("@legible/api/sync-worker");
  if (!syncWorkerWanted()) return;
  await startSyncWorker();
}
