import type { Database, Repositories, SyncRun } from "@legible/db";
import { createInProcessScheduler } from "./in-process-scheduler";
import { createPgBossScheduler } from "./pg-boss-scheduler";

/**
 * Runs stored syncs on their schedules and when staff say "Run now". On PostgreSQL the runs go
 * through pg-boss, so any number of machines share them and each scheduled run happens once;
 * on SQLite (one machine) an in-process timer does the same with the same runner.
 */
export interface SyncScheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Queues a run for a machine to take; returns it while still queued. */
  runNow(sourceId: string, requestedBy: string | null): Promise<SyncRun>;
  /** Reads the syncs' schedules again, after one was added or changed. */
  refresh(): Promise<void>;
  /** What health reports: whether it takes runs, and the last failure of the queue itself. */
  status(): QueueStatus;
}

/** A job queue's state for health: on what it runs, whether it is started, and what last failed. */
export interface QueueStatus {
  runsOn: "pg-boss" | "in-process";
  started: boolean;
  /** The queue's own last failure (not a sync's or an import's), cleared once it works again. */
  problem: string | null;
}

export interface SchedulerOptions {
  /** How often stale runs are looked for (and, in process, queued ones picked up). Default 30 s. */
  tickMs?: number;
  /** Progress writes, passed to the runner. */
  progressEveryMs?: number;
  /** Where a scheduler says what went wrong outside a run. Default: the process's error log. */
  log?: (message: string) => void;
  /** pg-boss only: how often workers look for jobs, in seconds. Default 2 (run now) and 10 (schedules). */
  pollingIntervalSeconds?: number;
  /** Called after every run this machine did, whatever its outcome: the public site refreshes its pages. */
  onFinished?: () => void;
  /** pg-boss only: how often the cron clock is checked, in seconds. Default 30. */
  cronMonitorIntervalSeconds?: number;
}

/** The scheduler for this database's provider. */
export function createSyncScheduler(
  database: Database,
  repositories: Repositories,
  options: SchedulerOptions = {},
): SyncScheduler {
  return database.config.provider === "postgresql"
    ? createPgBossScheduler(database.config.url, repositories, options)
    : createInProcessScheduler(repositories, options);
}
