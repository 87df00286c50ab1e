import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IMPORT_COLLECTIONS, type ImportRecords } from "@legible/core";
import { applyImport, createRepositories, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importOcdFolder } from "./ocd-scrape";
import type { FolderImportReport } from "./report";

// A city's scrape as pupa writes it (`_data/<jurisdiction>/<kind>_<uuid>.json`), real-shaped
// and written for these tests: the council and a committee under it, two council members (one
// already on record, known by the clerk's id), a bill, its roll call with an option Legible
// does not know, and the meeting; a few ftp:// links and an impossible date.
const FOLDER = fileURLToPath(new URL("../test-support/fixtures/ocd-scrape", import.meta.url));
const FAIRHAVEN = "ocd-jurisdiction/country:us/state:il/place:fairhaven/government";

function records(partial: Partial<ImportRecords>): ImportRecords {
  return { ...(Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords), ...partial };
}

const onRecord = records({
  jurisdictions: [
    {
      id: FAIRHAVEN,
      name: "Fairhaven",
      slug: "il-fairhaven",
      classification: "government",
      divisionId: "ocd-division/country:us/state:il/place:fairhaven",
    },
  ],
  people: [
    {
      id: "person-ada-quimby",
      name: "Ada M. Quimby",
      identifiers: [{ scheme: "other", scope: "fairhaven_clerk", identifier: "CM-02" }],
      sourceIds: [],
    },
  ],
});

describe.each(testProviders())("importing a scraped OCD folder into %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let first: FolderImportReport;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    expect((await applyImport(repositories, { records: onRecord }, { name: "test" })).ok).toBe(true);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("reads organizations, people, bills, votes and events in that order, resolving the scrape's references", async () => {
    const lines: string[] = [];
    first = await importOcdFolder({
      repositories,
      folder: FOLDER,
      timeZone: "America/Chicago",
      batchSize: 1,
      onProgress: (l) => lines.push(l),
    });
    expect(first.error).toBeUndefined();
    expect(first.ok).toBe(true);
    expect(first.left).toEqual([]);
    // The jurisdiction file is not a record Legible takes from a scrape; the rest are.
    expect(first.files).toBe(7);

    const bodies = await readAllRecords(repositories.bodies);
    const council = bodies.find((b) => b.name === "Fairhaven City Council");
    expect(council).toMatchObject({ classification: "legislature", jurisdictionId: FAIRHAVEN });
    expect(bodies.find((b) => b.name === "Committee on Public Works")).toMatchObject({
      classification: "committee",
      parentId: council?.id,
    });

    // Ada Quimby is on record (the clerk's id CM-02): no second record, and the scrape's
    // references to her point at hers.
    const people = await readAllRecords(repositories.people);
    expect(people.map((p) => p.name).sort()).toEqual(["Ada M. Quimby", "Bo Lind"]);
    expect(people.find((p) => p.name === "Bo Lind")?.identifiers).toEqual([
      { scheme: "other", scope: "fairhaven_clerk", identifier: "CM-04" },
    ]);

    const [measure] = await readAllRecords(repositories.measures);
    expect(measure).toMatchObject({
      identifier: "CB 25-014",
      bodyId: council?.id,
      sponsors: [{ name: "Ada Quimby", personId: "person-ada-quimby", primary: true }],
    });
    const actions = await readAllRecords(repositories.actions);
    expect(actions.map((a) => a.date).sort()).toEqual(["2025-02-03", "2025-03-04"]);

    const [vote] = await readAllRecords(repositories.voteEvents);
    expect(vote).toMatchObject({ bodyId: council?.id, measureId: measure?.id, result: "pass" });
    expect(vote?.rollCall).toEqual([
      { voterName: "Ada Quimby", option: "yes", personId: "person-ada-quimby" },
      { voterName: "Bo Lind", option: "other" },
    ]);

    const [meeting] = await readAllRecords(repositories.meetings);
    expect(meeting).toMatchObject({ bodyId: council?.id, name: "Regular Council Meeting", status: "held" });
    expect(meeting?.agenda[0]?.measureIds).toEqual([measure?.id]);
    expect(meeting?.documents.map((d) => d.kind)).toEqual(["agenda"]);

    expect(
      first.quarantined.map((q) => [
        q.place.replace(/^_data\/fairhaven\//, "").replace(/_[0-9a-f-]+\.json/, ""),
        q.value,
      ]),
    ).toEqual([
      ["person:image", "ftp://www.fairhaven-il.example/images/council/lind.jpg"],
      ["bill:actions.1.date", "2025-02-30"],
      ["bill:sources.1.url", "ftp://clerk.fairhaven-il.example/pub/CB25-014.txt"],
      ["vote_event:votes.1.option", "recused-for-cause"],
      ["event:documents.1.links.0.url", "ftp://clerk.fairhaven-il.example/pub/minutes-2025-03-04.pdf"],
    ]);
    expect(first.quarantined.find((q) => q.value === "recused-for-cause")?.reason).toMatch(
      /^is not a vote option Legible knows \(yes, no, .*\); counted as other$/,
    );
  });

  it("changes nothing on a second import of the same folder", async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (["bodies", "people", "measures", "actions", "voteEvents", "meetings", "sources"] as const).map(
            async (c) => [c, (await readAllRecords(repositories[c] as never)).length] as const,
          ),
        ),
      );
    const before = await count();
    const second = await importOcdFolder({ repositories, folder: FOLDER, timeZone: "America/Chicago", batchSize: 3 });
    expect(second.ok).toBe(true);
    for (const [kind, c] of Object.entries(second.kinds)) {
      expect([kind, c.created, c.updated, c.skipped]).toEqual([kind, 0, 0, 0]);
    }
    expect(await count()).toEqual(before);
  });

  it("stops at a file that is not JSON, naming it", async () => {
    const folder = await mkdtemp(join(tmpdir(), "legible-ocd-"));
    try {
      await writeFile(join(folder, "bill_broken.json"), '{"title": "half a bill"');
      const report = await importOcdFolder({ repositories, folder });
      expect(report.ok).toBe(false);
      expect(report.error?.file).toBe("bill_broken.json");
      expect(report.error?.reason).toMatch(/^bill_broken\.json cannot be read: this is not valid JSON/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
