// `npm run db:export -- [FILE]`: writes the whole dataset as JSON (default: data/legible-export.json).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseReachable, createDatabase } from "../src/client";
import { describeDatabase, findProjectRoot, resolveDatabaseConfig } from "../src/config";
import { exportDataset } from "../src/dataset/transfer";
import { createRepositories } from "../src/repositories/index";
import { runCommand } from "./run-command";

await runCommand("db:export", async () => {
  const file = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    process.argv[2] ?? path.join(findProjectRoot(), "data", "legible-export.json"),
  );
  const database = await createDatabase(resolveDatabaseConfig());
  try {
    await checkDatabaseReachable(database);
    const json = `${JSON.stringify(await exportDataset(createRepositories(database)), null, 2)}\n`;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, json);
    console.log(`db:export: wrote ${describeDatabase(database.config)} to ${file}`);
  } finally {
    await database.close();
  }
});
