// `npm run db:migration -- NAME`: writes the next migration for SQLite and for PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseConfig, findProjectRoot } from "../src/config";
import { migrationFolderName, pendingMigrationSql, writeMigration } from "../src/migrate/index";
import { providerPaths, writeSchemaCopies } from "../src/schema-copies";
import { findPostgresBinaries, startPostgresCluster } from "../src/test-support/postgres-cluster";

const label = process.argv.slice(2).join(" ");
if (!label) {
  console.error("Usage: npm run db:migration -- NAME   (for example: npm run db:migration -- add_people)");
  process.exit(1);
}
const root = findProjectRoot();
const folder = migrationFolderName(label);
writeSchemaCopies(root);

// The schema engine opens a connection even to compare two datamodels: SQLite gets a scratch
// file, PostgreSQL a throwaway cluster (or LEGIBLE_POSTGRES_URL when one is given).
const scratch = mkdtempSync(path.join(tmpdir(), "legible-migration-"));
const sqlite: DatabaseConfig = {
  provider: "sqlite",
  url: `file:${scratch}/scratch.db`,
  filePath: `${scratch}/scratch.db`,
};
let stopCluster = () => {};
let postgresUrl = process.env.LEGIBLE_POSTGRES_URL;
if (!postgresUrl) {
  const binaries = findPostgresBinaries();
  if ("missing" in binaries) {
    console.error(`db:migration: PostgreSQL is needed to write its migration: ${binaries.missing}`);
    process.exit(1);
  }
  const cluster = await startPostgresCluster(binaries.binDir);
  postgresUrl = cluster.url;
  stopCluster = () => cluster.stop();
}

try {
  for (const config of [sqlite, { provider: "postgresql", url: postgresUrl } as DatabaseConfig]) {
    const pending = await pendingMigrationSql(config, root);
    if (!pending) {
      console.log(`db:migration: ${config.provider}: the schema has not changed since the last migration`);
      continue;
    }
    const dir = writeMigration(
      providerPaths(root, config.provider).migrations,
      config.provider,
      folder,
      pending.sql,
      pending.datamodel,
    );
    console.log(`db:migration: ${config.provider}: wrote ${path.relative(root, dir)}/migration.sql`);
  }
} finally {
  stopCluster();
  rmSync(scratch, { recursive: true, force: true });
}
