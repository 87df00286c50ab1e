// Starts this server process's sync scheduler: pg-boss workers on PostgreSQL, timers in process
// on SQLite. The staff app calls it once, from its instrumentation; the API's "Run now" and saves
// find it through currentSyncScheduler().

import { createSyncScheduler, currentSyncScheduler, setSyncScheduler } from "@legible/connectors";
import { checkDatabaseReachable } from "@legible/db";
import { errorLines } from "@legible/observe";
import { startAlertWorker } from "./alert-worker";
import { startImportWorker } from "./import-worker";
import { startDatasetFilesWorker, withDatasetFiles } from "./open-data/dataset-files-worker";
import { processStorage } from "./process-storage";
import { publicSiteFromEnv } from "./public-site";

/** Whether this process should run syncs: LEGIBLE_SYNC_WORKER=off turns it off. */
export function syncWorkerWanted(env: Record<string, string | undefined> = process.env): boolean {
  return (env.LEGIBLE_SYNC_WORKER ?? "on").toLowerCase() !== "off";
}

// Health says so when the worker did not start. On globalThis: Next bundles this module apart
// into its instrumentation and its routes.
const slot = globalThis as unknown as { legibleSyncWorkerFailed?: boolean };

/** Whether this process tried to start the sync worker and failed. */
export function syncWorkerFailedToStart(): boolean {
  return slot.legibleSyncWorkerFailed ?? false;
}

/** Starts the scheduler once per process, on the process's connection; a failure is logged, not thrown. */
export async function startSyncWorker(log: (message: string) => void = errorLines("sync")): Promise<void> {
  if (currentSyncScheduler()) return;
  slot.legibleSyncWorkerFailed = false;
  try {
    const { database, repositories } = await processStorage();
    await checkDatabaseReachable(database);
    const publicSite = withDatasetFiles(publicSiteFromEnv());
    // What a run changed may be on public pages: they are rebuilt once it is done.
    const scheduler = createSyncScheduler(database, repositories, {
      log,
      onFinished: () => void publicSite.refresh("all"),
    });
    setSyncScheduler(scheduler);
    // Not stopped on exit: a run cut short is marked failed by the next tick (its heartbeat
    // goes stale) and the next run resumes from its stored resume points.
    await scheduler.start();
    // Uploaded files are imported by the same process, on the same connection.
    await startImportWorker(database, log);
    // Email alerts are read from the changes and sent by the same process.
    await startAlertWorker(database, log);
    // The open-data files are written by the same process after changes.
    await startDatasetFilesWorker(database, repositories, { log, publicSite: publicSiteFromEnv() });
  } catch (error) {
    setSyncScheduler(null);
    slot.legibleSyncWorkerFailed = true;
    log(`sync: the sync scheduler did not start, so syncs run only from npm run sync: ${String(error)}`);
  }
}
