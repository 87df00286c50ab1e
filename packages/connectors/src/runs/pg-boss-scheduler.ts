import { syncScheduleZone } from "@legible/core";
import type { Repositories } from "@legible/db";
import { errorLines } from "@legible/observe";
import PgBoss from "pg-boss";
import { runSyncSource, STALE_AFTER_MS } from "./run-sync";
import type { SchedulerOptions, SyncScheduler } from "./scheduler";

// PostgreSQL: runs go through pg-boss (10.4, the last line for Node 20) in the app's database.
// pg-boss keys a schedule by its queue's name, so each scheduled sync has a queue of its own
// (`legible-sync-<id>`) with `boss.schedule()` on it; pg-boss's cron clock fires once across all
// machines, and a job is fetched by one worker (SKIP LOCKED). "Run now" jobs go to one shared
// queue. Every worker calls the same runner, whose claim is the last guard against a double run.

/** The queue "Run now" jobs go to. */
export const RUN_NOW_QUEUE = "legible-sync-now";
const SCHEDULE_PREFIX = "legible-sync-at-";

/** A sync's schedule queue: pg-boss names are letters, digits, `_` and `-`. */
export function scheduleQueue(sourceId: string): string {
  return `${SCHEDULE_PREFIX}${sourceId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

interface SyncJob {
  sourceId: string;
  runId?: string;
}

// A sync can take hours; pg-boss would otherwise expire the job after 15 minutes and retry it,
// starting a second run. A failed run is on record with its report: no retries.
const JOB_OPTIONS = { retryLimit: 0, expireInHours: 23 } as const;
const QUEUE_OPTIONS = { retryLimit: 0, expireInSeconds: 23 * 3600 } as const;

export function createPgBossScheduler(
  connectionString: string,
  repositories: Repositories,
  options: SchedulerOptions = {},
): SyncScheduler {
  const store = repositories.syncSources;
  const log = options.log ?? errorLines("sync");
  const boss = new PgBoss({
    connectionString,
    application_name: "legible-sync",
    max: 4,
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
    ...(options.pollingIntervalSeconds
      ? { cronWorkerIntervalSeconds: Math.max(1, options.pollingIntervalSeconds) }
      : {}),
  });
  const working = new Set<string>();
  let ticker: ReturnType<typeof setInterval> | null = null;
  let started = false;
  let problem: string | null = null;
  boss.on("error", (error) => {
    problem = `job queue: ${error.message}`;
    log(`sync: ${problem}`);
  });

  const handle = async (jobs: PgBoss.Job<SyncJob>[]) => {
    for (const job of jobs) {
      const { sourceId, runId } = job.data;
      // A schedule may outlive its sync for a moment (deleted, or made manual, before refresh).
      const source = await store.get(sourceId);
      if (!source || (!runId && (!source.enabled || !source.schedule))) continue;
      await runSyncSource(sourceId, {
        repositories,
        trigger: runId ? "staff" : "schedule",
        ...(runId ? { runId } : {}),
        ...(options.progressEveryMs ? { progressEveryMs: options.progressEveryMs } : {}),
      }).finally(() => options.onFinished?.());
    }
  };

  // Two machines creating the same queue at once can deadlock inside pg-boss (it creates a
  // partition per queue); the loser tries again and finds the queue there.
  const ensureQueue = async (name: string) => {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return;
      try {
        await boss.createQueue(name, { name, ...QUEUE_OPTIONS });
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  };

  const work = async (queue: string, pollingIntervalSeconds: number) => {
    if (working.has(queue)) return;
    working.add(queue);
    await boss.work<SyncJob>(queue, { pollingIntervalSeconds, batchSize: 1 }, handle);
  };

  // Each tick also reads the schedules again, so a machine takes up syncs staff added on another.
  const tick = async () => {
    try {
      await store.failStaleRuns(new Date(Date.now() - STALE_AFTER_MS));
      await scheduler.refresh();
      problem = null;
    } catch (error) {
      problem = `checking for stopped runs and new schedules failed: ${String(error)}`;
      log(`sync: ${problem}`);
    }
  };

  const scheduler: SyncScheduler = {
    async start() {
      if (started) return;
      started = true;
      await boss.start();
      await ensureQueue(RUN_NOW_QUEUE);
      await work(RUN_NOW_QUEUE, options.pollingIntervalSeconds ?? 2);
      await tick();
      ticker = setInterval(() => void tick(), options.tickMs ?? 30_000);
      ticker.unref?.();
    },
    async stop() {
      if (!started) return;
      started = false;
      if (ticker) clearInterval(ticker);
      working.clear();
      // graceful: running syncs finish (up to the timeout) before the connections close.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
    async runNow(sourceId, requestedBy) {
      const queued = await store.createRun(sourceId, "staff", requestedBy);
      await boss.send(RUN_NOW_QUEUE, { sourceId, runId: queued.id } satisfies SyncJob, JOB_OPTIONS);
      return queued;
    },
    status: () => ({ runsOn: "pg-boss", started, problem }),
    async refresh() {
      if (!started) return;
      const scheduled = await store.listScheduled();
      const wanted = new Set<string>();
      for (const source of scheduled) {
        if (!source.schedule) continue;
        const queue = scheduleQueue(source.id);
        wanted.add(queue);
        await ensureQueue(queue);
        await boss.schedule(queue, source.schedule, { sourceId: source.id } satisfies SyncJob, {
          ...JOB_OPTIONS,
          tz: syncScheduleZone(source.settings),
        });
        await work(queue, options.pollingIntervalSeconds ?? 10);
      }
      for (const schedule of await boss.getSchedules())
        if (schedule.name.startsWith(SCHEDULE_PREFIX) && !wanted.has(schedule.name))
          await boss.unschedule(schedule.name);
      for (const queue of working)
        if (queue !== RUN_NOW_QUEUE && !wanted.has(queue)) {
          working.delete(queue);
          await boss.offWork(queue);
        }
    },
  };
  return scheduler;
}
