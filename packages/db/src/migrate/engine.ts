import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "../config.js";

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

export function driverAdapterFactory(config: DatabaseConfig) {
  return config.provider === "sqlite"
    ? new PrismaBetterSqlite3({ url: config.url })
    : new PrismaPg({ connectionString: config.url });
}

/** An engine bound to the given datamodel (path and text) and, through an adapter, to the database. */
export async function openSchemaEngine(
  config: DatabaseConfig,
  datamodel: { path: string; text: string },
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const bg = await loadEngineModule();
  return bg.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.text]] },
    log,
    bindMigrationAwareSqlAdapterFactory(driverAdapterFactory(config)),
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
