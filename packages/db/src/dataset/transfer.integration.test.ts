import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createRepositories } from "../repositories/index";
import { seedDatabase, seedStoryPath } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { exportDataset, importDataset } from "./transfer";

const importer = { name: "import" };
const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const database of opened) await database.drop();
});

async function fresh(provider: "sqlite" | "postgresql") {
  const database = await createTestDatabase(provider);
  opened.push(database);
  return { database, repositories: createRepositories(database) };
}

describe("export and import", () => {
  const providers = testProviders();
  const target = providers.includes("postgresql") ? "postgresql" : "sqlite";

  it(`round-trips: seed SQLite, export, import into ${target}, export again: the two exports are equal`, async () => {
    const source = await fresh("sqlite");
    await seedDatabase(source.database);
    const first = await exportDataset(source.repositories);
    expect(first.people.length).toBeGreaterThan(0);
    expect(first.explainers.length).toBe(2);

    const destination = await fresh(target);
    const result = await importDataset(destination.repositories, JSON.parse(JSON.stringify(first)), importer);
    expect(result).toMatchObject({ ok: true });
    const second = await exportDataset(destination.repositories);
    expect(second).toEqual(first);
  });

  it.each(providers)(
    "on %s, a malformed file changes nothing and lists every problem with its place",
    async (provider) => {
      const { database, repositories } = await fresh(provider);
      const dataset = JSON.parse(readFileSync(seedStoryPath(), "utf8"));
      dataset.people[0].name = "";
      dataset.voteEvents[0].counts.maybe = 3;
      dataset.actions[0].measureId = "measure-that-does-not-exist";
      const parsed = await importDataset(repositories, dataset, importer);
      expect(parsed.ok).toBe(false);
      const paths = parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["people.0.name", "voteEvents.0.counts.maybe"]));

      dataset.people[0].name = "Karen Bass";
      delete dataset.voteEvents[0].counts.maybe;
      const referenced = await importDataset(repositories, dataset, importer);
      expect(referenced.ok ? [] : referenced.issues.map((issue) => issue.path)).toEqual(["actions.0.measureId"]);
      expect((await repositories.people.list()).total).toBe(0);
      expect(await database.prisma.auditEntry.count()).toBe(0);
    },
  );
});
