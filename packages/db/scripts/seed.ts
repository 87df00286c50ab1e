// `npm run db:seed`: loads the seed story into the database DATABASE_URL names.
import { checkDatabaseReachable, createDatabase } from "../src/client";
import { describeDatabase, resolveDatabaseConfig } from "../src/config";
import { seedDatabase } from "../src/seed/index";
import { runCommand } from "./run-command";

await runCommand("db:seed", async () => {
  const database = await createDatabase(resolveDatabaseConfig());
  try {
    await checkDatabaseReachable(database);
    await seedDatabase(database, (line) => console.log(`db:seed: ${line}`));
    console.log(`db:seed: ${describeDatabase(database.config)} holds the seed story`);
  } finally {
    await database.close();
  }
});
