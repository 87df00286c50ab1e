import type { Database } from "@legible/db";
import { errorLines } from "@legible/observe";
import PgBoss from "pg-boss";

// Rewrites the open-data files (the whole public dataset in each download format) after
// changes, as a background job, so no request ever reads the whole dataset. A burst of saves
// asks many times and gets one write: on PostgreSQL the pg-boss queue is "stately" (at most one
// job waiting and one running, across every machine) and each job waits `debounceMs` before it
// starts; on SQLite (one machine) a timer in this process does the same.

export const DATASET_FILES_QUEUE = "legible-dataset-files";

/** How long after the first change of a burst the files are written. */
export const DEFAULT_DATASET_FILES_DEBOUNCE_MS = 3_000;

export interface DatasetFilesQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Asks for the files to be written again, soon; many asks in a burst make one write. */
  request(): Promise<void>;
}

export interface DatasetFilesQueueOptions {
  /** Writes every file; the job. */
  write: () => Promise<void>;
  debounceMs?: number;
  log?: (message: string) => void;
  /** pg-boss only: how often the worker looks for jobs, in seconds. Default 2. */
  pollingIntervalSeconds?: number;
}

// A write at 100k records takes minutes; a stopped machine's job may run again after an hour.
const QUEUE_OPTIONS = { retryLimit: 1, retryDelay: 30, expireInSeconds: 3600 } as const;

export function createDatasetFilesQueue(database: Database, options: DatasetFilesQueueOptions): DatasetFilesQueue {
  const log = options.log ?? errorLines("open-data");
  const debounceMs = options.debounceMs ?? DEFAULT_DATASET_FILES_DEBOUNCE_MS;
  const write = async () => {
    try {
      await options.write();
    } catch (error) {
      log(`open data: writing the download files failed: ${String(error)}`);
      throw error;
    }
  };
  const boss =
    database.config.provider === "postgresql"
      ? new PgBoss({ connectionString: database.config.url, application_name: "legible-dataset-files", max: 2 })
      : null;
  boss?.on("error", (error) => log(`open data: job queue: ${error.message}`));

  let started = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  const inProcess = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      // One write after another: a burst during a write makes one more write after it.
      chain = chain.then(write).catch(() => {});
    }, debounceMs);
    timer.unref?.();
  };

  return {
    async start() {
      if (started) return;
      started = true;
      if (!boss) return;
      await boss.start();
      if (!(await boss.getQueue(DATASET_FILES_QUEUE))) {
        await boss.createQueue(DATASET_FILES_QUEUE, { name: DATASET_FILES_QUEUE, policy: "stately", ...QUEUE_OPTIONS });
      }
      await boss.work(
        DATASET_FILES_QUEUE,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async () => {
          await write();
        },
      );
    },
    async stop() {
      if (!started) return;
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      else await chain;
    },
    async request() {
      if (!boss) return inProcess();
      // A stately queue keeps one job waiting: while one waits, this send is dropped (null).
      await boss.send(DATASET_FILES_QUEUE, {}, { startAfter: Math.max(1, Math.ceil(debounceMs / 1000)) });
    },
  };
}

// The server process's one queue, set when the staff app starts it and read after saves. On
// globalThis, since Next may load this module more than once.
const slot = globalThis as unknown as { legibleDatasetFilesQueue?: DatasetFilesQueue | null };

export function setDatasetFilesQueue(queue: DatasetFilesQueue | null): void {
  slot.legibleDatasetFilesQueue = queue;
}

/** The running queue, or null when this process runs none (a web machine, a staff machine with LEGIBLE_SYNC_WORKER=off). */
export function currentDatasetFilesQueue(): DatasetFilesQueue | null {
  return slot.legibleDatasetFilesQueue ?? null;
}
