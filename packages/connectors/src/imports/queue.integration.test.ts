import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRepositories, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../runs/wait-for";
import { createImportQueue } from "./queue";

// The import queue on each database: pg-boss on PostgreSQL, in process on SQLite. A job handed to
// it runs once and ends succeeded; a job queued while no queue ran is taken up by the next one.

const dataset = (id: string, name: string) =>
  JSON.stringify({
    format: "legible-dataset",
    version: 1,
    jurisdictions: [],
    sources: [],
    bodies: [],
    posts: [],
    people: [{ id, name, sourceIds: [] }],
    memberships: [],
    measures: [],
    actions: [],
    voteEvents: [],
    statements: [],
    explainers: [],
  });

describe.each(testProviders())("the import queue on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    folder = await mkdtemp(join(tmpdir(), "legible-import-queue-"));
  });
  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const queued = async (id: string, name: string) => {
    const path = join(folder, `${id}.json`);
    const text = dataset(id, name);
    await writeFile(path, text);
    return repositories.importJobs.create({
      format: "legible-dataset",
      fileName: `${id}.json`,
      filePath: path,
      fileBytes: text.length,
      requestedBy: null,
    });
  };

  it("runs a job handed to it, and one queued before it started", async () => {
    const early = await queued("person-queued-early", "Quinn Queued");
    const finished: string[] = [];
    const queue = createImportQueue(database, repositories, {
      tickMs: 200,
      pollingIntervalSeconds: 1,
      log: () => {},
      onFinished: (job) => finished.push(job.id),
    });
    await queue.start();
    try {
      const handed = await queued("person-queued-handed", "Hana Handed");
      await queue.enqueue(handed.id);
      for (const job of [early, handed]) {
        const done = await waitFor(async () => {
          const now = await repositories.importJobs.get(job.id);
          return now?.status === "succeeded" || now?.status === "failed" ? now : null;
        });
        expect(done.status).toBe("succeeded");
        // The queue hears of it once the job's run returns, a moment after the job is stored as done.
        await waitFor(async () => finished.includes(job.id) || null);
      }
      expect(await repositories.people.get("person-queued-early")).toMatchObject({ name: "Quinn Queued" });
      expect(await repositories.people.get("person-queued-handed")).toMatchObject({ name: "Hana Handed" });
      // Each ran once, however often it was handed on.
      expect(finished.filter((id) => id === handed.id)).toHaveLength(1);
      expect(finished.filter((id) => id === early.id)).toHaveLength(1);
    } finally {
      await queue.stop();
    }
  }, 120_000);
});
