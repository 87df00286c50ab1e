// Gives the browse lists more than one page to move through: <count> made-up ordinances on one
// topic, straight in the e2e database, each with an introduction on its own day of 2031 (so the
// newest is measure <count>). Runs once per database: a second run finds them and stops.
// Usage: browse-records.ts <count> <topic>
import { createDatabase, createRepositories, resolveDatabaseConfig } from "@legible/db";

const count = Number(process.argv[2]);
const topic = process.argv[3];
if (!Number.isInteger(count) || count < 1 || !topic) throw new Error("usage: browse-records.ts <count> <topic>");
const id = (n: number) => `measure-e2e-browse-${n}`;
const database = await createDatabase(resolveDatabaseConfig());
try {
  const repositories = createRepositories(database);
  const actor = { name: "e2e" };
  if (!(await repositories.measures.get(id(1)))) {
    for (let n = 1; n <= count; n++) {
      await repositories.measures.create(
        {
          id: id(n),
          bodyId: "body-la-city-council",
          identifier: `E2E-${String(n).padStart(3, "0")}`,
          title: `Browse test ordinance ${n}`,
          classification: "ordinance",
          subjects: [topic],
          sponsors: [],
          textSections: [],
          relatedMeasures: [],
          sourceIds: ["src-seed-news-report"],
        },
        actor,
      );
      await repositories.actions.create(
        {
          id: `action-e2e-browse-${n}`,
          measureId: id(n),
          date: new Date(Date.UTC(2031, 0, n)).toISOString().slice(0, 10),
          description: `Introduced as test ordinance ${n}.`,
          classification: ["introduction"],
          sourceIds: ["src-seed-news-report"],
        },
        actor,
      );
    }
  }
} finally {
  await database.close();
}
