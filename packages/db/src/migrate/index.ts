import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "../client";
import { type DatabaseConfig, findProjectRoot, unreachable } from "../config";
import { refreshAllMeasureListings } from "../repositories/kinds/measure-listing";
import { providerPaths } from "../schema-copies";
import { NO_FILTERS, openSchemaEngine } from "./engine";
import { latestSnapshot, loadMigrationList } from "./migrations-folder";

export { NO_FILTERS, openSchemaEngine } from "./engine";
export { latestSnapshot, migrationFolderName, writeMigration } from "./migrations-folder";

/**
 * Applies the provider's pending migrations. The engine records them in `_prisma_migrations`,
 * exactly as `prisma migrate deploy` does, so either tool can continue the history.
 */
export async function applyMigrations(
  config: DatabaseConfig,
  projectRoot: string = findProjectRoot(),
): Promise<{ applied: string[] }> {
  const paths = providerPaths(projectRoot, config.provider);
  if (config.filePath) mkdirSync(path.dirname(config.filePath), { recursive: true });
  const { engine, close } = await openSchemaEngine(config, {
    path: paths.schema,
    text: readFileSync(paths.schema, "utf8"),
  }).catch((error: unknown) => {
    throw unreachable(config, error);
  });
  let applied: string[];
  try {
    const result = await engine.applyMigrations({
      migrationsList: loadMigrationList(paths.migrations),
      filters: NO_FILTERS,
    });
    applied = result.appliedMigrationNames;
  } finally {
    await close();
  }
  // After the engine's connection is closed: SQLite lets one connection write.
  await afterMigrations(config, applied);
  return { applied };
}

/**
 * Work a migration's SQL cannot do. The browse list's stage is core's rule: when the migration
 * that added it has just run, it is worked out for the measures already on record.
 */
async function afterMigrations(config: DatabaseConfig, applied: readonly string[]): Promise<void> {
  if (!applied.some((name) => name.endsWith("_measure_browse_listing"))) return;
  const database = await createDatabase(config);
  try {
    await refreshAllMeasureListings(database.prisma);
  } finally {
    await database.close();
  }
}

/**
 * The SQL that takes the provider's schema from its last migration to today's schema copy,
 * or null when nothing changed. Comparing two datamodels needs no shadow database.
 */
export async function pendingMigrationSql(
  config: DatabaseConfig,
  projectRoot: string = findProjectRoot(),
): Promise<{ sql: string; datamodel: string } | null> {
  const paths = providerPaths(projectRoot, config.provider);
  const datamodel = readFileSync(paths.schema, "utf8");
  const previous = latestSnapshot(paths.migrations);
  const { engine, close } = await openSchemaEngine(config, { path: paths.schema, text: datamodel });
  try {
    const result = await engine.diff({
      from:
        previous === undefined
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: paths.schema, content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: paths.schema, content: datamodel }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 && result.stdout ? { sql: result.stdout, datamodel } : null;
  } finally {
    await close();
  }
}
