// `npm run db:import -- FILE`: restores a dataset written by db:export into an empty database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseReachable, createDatabase } from "../src/client";
import { describeDatabase, resolveDatabaseConfig } from "../src/config";
import { importDataset } from "../src/dataset/transfer";
import { createRepositories } from "../src/repositories/index";
import { isDatabaseEmpty } from "../src/seed/index";
import { runCommand } from "./run-command";

await runCommand("db:import", async () => {
  const given = process.argv[2];
  if (!given) {
    console.error("Usage: npm run db:import -- FILE   (a JSON file written by npm run db:export)");
    process.exit(1);
  }
  // npm runs workspace scripts in the workspace's folder; a relative path means the caller's.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`db:import: ${file} is not readable JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const database = await createDatabase(resolveDatabaseConfig());
  try {
    await checkDatabaseReachable(database);
    if (!(await isDatabaseEmpty(database))) {
      console.error(
        `db:import: ${describeDatabase(database.config)} already holds records; db:import restores into an empty database only.`,
      );
      process.exitCode = 1;
      return;
    }
    const result = await importDataset(createRepositories(database), input, { name: "import" }, (line) =>
      console.log(`db:import: ${line}`),
    );
    if (!result.ok) {
      console.error(`db:import: nothing was saved; ${file} has ${result.issues.length} problem(s):`);
      for (const issue of result.issues) console.error(`  ${issue.path || "(file)"}: ${issue.message}`);
      process.exitCode = 1;
      return;
    }
    console.log(`db:import: restored ${file} into ${describeDatabase(database.config)}`);
  } finally {
    await database.close();
  }
});
