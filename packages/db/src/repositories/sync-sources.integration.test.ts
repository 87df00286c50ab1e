import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { VersionConflictError } from "./errors";
import { createRepositories, type Repositories } from "./index";
import { BUSY_RUN_ERROR, STALE_RUN_ERROR } from "./sync-sources";

const fields = {
  name: "Chicago City Council",
  connector: "legistar",
  settings: { client: "chicago", apiBase: "https://webapi.legistar.com/v1", timeZone: "America/Chicago" },
  schedule: "0 2 * * *",
  enabled: true,
};

describe.each(testProviders())("syncs and their runs on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
  });
  afterAll(() => database.drop());

  it("creates a sync with an id from its name, and finds it by id or name", async () => {
    const sync = await repositories.syncSources.create(fields, "Ana Admin");
    expect(sync).toMatchObject({ id: "chicago-city-council", version: 1, updatedBy: "Ana Admin", resumeFrom: null });
    const second = await repositories.syncSources.create({ ...fields, name: "Chicago city council!" }, "Ana Admin");
    expect(second.id).toBe("chicago-city-council-2");
    expect((await repositories.syncSources.find("Chicago City Council"))?.id).toBe("chicago-city-council");
    expect((await repositories.syncSources.find("chicago-city-council-2"))?.name).toBe("Chicago city council!");
    expect(await repositories.syncSources.find("nothing")).toBeNull();
  });

  it("refuses a save over a version someone else saved since", async () => {
    const saved = await repositories.syncSources.update(
      "chicago-city-council",
      { ...fields, schedule: null, version: 1 },
      "Ana Admin",
    );
    expect(saved).toMatchObject({ version: 2, schedule: null });
    await expect(
      repositories.syncSources.update("chicago-city-council", { ...fields, version: 1 }, "Rui Admin"),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect((await repositories.syncSources.listScheduled()).map((s) => s.id)).toEqual(["chicago-city-council-2"]);
  });

  it("lets only one of two machines claim a run, and never runs a sync twice at once", async () => {
    const run = await repositories.syncSources.createRun("chicago-city-council", "staff", "Ana Admin");
    expect(run.status).toBe("queued");
    const other = createRepositories(database);
    const claims = await Promise.all([
      repositories.syncSources.claimRun(run.id),
      other.syncSources.claimRun(run.id),
      repositories.syncSources.claimRun(run.id),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ status: "running" });

    const overlapping = await repositories.syncSources.createRun("chicago-city-council", "schedule", null);
    expect(await repositories.syncSources.claimRun(overlapping.id)).toBeNull();
    expect(await repositories.syncSources.getRun(overlapping.id)).toMatchObject({
      status: "failed",
      error: BUSY_RUN_ERROR,
    });

    expect(await repositories.syncSources.heartbeat(run.id, { lines: ["bodies: 4 created"] })).toBe(true);
    const finished = await repositories.syncSources.finishRun(run.id, {
      status: "succeeded",
      report: { ok: true },
      resumeFrom: { matters: "2024-01-02T00:00:00" },
    });
    expect(finished).toMatchObject({
      status: "succeeded",
      report: { ok: true },
      progress: { lines: ["bodies: 4 created"] },
    });
    const source = await repositories.syncSources.get("chicago-city-council");
    expect(source).toMatchObject({ resumeFrom: { matters: "2024-01-02T00:00:00" }, version: 2 });
    expect(await repositories.syncSources.heartbeat(run.id, null)).toBe(false);
    const listed = await repositories.syncSources.list();
    expect(listed.find((s) => s.id === "chicago-city-council")?.latestRun?.id).toBe(overlapping.id);
    expect((await repositories.syncSources.listRuns("chicago-city-council")).map((r) => r.id)).toEqual([
      overlapping.id,
      run.id,
    ]);
  });

  it("marks a run whose machine stopped sending heartbeats as failed", async () => {
    const run = await repositories.syncSources.createRun("chicago-city-council-2", "schedule", null);
    const then = new Date(Date.now() - 10 * 60_000);
    await repositories.syncSources.claimRun(run.id, then);
    expect(await repositories.syncSources.failStaleRuns(new Date(Date.now() - 60_000))).toBe(1);
    expect(await repositories.syncSources.getRun(run.id)).toMatchObject({ status: "failed", error: STALE_RUN_ERROR });
    expect(await repositories.syncSources.failStaleRuns(new Date())).toBe(0);
  });
});
