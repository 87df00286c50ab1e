import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IMPORT_COLLECTIONS, type ImportRecords } from "@legible/core";
import { applyImport, createRepositories, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importOpenStatesFolder } from "./openstates-people";
import type { FolderImportReport } from "./report";

// A state folder in the openstates/people layout, real-shaped and written for these tests:
// two state representatives (one already on record under a staff-made id, one with an
// impossible start date), a governor, and a city not yet in Legible with its mayor and two
// council district members; one link is ftp://.
const FOLDER = fileURLToPath(new URL("../test-support/fixtures/openstates-people", import.meta.url));
const IL = "ocd-jurisdiction/country:us/state:il/government";
const FAIRHAVEN = "ocd-jurisdiction/country:us/state:il/place:fairhaven/government";

function records(partial: Partial<ImportRecords>): ImportRecords {
  return { ...(Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords), ...partial };
}

/** The state as staff set it up: its House and governor's office with their seats, two parties, and one representative. */
const onRecord = records({
  jurisdictions: [
    {
      id: IL,
      name: "Illinois",
      slug: "illinois",
      classification: "government",
      divisionId: "ocd-division/country:us/state:il",
    },
  ],
  bodies: [
    {
      id: "il-house",
      jurisdictionId: IL,
      name: "Illinois House of Representatives",
      classification: "legislature",
      sourceIds: [],
    },
    {
      id: "il-governor",
      jurisdictionId: IL,
      name: "Office of the Governor of Illinois",
      classification: "executive",
      sourceIds: [],
    },
    { id: "party-dem", name: "Democratic", classification: "party", sourceIds: [] },
    { id: "party-gop", name: "Republican", classification: "party", sourceIds: [] },
  ],
  posts: [
    { id: "il-house-11", bodyId: "il-house", label: "District 11", role: "Representative" },
    { id: "il-house-12", bodyId: "il-house", label: "District 12", role: "Representative" },
    { id: "il-governor-post", bodyId: "il-governor", label: "Governor", role: "Governor" },
  ],
  people: [{ id: "person-maria-okafor", name: "Maria Okafor", sourceIds: [] }],
  memberships: [
    {
      id: "term-okafor-11",
      personId: "person-maria-okafor",
      bodyId: "il-house",
      postId: "il-house-11",
      startDate: "2021-01-13",
      endDate: null,
      current: true,
      sourceIds: [],
    },
  ],
});

function totals(report: FolderImportReport) {
  return Object.fromEntries(
    Object.entries(report.kinds).map(([kind, c]) => [kind, [c.created, c.updated, c.unchanged, c.skipped]]),
  );
}

