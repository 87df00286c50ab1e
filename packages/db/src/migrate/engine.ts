import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "../config";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<SchemaEngineModule["SchemaEngine"]["new"]>>;

let engineModule: Promise<SchemaEngineModule> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly, shipped on npm. It diffs schemas and applies
 * migrations through a driver adapter, so no native engine download is needed.
 */
function loadEngineModule(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return engineModule;
}

/**
 * One connection only: PostgreSQL's migration advisory lock belongs to the session that took it,
 * so lock and unlock must travel over the same connection.
 */
function driverAdapterFactory(config: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  return config.provider === "sqlite"
    ? new PrismaBetterSqlite3({ url: config.url })
    : new PrismaPg({ connectionString: config.url, max: 1 });
}

/**
 * Records every connection the engine opens. Freeing the engine does not close them, and an open
 * one keeps SQLite's file locked and PostgreSQL's advisory lock held.
 */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const remember = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => remember(() => factory.connect()),
    connectToShadowDb: () => remember(() => factory.connectToShadowDb()),
  };
  return { tracked, closeAll: () => Promise.all(opened.map((adapter) => adapter.dispose())) };
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections. */
  close(): Promise<void>;
}

/** An engine bound to the given datamodel (path and text) and, through an adapter, to the database. */
export async function openSchemaEngine(
  config: DatabaseConfig,
  datamodel: { path: string; text: string },
  log: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  const bg = await loadEngineModule();
  const connections = trackConnections(driverAdapterFactory(config));
  try {
    const engine = await bg.SchemaEngine.new(
      { datamodels: [[datamodel.path, datamodel.text]] },
      log,
      bindMigrationAwareSqlAdapterFactory(connections.tracked),
    );
    return {
      engine,
      async close() {
        engine.free();
        await connections.closeAll();
      },
    };
  } catch (error) {
    await connections.closeAll();
    throw error;
  }
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
