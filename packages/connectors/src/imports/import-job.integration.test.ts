import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { applyImport, createRepositories, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportJobReport } from "./report";
import { runImportJob } from "./run-import-job";

// Import jobs on a real database: a file far larger than the staff app's old 800 KB cap is read
// piece by piece while the live heap stays a small part of the file; a bad value is set aside
// and the rest imported; a job cut short after some batches goes on without writing twice.

// A full collection before each sample, so the heap measured is what the job holds, not garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const JURISDICTION = "ocd-jurisdiction/country:us/state:zz/place:bigtown/government";

function measure(prefix: string, n: number, text: string) {
  return {
    id: `measure-${prefix}-${n}`,
    jurisdictionId: JURISDICTION,
    identifier: `BIG-${n}`,
    title: `Big import measure ${n}`,
    classification: "ordinance",
    subjects: [],
    sponsors: [],
    textSections: [{ heading: "Section 1", text }],
    relatedMeasures: [],
    sourceIds: ["src-big-import"],
  };
}

/** Writes a dataset of `count` measures with long texts, in pieces, without holding it whole. */
async function writeDataset(path: string, prefix: string, count: number, textLength: number): Promise<number> {
  const out = createWriteStream(path);
  const write = (chunk: string) =>
    new Promise<void>((resolve) => (out.write(chunk) ? resolve() : out.once("drain", resolve)));
  await write(`{"format":"legible-dataset","version":1,`);
  await write(
    `"jurisdictions":[${JSON.stringify({ id: JURISDICTION, name: "Bigtown", slug: "bigtown", classification: "government", divisionId: "ocd-division/country:us/state:zz/place:bigtown" })}],`,
  );
  await write(
    `"sources":[${JSON.stringify({ id: "src-big-import", kind: "official-record", title: "Bigtown code", publisher: null, date: null })}],`,
  );
  await write(`"bodies":[],"posts":[],"people":[],"memberships":[],"measures":[`);
  const text = "The city shall keep its records open to the public. "
    .repeat(Math.ceil(textLength / 52))
    .slice(0, textLength);
  for (let n = 0; n < count; n++) await write(`${n ? "," : ""}${JSON.stringify(measure(prefix, n, `${n} ${text}`))}`);
  await write(`],"actions":[],"voteEvents":[],"statements":[],"explainers":[]}`);
  await new Promise((resolve) => out.end(resolve));
  return (await stat(path)).size;
}

