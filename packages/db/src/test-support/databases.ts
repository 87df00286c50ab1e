import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, type Database, type DatabaseOptions } from "../client";
import type { DatabaseConfig, DatabaseProvider } from "../config";
import { applyMigrations } from "../migrate/index";
import "./provided-context";

/** The providers this run can test: SQLite always, PostgreSQL when a server was provided. */
export function testProviders(): DatabaseProvider[] {
  return inject("postgresUrl") ? ["sqlite", "postgresql"] : ["sqlite"];
}

export interface TestDatabase extends Database {
  /** Closes the connection and deletes the database. */
  drop(): Promise<void>;
}

/** An empty, fully migrated database of its own, so test files never see each other's rows. */
export async function createTestDatabase(
  provider: DatabaseProvider,
  options: DatabaseOptions = {},
): Promise<TestDatabase> {
  const config = provider === "sqlite" ? scratchSqlite() : await scratchPostgres();
  await applyMigrations(config.config);
  const database = await createDatabase(config.config, options);
  return {
    ...database,
    async drop() {
      await database.close();
      await config.remove();
    },
  };
}

/** A config for a database that does not exist yet (an empty scratch place), without migrating it. */
export async function createScratchConfig(provider: DatabaseProvider) {
  return provider === "sqlite" ? scratchSqlite() : scratchPostgres();
}

function scratchSqlite(): { config: DatabaseConfig; remove(): Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "legible-test-"));
  const filePath = path.join(dir, "test.db");
  return {
    config: { provider: "sqlite", url: `file:${filePath}`, filePath },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function scratchPostgres(): Promise<{ config: DatabaseConfig; remove(): Promise<void> }> {
  const serverUrl = inject("postgresUrl");
  if (!serverUrl) throw new Error("No PostgreSQL server was provided to this test run");
  const name = `legible_test_${randomBytes(6).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { provider: "postgresql", url: url.toString() },
    remove: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
