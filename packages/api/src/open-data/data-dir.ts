import { dirname, join } from "node:path";
// Config only: the site's own server imports this, and must not load the database clients.
import { findProjectRoot, resolveDatabaseConfig } from "@legible/db/config";

// Where the open-data files live. The staff app's job writes them and every web machine reads
// them, so with several machines LEGIBLE_DATA_DIR must be one folder they all mount
// (docs/production.md). By default it sits beside a SQLite database file (data/open-data for
// the default data/legible.db), so two copies of Legible on one machine (a test run beside a
// developer's) never serve each other's files; on PostgreSQL, under the project's data folder.

export function datasetFilesDir(env: Record<string, string | undefined> = process.env): string {
  if (env.LEGIBLE_DATA_DIR) return env.LEGIBLE_DATA_DIR;
  const config = resolveDatabaseConfig(env.DATABASE_URL);
  if (config.filePath) return join(dirname(config.filePath), "open-data");
  return join(findProjectRoot(), "data", "open-data");
}