describe.each(testProviders())("import jobs on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    folder = await mkdtemp(join(tmpdir(), "legible-import-job-"));
  });
  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const queue = (fileName: string, path: string, bytes: number) =>
    repositories.importJobs.create({
      format: "legible-dataset",
      fileName,
      filePath: path,
      fileBytes: bytes,
      requestedBy: "ana@example.org",
    });

  it("imports a 30 MB dataset while the live heap grows by well under a third of the file", async () => {
    const path = join(folder, "big.json");
    const bytes = await writeDataset(path, "big", 1_650, 20_000);
    expect(bytes).toBeGreaterThan(30 * 1024 * 1024);
    const job = await queue("big.json", path, bytes);
    // A small import first, so the database client's first-use caches (prepared queries, pool
    // connections) are in the baseline and only what the file costs is measured.
    const warmUpPath = join(folder, "warm-up.json");
    const warmUp = await queue("warm-up.json", warmUpPath, await writeDataset(warmUpPath, "warm-up", 30, 20_000));
    expect((await runImportJob(warmUp.id, { repositories }))?.status).toBe("succeeded");

    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sample = () => {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const sampler = setInterval(sample, 1_000);
    const lines: string[] = [];
    const done = await runImportJob(job.id, {
      repositories,
      progressEveryMs: 50,
      onProgress: (line) => lines.push(line),
    });
    clearInterval(sampler);

    expect(done).toMatchObject({ status: "succeeded", error: null });
    const report = done?.report as ImportJobReport;
    expect(report.kinds.measures).toMatchObject({ created: 1_650, updated: 0 });
    expect(report.items).toBe(1_652);
    expect(report.batches).toBeGreaterThan(10);
    expect(await repositories.measures.get("measure-big-1649")).toMatchObject({ title: "Big import measure 1649" });
    expect(lines.at(-1)).toBe(`Done: 1,652 records read in ${report.batches} batches.`);
    // The stored progress is what the staff page shows while the job runs.
    expect((await repositories.importJobs.get(job.id))?.progress?.lines.at(-1)).toBe(lines.at(-1));
    // Parsing the file whole would hold more than the file's size in objects.
    const growth = peak - baseline;
    console.log(
      `import job on ${provider}: file ${(bytes / 1048576).toFixed(1)} MB, peak heap growth ${(growth / 1048576).toFixed(1)} MB`,
    );
    expect(growth).toBeLessThan(bytes / 3);
    // The file is no longer kept once everything in it is written.
    await expect(stat(path)).rejects.toThrow();
  }, 600_000);

  it("sets a bad value aside with its place and reason and imports the rest", async () => {
    const path = join(folder, "one-bad.json");
    const dataset = {
      format: "legible-dataset",
      version: 1,
      jurisdictions: [],
      sources: [],
      bodies: [],
      posts: [],
      people: [
        { id: "person-bad-image", name: "Ida Image", image: "not a web address", sourceIds: [] },
        { id: "person-fine", name: "Fay Fine", sourceIds: [] },
        { id: "person-no-name", sourceIds: [] },
      ],
      memberships: [],
      measures: [],
      actions: [],
      voteEvents: [],
      statements: [],
      explainers: [],
    };
    await writeFile(path, JSON.stringify(dataset));
    const job = await queue("one-bad.json", path, (await stat(path)).size);
    const done = await runImportJob(job.id, { repositories });
    expect(done?.status).toBe("succeeded");
    const report = done?.report as ImportJobReport;
    expect(report.quarantined).toEqual([
      { place: "people.0.image", value: '"not a web address"', reason: expect.stringMatching(/web address|URL|http/i) },
    ]);
    expect(report.left).toEqual([
      { place: "people.2", title: "person-no-name", reason: "cannot be stored: name is required" },
    ]);
    expect(report.kinds.people).toMatchObject({ created: 2, skipped: 1 });
    expect(await repositories.people.get("person-bad-image")).toMatchObject({ name: "Ida Image" });
    expect((await repositories.people.get("person-bad-image"))?.image).toBeUndefined();
    expect(await repositories.people.get("person-no-name")).toBeNull();
  });

  it("goes on after a stop from the last batch written, without writing anything twice", async () => {
    const path = join(folder, "stopped.json");
    const bytes = await writeDataset(path, "stopped", 120, 200);
    const job = await queue("stopped.json", path, bytes);
    let batches = 0;
    const stopped = await runImportJob(job.id, {
      repositories,
      batchSize: 25,
      writeBatch: async (repos, input, actor) => {
        if (++batches === 3) throw new Error("the machine went away");
        return applyImport(repos, input, actor);
      },
    });
    expect(stopped).toMatchObject({
      status: "failed",
      error: "The import stopped with an error: the machine went away",
    });
    expect(stopped?.cursor?.items).toBe(50);
    const written = async () =>
      (await readAllRecords(repositories.measures)).filter((m) => m.id.startsWith("measure-stopped-")).length;
    expect(await written()).toBe(48);

    const resumed = await runImportJob(job.id, { repositories, batchSize: 25 });
    expect(resumed?.status).toBe("succeeded");
    const report = resumed?.report as ImportJobReport;
    expect(report.resumedAt).toEqual([50]);
    expect(report.items).toBe(122);
    // Every record written once: the batches before the stop are not read into the store again.
    expect(report.kinds.measures).toEqual({ created: 120, updated: 0, unchanged: 0, skipped: 0 });
    expect(await written()).toBe(120);
    // A finished job is not taken again.
    expect(await runImportJob(job.id, { repositories })).toBeNull();
  });

  it("fails a job whose file is not on this server, saying so", async () => {
    const job = await queue("gone.json", join(folder, "gone.json"), 10);
    const done = await runImportJob(job.id, { repositories });
    expect(done?.status).toBe("failed");
    expect(done?.error).toMatch(/^gone\.json: the file cannot be read on this server \(ENOENT/);
  });

  it("fails a file that is not a dataset, naming the file and the reason", async () => {
    const path = join(folder, "not-json.json");
    await writeFile(path, '{"format":"legible-dataset","version":1,"people":[{"id":"x",');
    const job = await queue("not-json.json", path, 60);
    const done = await runImportJob(job.id, { repositories });
    expect(done?.status).toBe("failed");
    expect(done?.error).toMatch(/^not-json\.json: /);
  });
});
