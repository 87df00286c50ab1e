import type { Database, ImportJob, Repositories } from "@legible/db";
import { errorLines } from "@legible/observe";
import PgBoss from "pg-boss";
import type { QueueStatus } from "../runs/scheduler";
import { runImportJob } from "./run-import-job";

// Runs import jobs in the background. On PostgreSQL a job goes through pg-boss (the same
// version and settings as syncs), so any machine may take it and only one does; on SQLite (one
// machine) jobs run one after another in this process. Either way the job's own claim is the
// last guard against running it twice, and a job whose machine stopped is found by its stale
// heartbeat and goes on from its cursor.

export const IMPORT_QUEUE = "legible-import";

/** How long a running job may go without a heartbeat before it counts as stopped. */
export const IMPORT_STALE_AFTER_MS = 2 * 60_000;

export interface ImportQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Hands a queued job to a machine. */
  enqueue(jobId: string): Promise<void>;
  /** What health reports: whether it takes jobs, and the last failure of the queue itself. */
  status(): QueueStatus;
}

export interface ImportQueueOptions {
  log?: (message: string) => void;
  /** How often stopped jobs are looked for. Default 30 s. */
  tickMs?: number;
  progressEveryMs?: number;
  /** pg-boss only: how often the worker looks for jobs, in seconds. Default 2. */
  pollingIntervalSeconds?: number;
  /** Called after each job ends (the staff app refreshes the public site's pages). */
  onFinished?: (job: ImportJob) => void;
}

interface QueuedImport {
  jobId: string;
}

// An import can take hours; pg-boss would otherwise expire it after 15 minutes and retry it.
const JOB_OPTIONS = { retryLimit: 0, expireInHours: 23 } as const;

export function createImportQueue(
  database: Database,
  repositories: Repositories,
  options: ImportQueueOptions = {},
): ImportQueue {
  const log = options.log ?? errorLines("import");
  const run = async (jobId: string) => {
    try {
      const job = await runImportJob(jobId, {
        repositories,
        ...(options.progressEveryMs ? { progressEveryMs: options.progressEveryMs } : {}),
      });
      if (job) options.onFinished?.(job);
    } catch (error) {
      log(`import: job ${jobId} could not run: ${String(error)}`);
    }
  };
  const postgres = database.config.provider === "postgresql";
  const boss = postgres
    ? new PgBoss({ connectionString: database.config.url, application_name: "legible-import", max: 2 })
    : null;
  let chain: Promise<unknown> = Promise.resolve();
  let ticker: ReturnType<typeof setInterval> | null = null;
  let started = false;
  let problem: string | null = null;
  boss?.on("error", (error) => {
    problem = `job queue: ${error.message}`;
    log(`import: ${problem}`);
  });

  const hand = async (jobId: string) => {
    if (boss) await boss.send(IMPORT_QUEUE, { jobId } satisfies QueuedImport, JOB_OPTIONS);
    else chain = chain.then(() => run(jobId));
  };

  const tick = async () => {
    try {
      for (const id of await repositories.importJobs.failStale(new Date(Date.now() - IMPORT_STALE_AFTER_MS))) {
        await hand(id);
      }
      // A job queued where no queue ran (an app server with LEGIBLE_SYNC_WORKER=off) is taken up
      // here; handing one on twice is harmless, since only one claim of it succeeds.
      const waiting = Date.now() - (options.tickMs ?? 30_000);
      for (const job of await repositories.importJobs.queued()) {
        if (Date.parse(job.createdAt) < waiting) await hand(job.id);
      }
      problem = null;
    } catch (error) {
      problem = `checking for stopped jobs failed: ${String(error)}`;
      log(`import: ${problem}`);
    }
  };

  return {
    async start() {
      if (started) return;
      started = true;
      if (boss) {
        await boss.start();
        if (!(await boss.getQueue(IMPORT_QUEUE))) {
          await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: 0, expireInSeconds: 23 * 3600 });
        }
        await boss.work<QueuedImport>(
          IMPORT_QUEUE,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async (jobs) => {
            for (const job of jobs) await run(job.data.jobId);
          },
        );
      } else {
        // One machine: a job queued here before the process stopped is this process's to run.
        for (const job of await repositories.importJobs.queued()) await hand(job.id);
      }
      await tick();
      ticker = setInterval(() => void tick(), options.tickMs ?? 30_000);
      ticker.unref?.();
    },
    async stop() {
      if (!started) return;
      started = false;
      if (ticker) clearInterval(ticker);
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      else await chain;
    },
    enqueue: hand,
    status: () => ({ runsOn: boss ? "pg-boss" : "in-process", started, problem }),
  };
}

// The server process's one import queue, set when the staff app starts it and read by the upload
// route. On globalThis, since Next may load this module more than once.
const slot = globalThis as unknown as { legibleImportQueue?: ImportQueue | null };

export function setImportQueue(queue: ImportQueue | null): void {
  slot.legibleImportQueue = queue;
}

/** The running import queue, or null when this process runs none. */
export function currentImportQueue(): ImportQueue | null {
  return slot.legibleImportQueue ?? null;
}
