import { createRepositories, type Repositories, STALE_RUN_ERROR } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLegistarData, type LegistarServer, startLegistarServer } from "../test-support/legistar-server";
import type { ConnectorReport } from "./registry";
import { runSyncSource } from "./run-sync";
import { createSyncScheduler } from "./scheduler";
import { waitFor } from "./wait-for";

// Stored syncs run through the runner: real HTTP to the Legistar-shaped server, real databases.
// 6 matters in pages of 4, 2 meetings: small, since the settings cap requests at 50 a second.
const MATTERS = 6;

describe.each(testProviders())("running stored syncs on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let server: LegistarServer;
  const settings = () => ({
    client: "testville",
    apiBase: server.baseUrl,
    timeZone: "America/Chicago",
    requestsPerSecond: 50,
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    server = await startLegistarServer({
      data: generateLegistarData({ seed: 3, matters: MATTERS, events: 2 }),
      pageCap: 4,
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("runs a sync, keeping progress on the run and its resume points on the sync", async () => {
    const source = await repositories.syncSources.create(
      { name: "Testville", connector: "legistar", settings: settings(), schedule: null, enabled: true },
      "Ana Admin",
    );
    const seen: string[] = [];
    const run = await runSyncSource(source.id, {
      repositories,
      trigger: "command",
      requestedBy: "ana",
      progressEveryMs: 20,
      onProgress: (line) => seen.push(line),
    });
    expect(run).toMatchObject({ status: "succeeded", trigger: "command", error: null });
    const report = run?.report as ConnectorReport;
    expect(report.kinds.measures).toMatchObject({ created: MATTERS, updated: 0 });
    expect(seen.length).toBeGreaterThan(3);
    expect(run?.progress?.lines.at(-1)).toBe(seen.at(-1));
    const stored = await repositories.syncSources.get(source.id);
    expect(stored?.resumeFrom).toEqual(report.resumeFrom);
    expect(stored?.resumeFrom?.matters).not.toBeNull();
  });

  it("stores a failed run's error naming the request, and the next run resumes from its points", async () => {
    const fresh = await createTestDatabase(provider);
    try {
      const repos = createRepositories(fresh);
      const source = await repos.syncSources.create(
        { name: "Testville", connector: "legistar", settings: settings(), schedule: null, enabled: true },
        "Ana Admin",
      );
      const order = [...server.data.matters].sort((a, b) =>
        String(a.MatterLastModifiedUtc).localeCompare(String(b.MatterLastModifiedUtc)),
      );
      const inSecondPage = Number(order[5]?.MatterId);
      server.fault({ path: `matters/${inSecondPage}/histories`, kind: "html" });
      const failed = await runSyncSource(source.id, { repositories: repos, trigger: "staff", requestedBy: "ana" });
      expect(failed?.status).toBe("failed");
      expect(failed?.error).toMatch(
        new RegExp(
          `^GET http://127\\.0\\.0\\.1:\\d+/v1/testville/matters/${inSecondPage}/histories: the answer is not JSON`,
        ),
      );
      expect((failed?.report as ConnectorReport | undefined)?.kinds.measures?.created).toBe(4);
      expect((await repos.syncSources.get(source.id))?.resumeFrom?.matters).toBe(order[3]?.MatterLastModifiedUtc);

      server.requests.length = 0;
      const resumed = await runSyncSource(source.id, { repositories: repos, trigger: "staff" });
      expect(resumed?.status).toBe("succeeded");
      expect((resumed?.report as ConnectorReport | undefined)?.kinds.measures?.created).toBe(MATTERS - 4);
      expect(server.requests.find((r) => r.path === "matters")?.query.$filter).toContain(
        justBefore(String(order[3]?.MatterLastModifiedUtc)),
      );
    } finally {
      server.clearFaults();
      await fresh.drop();
    }
  });

  it("says why a sync with bad settings or an unknown connector did not run", async () => {
    const bad = await repositories.syncSources.create(
      { name: "Broken", connector: "legistar", settings: { client: "x" }, schedule: null, enabled: true },
      "Ana Admin",
    );
    const run = await runSyncSource(bad.id, { repositories, trigger: "staff" });
    expect(run).toMatchObject({ status: "failed" });
    expect(run?.error).toMatch(/^This sync's settings have problems: timeZone /);
    const unknown = await repositories.syncSources.create(
      { name: "Granicus", connector: "granicus", settings: {}, schedule: null, enabled: true },
      "Ana Admin",
    );
    expect((await runSyncSource(unknown.id, { repositories, trigger: "staff" }))?.error).toBe(
      `This sync's connector "granicus" is not available on this server.`,
    );
  });

  it("marks a run whose machine stopped as failed at the next tick, and the next run resumes", async () => {
    const source = await repositories.syncSources.create(
      { name: "Crashed", connector: "legistar", settings: settings(), schedule: null, enabled: true },
      "Ana Admin",
    );
    const resumeFrom = {
      bodies: null,
      persons: null,
      officerecords: null,
      matters: "2030-01-01T00:00:00",
      events: null,
    };
    await repositories.syncSources.finishRun(
      (await repositories.syncSources.createRun(source.id, "command", null)).id,
      {
        status: "succeeded",
        report: null,
        resumeFrom,
      },
    );
    // A machine took a run and stopped ten minutes ago.
    const crashed = await repositories.syncSources.createRun(source.id, "schedule", null);
    await repositories.syncSources.claimRun(crashed.id, new Date(Date.now() - 10 * 60_000));

    const scheduler = createSyncScheduler(database, repositories, { log: () => {} });
    await scheduler.start();
    try {
      expect(await repositories.syncSources.getRun(crashed.id)).toMatchObject({
        status: "failed",
        error: STALE_RUN_ERROR,
      });
      server.requests.length = 0;
      const queued = await scheduler.runNow(source.id, "Ana Admin");
      expect(queued.status).toBe("queued");
      const finished = await waitFor(async () => {
        const run = await repositories.syncSources.getRun(queued.id);
        return run && (run.status === "succeeded" || run.status === "failed") ? run : null;
      });
      expect(finished).toMatchObject({ status: "succeeded", trigger: "staff", requestedBy: "Ana Admin" });
      // Resumed: nothing of the matters after the stored point was asked for again from the start.
      expect(server.requests.find((r) => r.path === "matters")?.query.$filter).toContain(
        justBefore("2030-01-01T00:00:00"),
      );
    } finally {
      await scheduler.stop();
    }
  }, 60_000);
});

/** The client asks for rows changed after a millisecond before the resume point (rows at it included). */
const justBefore = (time: string) => new Date(Date.parse(`${time}Z`) - 1).toISOString().slice(0, 23);
