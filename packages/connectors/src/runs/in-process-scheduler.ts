import { syncScheduleZone } from "@legible/core";
import type { Repositories } from "@legible/db";
import { errorLines } from "@legible/observe";
import { Cron } from "croner";
import { runSyncSource, STALE_AFTER_MS } from "./run-sync";
import type { SchedulerOptions, SyncScheduler } from "./scheduler";

// SQLite means one machine: a croner timer per scheduled sync, in this process. Runs started
// here are not shared with other processes, which is why PostgreSQL uses pg-boss instead.

export function createInProcessScheduler(repositories: Repositories, options: SchedulerOptions = {}): SyncScheduler {
  const store = repositories.syncSources;
  const log = options.log ?? errorLines("sync");
  const jobs = new Map<string, Cron>();
  const running = new Set<Promise<unknown>>();
  const inFlight = new Set<string>();
  let ticker: ReturnType<typeof setInterval> | null = null;
  let started = false;
  let problem: string | null = null;

  const track = (work: Promise<unknown>) => {
    const tracked = work.catch((error) => log(`sync: a run failed to start: ${String(error)}`));
    running.add(tracked);
    void tracked.finally(() => running.delete(tracked));
    return tracked;
  };

  const run = (sourceId: string, trigger: "schedule" | "staff", runId?: string) =>
    track(
      runSyncSource(sourceId, {
        repositories,
        trigger,
        ...(runId ? { runId } : {}),
        ...(options.progressEveryMs ? { progressEveryMs: options.progressEveryMs } : {}),
      }).finally(() => options.onFinished?.()),
    );

  const tick = async () => {
    try {
      await store.failStaleRuns(new Date(Date.now() - STALE_AFTER_MS));
      problem = null;
    } catch (error) {
      problem = `checking for stopped runs failed: ${String(error)}`;
      log(`sync: ${problem}`);
    }
  };

  const scheduler: SyncScheduler = {
    async start() {
      if (started) return;
      started = true;
      await tick();
      await scheduler.refresh();
      // One machine: a run queued here before the process stopped is this process's to run.
      for (const queued of await store.queuedRuns())
        run(queued.sourceId, queued.trigger === "schedule" ? "schedule" : "staff", queued.id);
      ticker = setInterval(() => void tick(), options.tickMs ?? 30_000);
      ticker.unref?.();
    },
    async stop() {
      started = false;
      if (ticker) clearInterval(ticker);
      for (const job of jobs.values()) job.stop();
      jobs.clear();
      await Promise.all(running);
    },
    async runNow(sourceId, requestedBy) {
      const queued = await store.createRun(sourceId, "staff", requestedBy);
      run(sourceId, "staff", queued.id);
      return queued;
    },
    status: () => ({ runsOn: "in-process", started, problem }),
    async refresh() {
      for (const job of jobs.values()) job.stop();
      jobs.clear();
      if (!started) return;
      for (const source of await store.listScheduled()) {
        if (!source.schedule) continue;
        jobs.set(
          source.id,
          new Cron(source.schedule, { timezone: syncScheduleZone(source.settings) }, () => {
            // A run still going when its next time comes is not started again.
            if (inFlight.has(source.id)) return;
            inFlight.add(source.id);
            void run(source.id, "schedule").finally(() => inFlight.delete(source.id));
          }),
        );
      }
    },
  };
  return scheduler;
}
