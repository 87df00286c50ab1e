import { mkdtemp, open, readdir, readFile, readlink, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createDatasetFilesQueue, type DatasetFilesQueue } from "@legible/connectors";
import { type Dataset, parseDataset } from "@legible/core";
import { createRepositories, findProjectRoot, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicRouter } from "../routers/public/index";
import { CURRENT_LINK, datasetFileEtag, readDatasetManifest, writeDatasetFiles } from "./dataset-files";
import { writePublicDatasetFiles } from "./dataset-files-worker";
import { inMemoryDatasetReader } from "./dataset-reader";
import { DOWNLOADS, downloadText } from "./downloads";
import { datasetFileResponse, PREPARING_RETRY_AFTER_SECONDS } from "./serve-dataset-file";

// The open-data files on each database: written by the job on the queue the connectors use
// (pg-boss on PostgreSQL, in process on SQLite), one write for a burst of asks, each file the
// dataset's export in its format, swapped in whole, and served from disk: plain or gzipped,
// with validators, or a 503 before the first write.

const actor = { name: "dataset files test" };

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > until) throw new Error("gave up waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://site.test${path}`, { headers });

describe("open data without a database", () => {
  it("has no procedure that reads the whole dataset", () => {
    expect(Object.keys(publicRouter._def.procedures)).not.toContain("site.dataset");
  });
});

/** The seed story, as the job would read it from a database after seeding. */
async function seedStory(): Promise<Dataset> {
  const parsed = parseDataset(
    JSON.parse(await readFile(join(findProjectRoot(), "prisma", "seed", "seed-story.json"), "utf8")),
  );
  if (!parsed.ok) throw new Error("the seed story does not parse");
  return parsed.value;
}

// nginx serves the files through the `current` link (deploy/nginx/site.ts), not the manifest.
describe("the current link, for a server reading the files directly", () => {
  let dir: string;
  let dataset: Dataset;
  const storedFiles = DOWNLOADS.flatMap((download) => {
    const file = download.path.slice("/data/".length).replaceAll("/", "-");
    return [file, `${file}.gz`];
  }).sort();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "legible-dataset-link-"));
    dataset = await seedStory();
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("names a whole set at every moment of a run of writes, and the manifest's set once they end", async () => {
    await writeDatasetFiles(inMemoryDatasetReader(dataset), dir);
    let writing = true;
    const writesDone = (async () => {
      for (let round = 0; round < 5; round++) await writeDatasetFiles(inMemoryDatasetReader(dataset), dir);
      writing = false;
    })();
    let looks = 0;
    while (writing) {
      // The link is always there (swapped by rename, never removed), and its folder is complete.
      const generation = await readlink(join(dir, CURRENT_LINK));
      expect(generation).not.toContain("/");
      expect((await readdir(join(dir, CURRENT_LINK))).sort(), generation).toEqual(storedFiles);
      looks += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writesDone;
    expect(looks).toBeGreaterThan(0);
    const manifest = await readDatasetManifest(dir);
    expect(await readlink(join(dir, CURRENT_LINK))).toBe(manifest?.generation);
    // No temporary link is left behind.
    expect((await readdir(dir)).filter((name) => name.startsWith(`${CURRENT_LINK}.tmp-`))).toEqual([]);
  });

  it("keeps the previous set readable for a download that began before the swap", async () => {
    await writeDatasetFiles(inMemoryDatasetReader(dataset), dir);
    const download = await open(join(dir, CURRENT_LINK, "legible-dataset.json.gz"));
    const before = await readlink(join(dir, CURRENT_LINK));
    const { size } = await download.stat();
    try {
      await writeDatasetFiles(inMemoryDatasetReader(dataset), dir);
      expect(await readlink(join(dir, CURRENT_LINK))).not.toBe(before);
      // The old folder is still on disk, and the download under way reads its file whole.
      expect((await stat(join(dir, before, "legible-dataset.json.gz"))).size).toBe(size);
      const whole = await download.readFile();
      expect(whole.length).toBe(size);
      expect(JSON.parse(gunzipSync(whole).toString("utf8"))).toMatchObject({ measures: expect.any(Array) });
      // One more write and the folder two writes back goes.
      await writeDatasetFiles(inMemoryDatasetReader(dataset), dir);
      await expect(stat(join(dir, before))).rejects.toThrow();
    } finally {
      await download.close();
    }
  });

  it("gives every file its generation's time, later than the last, so nginx's validators are the site's", async () => {
    const now = new Date("2030-01-02T03:04:05.678Z");
    const first = await writeDatasetFiles(inMemoryDatasetReader(dataset), dir, now);
    const second = await writeDatasetFiles(inMemoryDatasetReader(dataset), dir, now);
    // Two writes in the same second still differ: the second is dated a second later.
    expect(first.writtenAt).toBe("2030-01-02T03:04:05.000Z");
    expect(second.writtenAt).toBe("2030-01-02T03:04:06.000Z");
    for (const entry of second.files) {
      for (const gzipped of [false, true]) {
        const file = join(dir, CURRENT_LINK, gzipped ? `${entry.file}.gz` : entry.file);
        const { mtimeMs, size } = await stat(file);
        expect(mtimeMs, file).toBe(Date.parse(second.writtenAt));
        // nginx's ETag for a static file: hex seconds of the modification time, hex length.
        const nginxEtag = `"${Math.floor(mtimeMs / 1000).toString(16)}-${size.toString(16)}"`;
        expect(datasetFileEtag(second, entry, gzipped), file).toBe(nginxEtag);
      }
    }
    expect(datasetFileEtag(first, first.files[0] as never, true)).not.toBe(
      datasetFileEtag(second, second.files[0] as never, true),
    );
  });
});