describe.each(testProviders())("importing an Open States people folder into %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let first: FolderImportReport;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    const seeded = await applyImport(repositories, { records: onRecord }, { name: "test" });
    expect(seeded.ok).toBe(true);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("places every role, makes the new city's council, office and seats, and quarantines the bad values", async () => {
    const lines: string[] = [];
    // Two files a batch: cities and people written by one batch are found by the next.
    first = await importOpenStatesFolder({
      repositories,
      folder: FOLDER,
      batchSize: 2,
      onProgress: (l) => lines.push(l),
    });
    expect(first.error).toBeUndefined();
    expect(first.ok).toBe(true);
    expect(first.files).toBe(6);
    expect(first.batches).toBe(3);
    expect(lines).toHaveLength(3);
    // Nothing left out: every role found its body and seat, every party its party.
    expect(first.left).toEqual([]);
    expect(first.matched).toEqual([
      {
        place: "data/il/legislature/Maria-Okafor-5c0e1f7a-3b2d-4e8a-9f61-2a7d4c9b1e03.yml",
        name: "Maria Okafor",
        personId: "person-maria-okafor",
        basis: "name-and-term",
      },
    ]);

    const place = (q: { place: string }) => q.place.replace(/^data\/il\//, "");
    expect(first.quarantined.map((q) => [place(q), q.value]).sort()).toEqual([
      [
        "legislature/Maria-Okafor-5c0e1f7a-3b2d-4e8a-9f61-2a7d4c9b1e03.yml:24",
        "ftp://ilga.example/pub/members/okafor.txt",
      ],
      ["legislature/Thomas-Reilly-8e4a2c61-7d0b-4f3e-a5c9-6b1d0e2f4a57.yml:13", "2023-02-30"],
    ]);
    expect(first.quarantined.find((q) => q.value === "2023-02-30")?.reason).toMatch(/is not a date/);

    const jurisdictions = await readAllRecords(repositories.jurisdictions);
    expect(jurisdictions.find((j) => j.id === FAIRHAVEN)).toMatchObject({ name: "Fairhaven" });
    const bodies = await readAllRecords(repositories.bodies);
    const fairhaven = bodies.filter((b) => b.jurisdictionId === FAIRHAVEN).map((b) => [b.name, b.classification]);
    expect(fairhaven.sort()).toEqual([
      ["Fairhaven Council", "legislature"],
      ["Office of the Mayor of Fairhaven", "executive"],
    ]);
    const posts = await readAllRecords(repositories.posts);
    const postLabel = new Map(posts.map((p) => [p.id, `${bodies.find((b) => b.id === p.bodyId)?.name}: ${p.label}`]));

    const people = await readAllRecords(repositories.people);
    // Maria Okafor is on record already (same name, same seat, same time): no second record.
    expect(people.map((p) => p.name).sort()).toEqual([
      "Devon Marsh",
      "Grace Lindqvist",
      "Harold Benning",
      "Maria Okafor",
      "Priya Natarajan",
      "Thomas Reilly",
    ]);
    expect(people.find((p) => p.name === "Grace Lindqvist")?.identifiers).toEqual([
      { scheme: "openstates", identifier: "ocd-person/3a7c5e19-2d8f-4b06-9e41-5f0a1b6c8d22" },
    ]);

    const terms = await readAllRecords(repositories.memberships);
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const seats = terms
      .map(
        (t) =>
          `${nameOf.get(t.personId)} — ${t.postId ? postLabel.get(t.postId) : bodies.find((b) => b.id === t.bodyId)?.name}`,
      )
      .sort();
    expect(seats).toEqual([
      "Devon Marsh — Fairhaven Council: District 2",
      "Grace Lindqvist — Democratic",
      "Grace Lindqvist — Office of the Mayor of Fairhaven: Mayor",
      "Harold Benning — Democratic",
      "Harold Benning — Office of the Governor of Illinois: Governor",
      "Maria Okafor — Democratic",
      "Maria Okafor — Illinois House of Representatives: District 11",
      "Priya Natarajan — Democratic",
      "Priya Natarajan — Fairhaven Council: District 4",
      "Thomas Reilly — Illinois House of Representatives: District 12",
      "Thomas Reilly — Republican",
    ]);
    // The impossible start date is left out, and the term kept without it.
    expect(terms.find((t) => t.postId === "il-house-12")?.startDate).toBeNull();
  });

  it("changes nothing on a second import of the same folder", async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (["jurisdictions", "bodies", "posts", "people", "memberships", "sources"] as const).map(
            async (c) => [c, (await readAllRecords(repositories[c] as never)).length] as const,
          ),
        ),
      );
    const before = await count();
    const second = await importOpenStatesFolder({ repositories, folder: FOLDER, batchSize: 4 });
    expect(second.ok).toBe(true);
    for (const [kind, [created, updated, unchanged, skipped]] of Object.entries(totals(second))) {
      expect([kind, created, updated, skipped]).toEqual([kind, 0, 0, 0]);
      expect(unchanged).toBeGreaterThan(0);
    }
    expect(second.kinds.people?.unchanged).toBe(5);
    expect(second.left).toEqual([]);
    expect(second.quarantined).toHaveLength(2);
    expect(await count()).toEqual(before);
  });

  it("reads a folder of many files a batch at a time, each batch one transaction", async () => {
    const folder = await mkdtemp(join(tmpdir(), "legible-openstates-many-"));
    const FILES = 120;
    const city = "ocd-jurisdiction/country:us/state:il/place:brookmere/government";
    try {
      await mkdir(join(folder, "data", "il", "municipalities"), { recursive: true });
      for (let i = 1; i <= FILES; i++) {
        const id = `ocd-person/00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
        await writeFile(
          join(folder, "data", "il", "municipalities", `Member-${String(i).padStart(3, "0")}.yml`),
          `id: ${id}\nname: Member ${i}\nroles:\n- type: council member\n  district: '${i}'\n  jurisdiction: ${city}\n  start_date: '2025-01-06'\n`,
        );
      }
      const lines: string[] = [];
      const report = await importOpenStatesFolder({
        repositories,
        folder,
        batchSize: 25,
        onProgress: (l) => lines.push(l),
      });
      expect(report.ok).toBe(true);
      expect([report.files, report.batches, lines.length]).toEqual([FILES, 5, 5]);
      expect([report.kinds.people?.created, report.kinds.posts?.created, report.kinds.memberships?.created]).toEqual([
        FILES,
        FILES,
        FILES,
      ]);
      // The city and its council are made once, by the first batch; later batches find them.
      expect([report.kinds.jurisdictions?.created, report.kinds.bodies?.created]).toEqual([1, 1]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("stops at a file it cannot read, naming it, and keeps what earlier batches wrote", async () => {
    const folder = await mkdtemp(join(tmpdir(), "legible-openstates-"));
    try {
      await writeFile(
        join(folder, "a-Una-Field.yml"),
        "id: ocd-person/00000000-0000-4000-8000-0000000000aa\nname: Una Field\nroles: []\n",
      );
      await writeFile(join(folder, "b-broken.yml"), "id: ocd-person/x\nname: [unclosed\n");
      const report = await importOpenStatesFolder({ repositories, folder, batchSize: 1 });
      expect(report.ok).toBe(false);
      expect(report.error?.file).toBe("b-broken.yml");
      expect(report.error?.reason).toMatch(/^b-broken\.yml cannot be read: line \d+: this is not valid YAML/);
      expect(await repositories.people.get("ocd-person/00000000-0000-4000-8000-0000000000aa")).not.toBeNull();

      const missing = await importOpenStatesFolder({ repositories, folder: join(folder, "nowhere") });
      expect(missing.error?.reason).toMatch(/nowhere cannot be read: there is no such file or folder/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
