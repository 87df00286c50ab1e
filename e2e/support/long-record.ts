// Gives one made-up person a record longer than their page shows, straight in the e2e database,
// so the long-list pages have more than one page to move through. Runs once per database: a
// second run finds the person and stops. Usage: long-record.ts <statements>
import { createDatabase, createRepositories, resolveDatabaseConfig } from "@legible/db";

const LONG_RECORD_PERSON = { id: "person-e2e-long-record", name: "Robin Longlist" };

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) throw new Error("usage: long-record.ts <statements>");
const database = await createDatabase(resolveDatabaseConfig());
try {
  const repositories = createRepositories(database);
  const actor = { name: "e2e" };
  if (!(await repositories.people.get(LONG_RECORD_PERSON.id))) {
    await repositories.people.create({ ...LONG_RECORD_PERSON, sourceIds: [] }, actor);
    // Statement n is dated n days into 2001, so statement `count` is the newest; the last is undated.
    for (let n = 1; n <= count; n++) {
      const day = new Date(Date.UTC(2001, 0, n)).toISOString().slice(0, 10);
      await repositories.statements.create(
        {
          id: `statement-e2e-long-record-${n}`,
          speakerPersonId: LONG_RECORD_PERSON.id,
          stance: "neutral",
          text: `Test statement number ${n}.`,
          date: n === 1 ? null : day,
          medium: null,
          sourceId: "src-seed-news-report",
        },
        actor,
      );
    }
  }
} finally {
  await database.close();
}
