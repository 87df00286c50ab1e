import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "./config";

export const PROVIDERS: readonly DatabaseProvider[] = ["sqlite", "postgresql"];

/** Where each provider's generated schema copy, migration history and client live. */
export function providerPaths(projectRoot: string, provider: DatabaseProvider) {
  const dir = path.join(projectRoot, "prisma", provider);
  return {
    dir,
    schema: path.join(dir, "schema.prisma"),
    migrations: path.join(dir, "migrations"),
    client: path.join(projectRoot, "packages", "db", "src", "generated", provider),
  };
}

export function sourceSchemaPath(projectRoot: string): string {
  return path.join(projectRoot, "prisma", "schema.prisma");
}

const GENERATED_NOTICE =
  "// Generated from prisma/schema.prisma by `npm run db:generate`. Do not edit: edit the source.\n";

/**
 * The provider's copy of the source schema: same models, its own datasource provider and client
 * output. A Prisma schema names one provider, so serving both needs one copy per provider.
 */
export function schemaCopyFor(sourceText: string, provider: DatabaseProvider): string {
  if (!/datasource\s+db\s*\{[^}]*provider\s*=/.test(sourceText)) {
    throw new Error('prisma/schema.prisma has no `datasource db { provider = "…" }` block');
  }
  const withProvider = sourceText.replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"[a-z]+"/, `$1"${provider}"`);
  const withOutput = withProvider.replace(
    /(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/,
    `$1"../../packages/db/src/generated/${provider}"`,
  );
  return GENERATED_NOTICE + withOutput;
}

export function readSourceSchema(projectRoot: string): string {
  return readFileSync(sourceSchemaPath(projectRoot), "utf8");
}

/** Brings every provider's schema copy up to date with the source; returns the copies' paths. */
export function writeSchemaCopies(projectRoot: string): Record<DatabaseProvider, string> {
  const source = readSourceSchema(projectRoot);
  const written = {} as Record<DatabaseProvider, string>;
  for (const provider of PROVIDERS) {
    const paths = providerPaths(projectRoot, provider);
    mkdirSync(paths.dir, { recursive: true });
    const copy = schemaCopyFor(source, provider);
    if (!existsSync(paths.schema) || readFileSync(paths.schema, "utf8") !== copy) writeFileSync(paths.schema, copy);
    written[provider] = paths.schema;
  }
  return written;
}
