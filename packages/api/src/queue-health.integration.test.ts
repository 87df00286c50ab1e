import {
  createImportQueue,
  createSyncScheduler,
  type ImportQueue,
  type SyncScheduler,
  setImportQueue,
  setSyncScheduler,
} from "@legible/connectors";
import { createRepositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { processStorage } from "./process-storage";
import { queueHealthParts } from "./queue-health";
import { healthResponse } from "./server";

// The staff app's health with its real job queues (pg-boss on PostgreSQL, in process on SQLite),
// started and then stopped as a machine's would be.

const quiet = () => {};
const storageSlot = globalThis as unknown as { legibleStorage?: unknown };

describe.each(testProviders())("the job queue in health on %s", (provider) => {
  let database: TestDatabase;
  let syncs: SyncScheduler;
  let imports: ImportQueue;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    // healthResponse reads the process's database, as the staff app's /api/health does.
    process.env.DATABASE_URL = database.config.url;
    storageSlot.legibleStorage = undefined;
  });
  afterEach(async () => {
    setSyncScheduler(null);
    setImportQueue(null);
    await Promise.allSettled([syncs?.stop(), imports?.stop()]);
  });
  afterAll(async () => {
    await (await processStorage()).database.close();
    storageSlot.legibleStorage = undefined;
    await database?.drop();
  });

  async function startQueues() {
    const repositories = createRepositories(database);
    syncs = createSyncScheduler(database, repositories, { log: quiet });
    imports = createImportQueue(database, repositories, { log: quiet });
    setSyncScheduler(syncs);
    setImportQueue(imports);
    await syncs.start();
    await imports.start();
  }

  it("is ok while both queues run, naming what they run on", async () => {
    await startQueues();
    expect(queueHealthParts()).toEqual([
      {
        name: "queue",
        state: "ok",
        detail:
          provider === "postgresql" ? expect.stringContaining("pg-boss") : expect.stringContaining("this process"),
      },
    ]);
    const body = await (await healthResponse(queueHealthParts())).json();
    expect(body).toMatchObject({ status: "ok", database: provider, queue: { state: "ok" } });
  });

  it("is degraded, with a plain reason and still a 200, once the sync queue is stopped", async () => {
    await startQueues();
    await syncs.stop();
    expect(queueHealthParts()).toEqual([
      { name: "queue", state: "degraded", detail: expect.stringContaining("the sync queue is stopped") },
    ]);
    const response = await healthResponse(queueHealthParts());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      queue: { state: "degraded", detail: expect.stringMatching(/sync queue is stopped.*syncs and imports wait/) },
    });
  });

  it("is degraded when this machine should run the queues but none runs", () => {
    expect(queueHealthParts()).toEqual([
      { name: "queue", state: "degraded", detail: expect.stringContaining("the sync queue is not running") },
    ]);
  });

  it("is ok on a machine told not to run them (LEGIBLE_SYNC_WORKER=off)", () => {
    expect(queueHealthParts({ LEGIBLE_SYNC_WORKER: "off" })).toEqual([
      { name: "queue", state: "ok", detail: expect.stringContaining("LEGIBLE_SYNC_WORKER=off") },
    ]);
  });
});
