import { type Dataset, type ImportFormat, readImport, toPopolo } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Repositories } from "../repositories/index";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { applyImport, type ImportInput, type ImportPlan, planImport } from "./import-plan";
import { exportDataset } from "./transfer";

const importer = { name: "import test" };
const LA = "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government";

/** Reads a file as the staff app's import does, with the stored bodies and posts as context. */
async function read(repositories: Repositories, format: ImportFormat, content: unknown): Promise<ImportInput> {
  const seed = await exportDataset(repositories);
  const file = readImport(format, JSON.parse(JSON.stringify(content)), { bodies: seed.bodies, posts: seed.posts });
  if (!file.ok) throw new Error(JSON.stringify(file.issues));
  return { ...file.value, preserve: format === "popolo" ? ["sourceIds"] : [] };
}

function actions(plan: ImportPlan, collection: string) {
  return plan.collections
    .find((c) => c.collection === collection)
    ?.records.map((r) => [r.id, r.action, r.reason ?? r.changedFields?.join(",") ?? ""]);
}

describe.each(testProviders())("planning and applying an import on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let seeded: Dataset;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    seeded = await exportDataset(repositories);
  });
  afterAll(() => database.drop());

  const person = (id: string) => {
    const found = seeded.people.find((p) => p.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  /** A Popolo file: one new person with a term, one changed, one as stored, one plain Popolo. */
  const popoloFile = () =>
    toPopolo({
      people: [
        { id: "person-ana-import", name: "Ana Import", sourceIds: [] },
        { ...person("person-karen-bass"), familyName: "Bass" },
        person("person-eric-garcetti"),
      ],
      memberships: [
        {
          id: "term-ana-council",
          personId: "person-ana-import",
          bodyId: "body-la-city-council",
          startDate: "2024-12",
          endDate: null,
          sourceIds: [],
        },
      ],
    });

  it("previews creates, updates with their changed fields, and unchanged skips, saving nothing", async () => {
    const plan = await planImport(repositories, await read(repositories, "popolo", popoloFile()));
    expect(plan.problems).toEqual([]);
    expect(actions(plan, "people")).toEqual([
      ["person-ana-import", "create", ""],
      ["person-karen-bass", "update", "familyName"],
      ["person-eric-garcetti", "skip", "unchanged"],
    ]);
    expect(plan.collections.find((c) => c.collection === "memberships")?.records[0]).toMatchObject({
      title: "Ana Import in Los Angeles City Council",
      action: "create",
      place: "memberships.0",
    });
    expect(plan.counts).toEqual({ create: 2, update: 1, skip: 1 });
    expect(await repositories.people.get("person-ana-import")).toBeNull();
  });

  it("keeps stored sources that a plain Popolo file cannot carry", async () => {
    const plain = { persons: [{ id: "person-karen-bass", name: "Karen Bass" }] };
    const plan = await planImport(repositories, await read(repositories, "popolo", plain));
    expect(actions(plan, "people")).toEqual([["person-karen-bass", "skip", "unchanged"]]);
  });

  it("refuses references to records in neither the file nor the database, naming the place in the file, and saves nothing", async () => {
    const file = popoloFile();
    file.memberships.push({ id: "term-ghost", person_id: "person-nobody", organization_id: "body-la-city-council" });
    const input = await read(repositories, "popolo", file);
    const plan = await planImport(repositories, input);
    expect(plan.problems).toEqual([
      {
        path: "memberships.1.personId",
        message: 'personId points at person "person-nobody", which is neither in this file nor in Legible',
      },
    ]);
    expect(actions(plan, "memberships")?.[1]?.[1]).toBe("skip");

    const audits = await database.prisma.auditEntry.count();
    const result = await applyImport(repositories, input, importer);
    expect(result.ok).toBe(false);
    expect(await exportDataset(repositories)).toEqual(seeded);
    expect(await database.prisma.auditEntry.count()).toBe(audits);
  });

  it("rolls everything back when a save fails halfway", async () => {
    const input = await read(repositories, "legible-dataset", {
      ...emptyDataset(),
      people: [{ id: "person-half-written", name: "Half Written", sourceIds: [] }],
      // A second English explainer for the same measure: refused by the database, after the person was saved.
      explainers: [{ ...seeded.explainers[0], id: "explainer-duplicate-en" }],
    });
    await expect(applyImport(repositories, input, importer)).rejects.toThrow(/already has an explainer/);
    expect(await repositories.people.get("person-half-written")).toBeNull();
    expect(await exportDataset(repositories)).toEqual(seeded);
  });

  it("applies in one go, reports progress per collection, and a second apply is all unchanged", async () => {
    const input = await read(repositories, "popolo", popoloFile());
    const progress: string[] = [];
    const result = await applyImport(repositories, input, importer, (p) => {
      progress.push(`${p.step}/${p.steps} ${p.collection} ${p.saved}`);
    });
    expect(result.ok && result.plan.counts).toEqual({ create: 2, update: 1, skip: 1 });
    expect(progress).toEqual(["1/2 people 2", "2/2 memberships 1"]);
    expect(await repositories.people.get("person-ana-import")).toMatchObject({ name: "Ana Import", version: 1 });
    expect(await repositories.people.get("person-karen-bass")).toMatchObject({ familyName: "Bass", version: 2 });

    const again = await applyImport(repositories, await read(repositories, "popolo", popoloFile()), importer);
    expect(again.ok && again.plan.counts).toEqual({ create: 0, update: 0, skip: 4 });
    expect(again.ok && again.plan.collections.flatMap((c) => c.records.map((r) => r.reason))).toEqual(
      Array(4).fill("unchanged"),
    );
  });

  it("imports an Open States person onto stored bodies and posts, and again changes nothing", async () => {
    const yamlDocument = {
      id: "ocd-person/5f0c3a4e-8b1d-4f2a-9c3e-1a2b3c4d5e6f",
      name: "Olga Openstates",
      roles: [
        { type: "mayor", jurisdiction: LA, start_date: "2030" },
        { type: "upper", district: "24", jurisdiction: "ocd-jurisdiction/country:us/state:ca/government" },
      ],
      party: [{ name: "Democratic Party" }],
      sources: [{ url: "https://example.org/olga", note: "Roster" }],
    };
    const input = await read(repositories, "openstates-person", [yamlDocument]);
    expect(input.records.memberships.map((m) => m.postId ?? m.bodyId)).toEqual([
      "post-la-mayor",
      "body-democratic-party",
    ]);
    const result = await applyImport(repositories, input, importer);
    expect(result.ok && result.plan.counts).toEqual({ create: 4, update: 0, skip: 0 });
    const again = await planImport(repositories, await read(repositories, "openstates-person", [yamlDocument]));
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 4 });
  });

  it("saves records the caller already read without reading them again, auditing each", async () => {
    const stored = await repositories.people.get("person-karen-bass");
    if (!stored) throw new Error("person-karen-bass");
    // Stores whose reads fail: the plan must use what the caller read, and saving must read nothing.
    const noReads = {
      ...repositories,
      batch: <R>(work: (stores: Parameters<Parameters<Repositories["batch"]>[0]>[0]) => Promise<R>) =>
        repositories.batch((stores) =>
          work({
            ...stores,
            people: {
              ...stores.people,
              get: async (id: string) => {
                throw new Error(`read ${id} again`);
              },
            },
          }),
        ),
    } as Repositories;
    const fresh = { id: "person-no-read", name: "Noor Read", sourceIds: [] };
    const changed = { ...stored, familyName: "Bass-Read" };
    const auditBefore = await database.prisma.auditEntry.count();
    const result = await applyImport(
      noReads,
      {
        records: { people: [fresh, changed] } as never,
        stored: {
          people: new Map<string, never>([
            ["person-no-read", null as never],
            ["person-karen-bass", stored as never],
          ]),
        },
      },
      importer,
    );
    expect(result.ok).toBe(true);
    expect(result.plan.counts).toEqual({ create: 1, update: 1, skip: 0 });
    expect((await repositories.people.get("person-karen-bass"))?.version).toBe((stored.version ?? 0) + 1);
    const audit = await database.prisma.auditEntry.findMany({
      where: { id: { gt: 0 }, recordId: { in: ["person-no-read", "person-karen-bass"] }, actorName: importer.name },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(await database.prisma.auditEntry.count()).toBe(auditBefore + 2);
    expect(audit.map((a) => [a.recordId, a.action]).sort()).toEqual([
      ["person-karen-bass", "update"],
      ["person-no-read", "create"],
    ]);
    const after = await repositories.people.get("person-no-read");
    expect(audit.find((a) => a.recordId === "person-no-read")?.after).toMatchObject({
      id: "person-no-read",
      version: 1,
      updatedAt: after?.updatedAt,
    });
  });
});

function emptyDataset() {
  return {
    format: "legible-dataset",
    version: 1,
    jurisdictions: [],
    sources: [],
    bodies: [],
    posts: [],
    people: [],
    memberships: [],
    measures: [],
    actions: [],
    voteEvents: [],
    statements: [],
    explainers: [],
  };
}
