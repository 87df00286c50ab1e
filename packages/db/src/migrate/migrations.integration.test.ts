import { afterAll, describe, expect, it } from "vitest";
import { findProjectRoot } from "../config";
import { providerPaths } from "../schema-copies";
import { createScratchConfig, testProviders } from "../test-support/databases";
import { applyMigrations, pendingMigrationSql } from "./index";
import { migrationNames } from "./migrations-folder";

const root = findProjectRoot(__dirname);

describe.each(testProviders())("migrations on %s", (provider) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("apply the whole history to an empty database, then nothing on a second run", async () => {
    const scratch = await createScratchConfig(provider);
    cleanups.push(scratch.remove);
    const history = migrationNames(providerPaths(root, provider).migrations);
    expect(history.length).toBeGreaterThan(0);

    expect((await applyMigrations(scratch.config, root)).applied).toEqual(history);
    expect((await applyMigrations(scratch.config, root)).applied).toEqual([]);
  });

  it("are up to date with the schema: editing prisma/schema.prisma needs `npm run db:migration -- NAME`", async () => {
    const scratch = await createScratchConfig(provider);
    cleanups.push(scratch.remove);
    expect(await pendingMigrationSql(scratch.config, root)).toBeNull();
  });
});