describe.each(testProviders())("the open-data files on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let dir: string;
  let queue: DatasetFilesQueue | null = null;
  let writes = 0;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    dir = await mkdtemp(join(tmpdir(), "legible-dataset-files-"));
  });
  afterAll(async () => {
    await queue?.stop();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers 503 with Retry-After before the first write, never reading the dataset", async () => {
    const response = await datasetFileResponse(get("/data/votes.csv"), "/data/votes.csv", dir);
    expect(response?.status).toBe(503);
    expect(response?.headers.get("retry-after")).toBe(String(PREPARING_RETRY_AFTER_SECONDS));
    expect(await response?.text()).toContain("being prepared");
  });

  it("writes every file once for a burst of asks, each the dataset's export in its format", async () => {
    queue = createDatasetFilesQueue(database, {
      debounceMs: 500,
      pollingIntervalSeconds: 1,
      log: () => {},
      write: async () => {
        writes += 1;
        await writePublicDatasetFiles(repositories, dir);
      },
    });
    await queue.start();
    for (let ask = 0; ask < 5; ask++) await queue.request();
    const manifest = await waitFor(() => readDatasetManifest(dir));
    // Give a second write (there should be none) time to show.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(writes).toBe(1);

    const dataset = await repositories.sitePublicDataset();
    expect(manifest.files.map((file) => file.path)).toEqual(DOWNLOADS.map((download) => download.path));
    for (const download of DOWNLOADS) {
      const entry = manifest.files.find((file) => file.path === download.path);
      if (!entry) throw new Error(`no ${download.path}`);
      const plain = await readFile(join(dir, manifest.generation, entry.file), "utf8");
      expect(plain, download.path).toBe(await downloadText(download, dataset));
      expect(Buffer.byteLength(plain), download.path).toBe(entry.bytes);
    }
    const everything = JSON.parse(
      await readFile(join(dir, manifest.generation, "legible-dataset.json"), "utf8"),
    ) as unknown;
    expect(parseDataset(everything)).toMatchObject({ ok: true });
    expect(manifest.examples.voteId).toBe(dataset.voteEvents[0]?.id);
  }, 120_000);

  it("reads the database a page at a time: with pages of two records the files are the same, meetings too", async () => {
    await repositories.meetings.create(
      {
        id: "meeting-dataset-files",
        bodyId: "body-la-city-council",
        name: "Regular Council Meeting",
        start: "2025-06-10T10:00:00-07:00",
        timeZone: "America/Los_Angeles",
        status: "scheduled",
        agenda: [],
        documents: [],
        media: [],
        sourceIds: [],
      },
      actor,
    );
    const paged = await mkdtemp(join(tmpdir(), "legible-dataset-paged-"));
    try {
      const manifest = await writeDatasetFiles(repositories.sitePublicDatasetReader({ pageSize: 2 }), paged);
      const dataset = await repositories.sitePublicDataset();
      expect(dataset.meetings?.map((meeting) => meeting.id)).toEqual(["meeting-dataset-files"]);
      for (const download of DOWNLOADS) {
        const entry = manifest.files.find((file) => file.path === download.path);
        const text = await readFile(join(paged, manifest.generation, entry?.file ?? ""), "utf8");
        expect(text, download.path).toBe(await downloadText(download, dataset));
      }
      const events = await readFile(join(paged, manifest.generation, "ocd-events.json"), "utf8");
      expect(JSON.parse(events)).toMatchObject([{ name: "Regular Council Meeting" }]);
      // Page after page, every record once: as many as the database holds, none twice.
      const ids = dataset.measures.map((measure) => measure.id);
      expect(ids.length).toBeGreaterThan(2);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(await database.prisma.measure.count());
    } finally {
      await rm(paged, { recursive: true, force: true });
      await repositories.meetings.remove("meeting-dataset-files", 1, actor);
    }
  });

  it("streams a file gzipped when the client accepts it, plain otherwise, and 304 for a copy it has", async () => {
    const dataset = await repositories.sitePublicDataset();
    const votes = DOWNLOADS.find((download) => download.path === "/data/votes.csv");
    const expected = votes ? await downloadText(votes, dataset) : "";

    const zipped = await datasetFileResponse(
      get("/data/votes.csv", { "accept-encoding": "gzip, deflate, br" }),
      "/data/votes.csv",
      dir,
    );
    expect(zipped?.status).toBe(200);
    expect(zipped?.headers.get("content-encoding")).toBe("gzip");
    expect(zipped?.headers.get("vary")).toBe("Accept-Encoding");
    expect(zipped?.headers.get("last-modified")).toBeTruthy();
    const body = Buffer.from(await (zipped as Response).arrayBuffer());
    expect(Number(zipped?.headers.get("content-length"))).toBe(body.length);
    expect(gunzipSync(body).toString("utf8")).toBe(expected);

    const plain = await datasetFileResponse(
      get("/data/votes.csv", { "accept-encoding": "gzip;q=0" }),
      "/data/votes.csv",
      dir,
    );
    expect(plain?.headers.get("content-encoding")).toBeNull();
    expect(await plain?.text()).toBe(expected);
    expect(plain?.headers.get("etag")).not.toBe(zipped?.headers.get("etag"));

    const again = await datasetFileResponse(
      get("/data/votes.csv", { "if-none-match": zipped?.headers.get("etag") ?? "", "accept-encoding": "gzip" }),
      "/data/votes.csv",
      dir,
    );
    expect(again?.status).toBe(304);
    expect(await datasetFileResponse(get("/data/nothing.csv"), "/data/nothing.csv", dir)).toBeNull();
  });

  it("swaps a new write in whole: a reader during writes always finds the files its manifest names", async () => {
    await repositories.people.create({ id: "person-dataset-files", name: "Dana Files", sourceIds: [] }, actor);
    const before = await readDatasetManifest(dir);
    let writing = true;
    const writesDone = (async () => {
      for (let round = 0; round < 3; round++) await writePublicDatasetFiles(repositories, dir);
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const response = await datasetFileResponse(get("/data/ocd/people.json"), "/data/ocd/people.json", dir);
      expect(response?.status).toBe(200);
      const text = await (response as Response).text();
      // A whole file every time: it parses, and its length is the length its manifest gave.
      expect(Buffer.byteLength(text)).toBe(Number(response?.headers.get("content-length")));
      JSON.parse(text);
      reads += 1;
    }
    await writesDone;
    expect(reads).toBeGreaterThan(0);
    const after = await readDatasetManifest(dir);
    expect(after?.generation).not.toBe(before?.generation);
    const people = await readFile(join(dir, after?.generation ?? "", "ocd-people.json"), "utf8");
    expect(people).toContain("Dana Files");
    // Only the current and the previous write are kept, and no temporary folder is left.
    const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeLessThanOrEqual(2);
    expect(folders.map((folder) => folder.name)).toContain(after?.generation);
  }, 120_000);
});
