// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names.
import { describeDatabase, resolveDatabaseConfig } from "../src/config";
import { applyMigrations } from "../src/migrate/index";
import { runCommand } from "./run-command";

await runCommand("db:migrate", async () => {
  const config = resolveDatabaseConfig();
  const { applied } = await applyMigrations(config);
  console.log(
    applied.length
      ? `db:migrate: applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(", ")}`
      : `db:migrate: ${describeDatabase(config)} is up to date`,
  );
});
