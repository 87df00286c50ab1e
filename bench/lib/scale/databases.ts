import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, type Database, type DatabaseConfig, type DatabaseProvider } from "@legible/db";
import { applyMigrations } from "@legible/db/migrate";
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "@legible/db/postgres-cluster";

/** Where the bench keeps its databases: a scratch folder for SQLite files, a throwaway PostgreSQL server. */
export interface DatabaseHost {
  provider: DatabaseProvider;
  /** An empty, migrated database of its own. */
  fresh(name: string): Promise<{ config: DatabaseConfig; database: Database }>;
  drop(config: DatabaseConfig): Promise<void>;
  /** The database server's processes: none for SQLite, which runs inside the apps. */
  serverProcessIds(): number[];
  stop(): void;
}

export async function openHost(provider: DatabaseProvider, projectRoot: string): Promise<DatabaseHost> {
  if (provider === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "legible-scale-"));
    return {
      provider,
      async fresh(name) {
        const filePath = path.join(folder, `${name}.db`);
        const config: DatabaseConfig = { provider, url: `file:${filePath}`, filePath };
        await applyMigrations(config, projectRoot);
        return { config, database: await createDatabase(config) };
      },
      async drop(config) {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${config.filePath}${suffix}`, { force: true });
      },
      serverProcessIds: () => [],
      stop: () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const binaries = findPostgresBinaries();
  if ("missing" in binaries) throw new Error(`PostgreSQL: ${binaries.missing}`);
  const cluster: PostgresCluster = await startPostgresCluster(binaries.binDir);
  // CREATE and DROP DATABASE run on the server's default database, through the app's own client.
  const onServer = async (sql: string) => {
    const server = await createDatabase({ provider, url: cluster.url });
    try {
      await server.prisma.$executeRawUnsafe(sql);
    } finally {
      await server.close();
    }
  };
  return {
    provider,
    async fresh(name) {
      const database = `legible_scale_${name.replace(/\W/g, "_")}`;
      await onServer(`CREATE DATABASE "${database}"`);
      const url = new URL(cluster.url);
      url.pathname = `/${database}`;
      const config: DatabaseConfig = { provider, url: url.toString() };
      await applyMigrations(config, projectRoot);
      return { config, database: await createDatabase(config) };
    },
    async drop(config) {
      await onServer(`DROP DATABASE IF EXISTS "${new URL(config.url).pathname.slice(1)}" WITH (FORCE)`);
    },
    serverProcessIds: () => cluster.processIds(),
    stop: () => cluster.stop(),
  };
}
