import { createDatabase, createRepositories, type Database, type Repositories, type SyncRun } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLegistarData, type LegistarServer, startLegistarServer } from "../test-support/legistar-server";
import { createSyncScheduler, type SyncScheduler } from "./scheduler";
import { waitFor } from "./wait-for";

// Schedules on the real thing: pg-boss on the test PostgreSQL with two schedulers standing for
// two machines, and the in-process scheduler on SQLite; syncs from the Legistar-shaped server.

let server: LegistarServer;
beforeAll(async () => {
  server = await startLegistarServer({ data: generateLegistarData({ seed: 5, matters: 3, events: 1 }) });
});
afterAll(() => server?.close());

const legistar = () => ({
  client: "testville",
  apiBase: server.baseUrl,
  timeZone: "America/Chicago",
  requestsPerSecond: 50,
});

const finished = (run: SyncRun) => run.status === "succeeded" || run.status === "failed";

describe.runIf(testProviders().includes("postgresql"))("scheduled syncs on PostgreSQL (pg-boss)", () => {
  let database: TestDatabase;
  let second: Database;
  const schedulers: SyncScheduler[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("postgresql");
    second = await createDatabase(database.config);
  });
  afterAll(async () => {
    await Promise.all(schedulers.map((s) => s.stop()));
    await second?.close();
    await database?.drop();
  });

  it("runs a scheduled sync once, though two machines run schedulers on one database", async () => {
    const machines: Array<[Database, Repositories]> = [
      [database, createRepositories(database)],
      [second, createRepositories(second)],
    ];
    const [, repositories] = machines[0] as [Database, Repositories];
    const source = await repositories.syncSources.create(
      { name: "Every minute", connector: "legistar", settings: legistar(), schedule: "* * * * *", enabled: true },
      "Ana Admin",
    );
    // A run that is still going when the next minute's send comes is refused as busy, by design;
    // a sync here takes several seconds on a busy host, so the test starts early in a minute.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const startedAt = Date.now();
    let finishedRuns = 0;
    for (const [db, repos] of machines) {
      const scheduler = createSyncScheduler(db, repos, {
        cronMonitorIntervalSeconds: 1,
        pollingIntervalSeconds: 1,
        progressEveryMs: 50,
        log: () => {},
        onFinished: () => finishedRuns++,
      });
      schedulers.push(scheduler);
    }
    await Promise.all(schedulers.map((s) => s.start()));
    // pg-boss sends "* * * * *" at once (its last time is under a minute ago), then once a minute.
    const first = await waitFor(async () => {
      const runs = await repositories.syncSources.listRuns(source.id);
      return runs.length > 0 && runs.every(finished) ? runs : null;
    });
    // Both clocks tick every second meanwhile: a second send for the same minute would show now.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const runs = await repositories.syncSources.listRuns(source.id);
    const minutes = Math.floor((Date.now() - startedAt) / 60_000) + 2;
    expect(first[0]).toMatchObject({ status: "succeeded", trigger: "schedule" });
    expect(runs.filter((r) => r.status === "failed")).toEqual([]);
    const perMinute = new Map<string, number>();
    for (const run of runs)
      perMinute.set(run.createdAt.slice(0, 16), (perMinute.get(run.createdAt.slice(0, 16)) ?? 0) + 1);
    expect([...perMinute.values()].every((n) => n === 1)).toBe(true);
    expect(runs.length).toBeLessThanOrEqual(minutes);
    // Each machine tells its public site once per run it did: one call per run, not per machine.
    expect(finishedRuns).toBe(runs.filter(finished).length);
  }, 120_000);

  it("stops scheduling a sync made manual, and runs it now on one machine", async () => {
    const repositories = createRepositories(database);
    const [source] = await repositories.syncSources.list();
    if (!source) throw new Error("no sync");
    await repositories.syncSources.update(source.id, { ...source, schedule: null }, "Ana Admin");
    await Promise.all(schedulers.map((s) => s.refresh()));
    const queued = await (schedulers[1] as SyncScheduler).runNow(source.id, "Rui Editor");
    const run = await waitFor(async () => {
      const current = await repositories.syncSources.getRun(queued.id);
      return current && finished(current) ? current : null;
    });
    expect(run).toMatchObject({ status: "succeeded", trigger: "staff", requestedBy: "Rui Editor" });
    const before = (await repositories.syncSources.listRuns(source.id)).length;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await repositories.syncSources.listRuns(source.id)).length).toBe(before);
  }, 90_000);
});

describe.runIf(testProviders().includes("sqlite"))("scheduled syncs on SQLite (in process)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(() => database?.drop());

  it("runs what was queued before the process stopped", async () => {
    const repositories = createRepositories(database);
    const source = await repositories.syncSources.create(
      { name: "Left queued", connector: "legistar", settings: legistar(), schedule: null, enabled: true },
      "Ana Admin",
    );
    const queued = await repositories.syncSources.createRun(source.id, "staff", "Ana Admin");
    let finishedRuns = 0;
    const scheduler = createSyncScheduler(database, repositories, {
      log: () => {},
      onFinished: () => finishedRuns++,
    });
    await scheduler.start();
    try {
      const run = await waitFor(async () => {
        const current = await repositories.syncSources.getRun(queued.id);
        return current && finished(current) ? current : null;
      });
      expect(run).toMatchObject({ status: "succeeded", requestedBy: "Ana Admin" });
      await waitFor(async () => (finishedRuns === 1 ? true : null));
    } finally {
      await scheduler.stop();
    }
  }, 60_000);

  it("runs a sync on its schedule in this process, never two at once", async () => {
    const repositories = createRepositories(database);
    // Every second (croner reads six fields; staff forms allow five): the test need not wait a minute.
    const source = await repositories.syncSources.create(
      { name: "Every second", connector: "legistar", settings: legistar(), schedule: "* * * * * *", enabled: true },
      "Ana Admin",
    );
    const scheduler = createSyncScheduler(database, repositories, { progressEveryMs: 50, log: () => {} });
    await scheduler.start();
    try {
      await waitFor(async () => {
        const runs = await repositories.syncSources.listRuns(source.id);
        return runs.filter((r) => r.status === "succeeded").length >= 2 ? runs : null;
      });
    } finally {
      await repositories.syncSources.update(source.id, { ...source, schedule: null }, "Ana Admin");
      await scheduler.refresh();
      await scheduler.stop();
    }
    const runs = await repositories.syncSources.listRuns(source.id);
    expect(runs.map((r) => [r.trigger, r.status, r.error])).toEqual(runs.map(() => ["schedule", "succeeded", null]));
    const starts = runs
      .map((r) => [Date.parse(r.startedAt ?? ""), Date.parse(r.finishedAt ?? "")])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    for (let i = 1; i < starts.length; i++) expect(starts[i]?.[0]).toBeGreaterThanOrEqual(starts[i - 1]?.[1] ?? 0);
  }, 60_000);
});
