// The job queue's part of the staff app's health: syncs and imports run through it (pg-boss on
// PostgreSQL, this process on SQLite). A queue that is stopped or failing does not stop the app
// from serving staff, so it is "degraded", never a 503. The reasons stay plain: the error itself,
// which can name hosts or tables, is in the log.
import { currentImportQueue, currentSyncScheduler, type QueueStatus } from "@legible/connectors";
import type { HealthPart } from "./server";
import { syncWorkerFailedToStart, syncWorkerWanted } from "./sync-worker";

const RUNS_ON = {
  "pg-boss": "pg-boss on PostgreSQL, shared by every staff app machine",
  "in-process": "in this process (SQLite)",
} as const;

function degraded(detail: string): HealthPart {
  return { name: "queue", state: "degraded", detail };
}

function problemOf(what: string, status: QueueStatus | undefined): string | null {
  if (!status) return `the ${what} queue is not running`;
  if (!status.started) return `the ${what} queue is stopped`;
  if (status.problem) return `the ${what} queue's last check failed (details in the log)`;
  return null;
}

export function queueHealthParts(env: Record<string, string | undefined> = process.env): HealthPart[] {
  if (!syncWorkerWanted(env)) {
    return [{ name: "queue", state: "ok", detail: "not run on this machine (LEGIBLE_SYNC_WORKER=off)" }];
  }
  if (syncWorkerFailedToStart()) {
    return [degraded("the job queue did not start (details in the log): syncs and imports wait")];
  }
  const syncs = currentSyncScheduler()?.status();
  const imports = currentImportQueue()?.status();
  const problems = [problemOf("sync", syncs), problemOf("import", imports)].filter((problem) => problem !== null);
  if (problems.length) return [degraded(`${problems.join("; ")}: syncs and imports wait until it runs again`)];
  return [{ name: "queue", state: "ok", detail: RUNS_ON[syncs?.runsOn ?? "in-process"] }];
}
