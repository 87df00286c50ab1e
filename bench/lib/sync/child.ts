import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LegistarSyncReport } from "@legible/connectors";
import type { DatabaseConfig } from "@legible/db";
import type { MemoryPeak } from "./memory";

export interface SyncJob {
  config: DatabaseConfig;
  baseUrl: string;
  client: string;
  /** A previous run's resume points, for an incremental sync. */
  since?: LegistarSyncReport["resumeFrom"];
}

export interface SyncOutcome {
  report: LegistarSyncReport;
  memory: MemoryPeak;
  /** Time spent waiting on the Legistar-shaped server, summed over requests (they run one at a time). */
  httpMs: number;
}

const RUN_ONE = fileURLToPath(new URL("./run-one.ts", import.meta.url));

/**
 * Runs one sync in a fresh Node process and returns its report and peak memory. `maxOldSpaceMiB`
 * caps the process's heap: a sync whose memory grew with the data would fail at the larger size.
 */
export function syncInChild(job: SyncJob, maxOldSpaceMiB: number): Promise<SyncOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(RUN_ONE, [], {
      execArgv: ["--import", "tsx", "--conditions=@legible/source", `--max-old-space-size=${maxOldSpaceMiB}`],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answered = false;
    child.once("message", (message: SyncOutcome | { failure: string }) => {
      answered = true;
      if ("failure" in message) reject(new Error(`the sync process failed:\n${message.failure}`));
      else resolve(message);
    });
    child.once("exit", (code, signal) => {
      if (!answered) reject(new Error(`the sync process ended without an answer (${signal ?? `exit ${code}`})`));
    });
    child.once("error", reject);
    child.send(job);
  });
}
