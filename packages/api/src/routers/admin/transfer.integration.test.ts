import { parseDataset } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);
const LA = "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government";

const popolo = JSON.stringify({
  persons: [
    { id: "person-paula-popolo", name: "Paula Popolo" },
    { id: "person-karen-bass", name: "Karen Bass", family_name: "Bass" },
    { id: "person-eric-garcetti", name: "Eric Garcetti" },
  ],
  memberships: [
    { id: "term-paula-council", person_id: "person-paula-popolo", organization_id: "body-la-city-council" },
  ],
});

const openStates = `id: ocd-person/8d1f2c3b-0a4e-4b5c-9d6e-7f8a9b0c1d2e
name: Oscar Openstates
roles:
  - type: mayor
    jurisdiction: ${LA}
    start_date: "2031"
  - type: upper
    district: 24
    jurisdiction: ocd-jurisdiction/country:us/state:ca/government
sources:
  - url: https://example.org/oscar
    note: City roster
`;

describe.each(testProviders())("import and export through the admin router on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const as = (role: StaffRole) =>
    callerOf(
      createContext({
        repositories,
        staff: { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role },
      }),
    ).transfer;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("previews a Popolo file, applies it, and a second preview finds nothing to change", async () => {
    const preview = await as("admin").preview({ format: "popolo", content: popolo });
    expect(preview.ok && preview.plan.counts).toEqual({ create: 2, update: 1, skip: 1 });
    const people = preview.plan?.collections.find((c) => c.collection === "people")?.records;
    expect(people?.find((p) => p.id === "person-karen-bass")).toMatchObject({
      action: "update",
      changedFields: ["familyName"],
    });
    expect(await repositories.people.get("person-paula-popolo")).toBeNull();

    const applied = await as("admin").import({ format: "popolo", content: popolo });
    expect(applied.ok && applied.plan.counts).toEqual({ create: 2, update: 1, skip: 1 });
    expect(await repositories.people.get("person-paula-popolo")).toMatchObject({ name: "Paula Popolo" });
    // Popolo carries no sources: Karen Bass keeps hers.
    expect(await repositories.people.get("person-karen-bass")).toMatchObject({ sourceIds: ["src-seed-news-report"] });

    const again = await as("admin").preview({ format: "popolo", content: popolo });
    expect(again.ok && again.plan.counts).toEqual({ create: 0, update: 0, skip: 4 });
  });

  it("places an Open States person's roles, lists the role it cannot place with its line", async () => {
    const preview = await as("admin").preview({ format: "openstates-person", content: openStates });
    expect(preview.ok).toBe(true);
    expect(preview.skipped).toEqual([
      {
        path: "roles.1",
        line: 7,
        title: "upper chamber, district 24 (ocd-jurisdiction/country:us/state:ca/government)",
        reason: "no body for ocd-jurisdiction/country:us/state:ca/government upper chamber in Legible",
      },
    ]);
    const memberships = preview.plan?.collections.find((c) => c.collection === "memberships")?.records;
    expect(memberships?.map((m) => [m.title, m.action])).toEqual([["Oscar Openstates in Mayor", "create"]]);
  });

  it("imports real-shaped Open States city people: new cities placed, the Mayor on record not duplicated, bad values left out", async () => {
    const COMPTON = "ocd-jurisdiction/country:us/state:ca/place:compton/government";
    const file = [
      "id: ocd-person/0f0e0d0c-0000-4000-8000-00000000000a",
      "name: Karen Bass",
      "roles:",
      "- type: mayor",
      `  jurisdiction: ${LA}`,
      "sources:",
      "- url: ftp://files.example.org/bass.txt",
      "- url: https://lacity.gov/mayor",
      "---",
      "id: ocd-person/7451e00b-d236-492e-8049-224cc4b600f2",
      "name: Aja Brown",
      "roles:",
      "- end_date: '2021-04-06'",
      `  jurisdiction: ${COMPTON}`,
      "  type: mayor",
      "---",
      "id: ocd-person/9cc640a1-6597-4b60-a055-b7c4363e214e",
      "name: Bob Blumenfield",
      "roles:",
      "- type: council member",
      "  district: District 3",
      `  jurisdiction: ${LA}`,
      "links:",
      "- {}",
      "",
    ].join("\n");
    const bassBefore = await repositories.people.get("person-karen-bass");
    const applied = await as("admin").import({ format: "openstates-person", content: file });
    expect(applied.ok).toBe(true);
    expect(applied.skipped.map((s) => [s.path, s.line, s.reason])).toEqual([
      ["0.sources.0.url", 7, "must be a web address starting with http:// or https://"],
      ["2.links.0.url", 24, "is required"],
    ]);
    // Karen Bass is the Mayor on record: no second Karen Bass, and her record is as it was.
    const { items: people } = await repositories.people.list({ page: 1, pageSize: 100 });
    expect(people.filter((p) => p.name === "Karen Bass").map((p) => p.id)).toEqual(["person-karen-bass"]);
    expect(await repositories.people.get("person-karen-bass")).toEqual(bassBefore);
    // Compton, its Mayor's office and seat, and Los Angeles's District 3 seat are made for the roles.
    expect(await repositories.jurisdictions.get(COMPTON)).toMatchObject({ name: "Compton", slug: "ca-compton" });
    expect(await repositories.bodies.get(`${COMPTON}:mayor`)).toMatchObject({ name: "Office of the Mayor of Compton" });
    expect(await repositories.posts.get("body-la-city-council:post:District-3")).toMatchObject({ label: "District 3" });
    // A second import of the same file changes nothing.
    const again = await as("admin").preview({ format: "openstates-person", content: file });
    expect(again.ok && again.plan.counts.create + again.plan.counts.update).toBe(0);
  });

  it("previews and imports many Open States files as one: every file and line named, people on record matched", async () => {
    const FAIRVIEW = "ocd-jurisdiction/country:us/state:ca/place:fairview/government";
    const files = [
      {
        name: "data/ca/municipalities/Rosa-Fell-1.yml",
        content: [
          "id: ocd-person/11111111-2222-4333-8444-000000000001",
          "name: Rosa Fell",
          "roles:",
          "- type: mayor",
          `  jurisdiction: ${FAIRVIEW}`,
          "  start_date: '2024-12-02'",
          "links:",
          "- url: ftp://fairview.example.org/mayor.txt",
          "",
        ].join("\n"),
      },
      {
        name: "data/ca/municipalities/Sam-Oduya-2.yml",
        content: [
          "id: ocd-person/11111111-2222-4333-8444-000000000002",
          "name: Sam Oduya",
          "roles:",
          "- type: council member",
          "  district: '5'",
          `  jurisdiction: ${FAIRVIEW}`,
          "  start_date: '2024-02-31'",
          "",
        ].join("\n"),
      },
      {
        name: "data/ca/municipalities/Karen-Bass-3.yml",
        content: [
          "id: ocd-person/0f0e0d0c-0000-4000-8000-00000000000b",
          "name: Karen Bass",
          "roles:",
          "- type: mayor",
          `  jurisdiction: ${LA}`,
          "  start_date: '2022-12-12'",
          "",
        ].join("\n"),
      },
    ];
    const preview = await as("admin").previewFiles({ format: "openstates-person", files });
    expect(preview.ok).toBe(true);
    expect(preview.skipped.map((s) => [s.file, s.line, s.title, s.reason])).toEqual([
      [
        files[0]?.name,
        8,
        "Rosa Fell: ftp://fairview.example.org/mayor.txt",
        "must be a web address starting with http:// or https://",
      ],
      [files[1]?.name, 7, "Sam Oduya: 2024-02-31", "is not a date; write it as 2024-11-19, 2024-11 or 2024"],
    ]);
    expect(preview.matched).toEqual([
      { file: files[2]?.name, path: "", name: "Karen Bass", personId: "person-karen-bass", basis: "name-and-term" },
    ]);
    const planned = (collection: string) =>
      preview.plan?.collections
        .find((c) => c.collection === collection)
        ?.records.map((r) => [r.title, r.action, r.place]);
    // Fairview's jurisdiction and council come once, though two files need them.
    expect(planned("jurisdictions")).toEqual([["Fairview", "create", files[0]?.name]]);
    expect(planned("people")).toEqual([
      ["Rosa Fell", "create", files[0]?.name],
      ["Sam Oduya", "create", files[1]?.name],
    ]);

    const applied = await as("admin").importFiles({ format: "openstates-person", files });
    expect(applied.ok && applied.plan.counts).toEqual(preview.plan?.counts);
    const { items: people } = await repositories.people.list({ page: 1, pageSize: 100 });
    expect(people.filter((p) => p.name === "Karen Bass").map((p) => p.id)).toEqual(["person-karen-bass"]);
    const again = await as("admin").previewFiles({ format: "openstates-person", files });
    expect(again.ok && again.plan.counts.create + again.plan.counts.update).toBe(0);
  });

  it("refuses a group of files over the request limit, and names the file a problem is in", async () => {
    const big = "x".repeat(500 * 1024);
    await expect(
      as("admin").previewFiles({
        format: "popolo",
        files: [
          { name: "a.json", content: big },
          { name: "b.json", content: big },
        ],
      }),
    ).rejects.toThrow("These files are larger than 800 KB together. Send them in smaller groups.");
    const broken = await as("admin").previewFiles({
      format: "popolo",
      files: [
        { name: "fine.json", content: JSON.stringify({ persons: [{ id: "person-fine", name: "Fine" }] }) },
        { name: "broken.json", content: '{"persons": [' },
      ],
    });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.issues.map((i) => [i.file, i.line])).toEqual([["broken.json", 1]]);
    await expect(
      as("editor").importFiles({ format: "popolo", files: [{ name: "a.json", content: "{}" }] }),
    ).rejects.toThrow();
  });

  it("names problems with their line, and a broken file changes nothing", async () => {
    const before = await as("admin").export({ format: "legible-dataset" });
    const badJson = await as("admin").import({
      format: "popolo",
      content: '{\n  "persons": [\n    { "id": "x" "name": "y" }\n  ]\n}',
    });
    expect(badJson).toMatchObject({
      ok: false,
      issues: [{ line: 3, message: expect.stringMatching(/^line 3, column \d+: this is not valid JSON/) }],
    });

    // A person without a usable id is refused; with nobody else in the file, so is the file.
    const badYaml = await as("admin").import({
      format: "openstates-person",
      content: "name: Someone\nroles:\n  - type: mayor\n    jurisdiction: x\nid: person-1\n",
    });
    expect(badYaml).toMatchObject({
      ok: false,
      issues: [{ path: "id", line: 5, message: expect.stringMatching(/Open States person id/) }],
    });

    // A bad value inside a person is left out with its line and reason; the rest would import.
    const quarantined = await as("admin").preview({
      format: "openstates-person",
      content: [
        "id: ocd-person/quarantine-1",
        "name: Quinn Quarantine",
        "links:",
        "  - url: ftp://files.example.org/bio.txt",
        "  - url: https://example.org/quinn",
        "",
      ].join("\n"),
    });
    expect(quarantined).toMatchObject({
      ok: true,
      skipped: [
        {
          path: "links.0.url",
          line: 4,
          title: "Quinn Quarantine: ftp://files.example.org/bio.txt",
          reason: "must be a web address starting with http:// or https://",
        },
      ],
    });

    const brokenYaml = await as("admin").preview({ format: "openstates-person", content: "name: [unclosed\n" });
    expect(brokenYaml.ok ? [] : brokenYaml.issues[0]?.message).toMatch(/^line \d+, column \d+: this is not valid YAML/);

    const dangling = JSON.stringify({
      persons: [{ id: "person-new-one", name: "New One" }],
      memberships: [{ id: "term-ghost", person_id: "person-nobody", organization_id: "body-la-city-council" }],
    });
    const refused = await as("admin").import({ format: "popolo", content: dangling });
    expect(refused).toMatchObject({
      ok: false,
      issues: [
        { path: "memberships.0.personId", message: expect.stringMatching(/neither in this file nor in Legible/) },
      ],
    });
    expect(await as("admin").export({ format: "legible-dataset" })).toEqual(before);
  });

  it("keeps imports to admins, and lets any staff member export a dataset that parses", async () => {
    await expect(as("editor").preview({ format: "popolo", content: popolo })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as("reviewer").import({ format: "popolo", content: popolo })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as("admin").preview({ format: "popolo", content: "x".repeat(800 * 1024 + 1) })).rejects.toThrow(
      /larger than 800 KB/,
    );

    const dataset = await as("editor").export({ format: "legible-dataset" });
    expect(dataset.fileName).toMatch(/^legible-dataset-\d{4}-\d{2}-\d{2}\.json$/);
    expect(parseDataset(JSON.parse(dataset.content)).ok).toBe(true);
    const people = await as("reviewer").export({ format: "popolo" });
    expect(JSON.parse(people.content).persons.length).toBeGreaterThan(5);
  });
});
