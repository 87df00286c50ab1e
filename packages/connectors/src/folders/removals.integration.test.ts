import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IMPORT_COLLECTIONS, type ImportRecords } from "@legible/core";
import { applyImport, createRepositories, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importOcdFolder } from "./ocd-scrape";

// A scrape folder is a whole snapshot: a bill file the scraper no longer writes is a bill deleted
// upstream. The fixture city's folder is copied, with a second bill, so the test can take that
// bill's file away and put it back (a folder left with no bill at all is not trusted).
const FIXTURE = fileURLToPath(new URL("../test-support/fixtures/ocd-scrape", import.meta.url));
const FAIRHAVEN = "ocd-jurisdiction/country:us/state:il/place:fairhaven/government";

const jurisdiction: ImportRecords = {
  ...(Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords),
  jurisdictions: [
    {
      id: FAIRHAVEN,
      name: "Fairhaven",
      slug: "il-fairhaven",
      classification: "government",
      divisionId: "ocd-division/country:us/state:il/place:fairhaven",
    },
  ],
};

describe.each(testProviders())("following deletions in an OCD scrape folder in %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let folder: string;
  let dir: string;
  const billFile = "bill_5e1f0c3a-8d4e-11ef-9a3b-0242ac120002.json";
  let billJson: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    expect((await applyImport(repositories, { records: jurisdiction }, { name: "test" })).ok).toBe(true);
    folder = await mkdtemp(join(tmpdir(), "legible-ocd-removals-"));
    await cp(FIXTURE, folder, { recursive: true });
    const [jurisdictionFolder] = await readdir(join(folder, "_data"));
    dir = join(folder, "_data", jurisdictionFolder as string);
    const original = (await readdir(dir)).find((name) => name.startsWith("bill_")) as string;
    const bill = JSON.parse(await readFile(join(dir, original), "utf8"));
    billJson = JSON.stringify({
      ...bill,
      _id: "5e1f0c3a-8d4e-11ef-9a3b-0242ac120002",
      identifier: "CB 25-099",
      title: "An ordinance renaming Quarry Park",
    });
    await writeFile(join(dir, billFile), billJson);
  });
  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const run = () => importOcdFolder({ repositories, folder, timeZone: "America/Chicago" });

  it("finds nothing removed on the first run", async () => {
    const report = await run();
    expect(report.ok).toBe(true);
    expect(report.removals?.removed).toEqual([]);
    expect(report.removals?.checked.find((c) => c.list === "bill files")).toMatchObject({ upstream: 2, held: 2 });
    const measure = (await readAllRecords(repositories.measures)).find((m) => m.identifier === "CB 25-099");
    expect(measure?.identifiers).toEqual([expect.objectContaining({ scheme: "other", identifier: measure?.id })]);
  });

  it("reports a bill whose file is gone, and takes it off the public site", async () => {
    const measure = (await readAllRecords(repositories.measures)).find((m) => m.identifier === "CB 25-099");
    if (!measure) throw new Error("the first run wrote no measure");
    await rm(join(dir, billFile));

    const report = await run();
    expect(report.ok).toBe(true);
    expect(report.removals?.removed).toEqual([
      expect.objectContaining({
        recordType: "measure",
        recordId: measure.id,
        name: expect.stringContaining(measure.title),
      }),
    ]);
    expect(await repositories.measureRecords(measure.id)).toBeNull();
    expect(await repositories.measures.get(measure.id)).not.toBeNull();
    const open = (await repositories.review.list({ status: "open", skip: 0, take: 20 })).items;
    expect(open.filter((i) => i.kind === "upstream-removed").map((i) => i.recordId)).toEqual([measure.id]);

    // The file comes back: so does the bill.
    await writeFile(join(dir, billFile), billJson);
    const back = await run();
    expect(back.removals?.restored.map((r) => r.recordId)).toEqual([measure.id]);
    expect(await repositories.measureRecords(measure.id)).not.toBeNull();
  });
});
