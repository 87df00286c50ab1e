// Renames a person straight in the e2e database, as a staff save would: used to prove that the
// public site refreshes its cached pages when told to. Usage: rename-person.ts <id> <new name>
import { createDatabase, createRepositories, resolveDatabaseConfig } from "@legible/db";

const [id, name] = process.argv.slice(2);
if (!id || !name) throw new Error("usage: rename-person.ts <id> <new name>");
const database = await createDatabase(resolveDatabaseConfig());
try {
  const repositories = createRepositories(database);
  const person = await repositories.people.get(id);
  if (!person) throw new Error(`no person ${id}`);
  await repositories.people.update({ ...person, name }, { name: "e2e" });
} finally {
  await database.close();
}
