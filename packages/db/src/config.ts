import { existsSync } from "node:fs";
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseConfig {
  provider: DatabaseProvider;
  /** The URL as given to Prisma's driver adapter: `file:/abs/path.db` or `postgresql://…`. */
  url: string;
  /** For SQLite, the absolute path of the database file. */
  filePath?: string;
}

/** Raised for a DATABASE_URL that Legible cannot use; its message names the variable and the fix. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

const DEFAULT_SQLITE_FILE = "data/legible.db";

/**
 * The checkout's root: the nearest folder upward holding prisma/schema.prisma. Relative SQLite
 * paths resolve against it, so each app (whose working folder is apps/<name>) opens the same file.
 */
export function findProjectRoot(from: string = process.cwd()): string {
  // The database lives outside the app bundle; the ignore keeps Next from tracing the whole tree.
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (
      existsSync(path.join(/*turbopackIgnore: true*/ dir, "prisma", "schema.prisma")) &&
      existsSync(path.join(/*turbopackIgnore: true*/ dir, "turbo.json"))
    ) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/**
 * Reads DATABASE_URL: unset means the embedded SQLite file under ./data; `file:` means SQLite;
 * `postgres://` or `postgresql://` means PostgreSQL. Anything else is refused with a plain reason.
 */
export function resolveDatabaseConfig(
  rawUrl: string | undefined = process.env.DATABASE_URL,
  projectRoot: string = findProjectRoot(),
): DatabaseConfig {
  const value = rawUrl?.trim();
  if (!value) return sqliteConfig(path.join(/*turbopackIgnore: true*/ projectRoot, DEFAULT_SQLITE_FILE));

  if (value.startsWith("file:")) {
    const rest = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!rest || rest === "//") {
      throw new DatabaseConfigError("DATABASE_URL is missing the SQLite file path (example: file:./data/legible.db)");
    }
    const filePath = path.isAbsolute(rest) ? rest : path.join(/*turbopackIgnore: true*/ projectRoot, rest);
    return sqliteConfig(filePath);
  }

  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      const parsed = new URL(value);
      if (!parsed.hostname) throw new TypeError("no host");
    } catch {
      throw new DatabaseConfigError(
        "DATABASE_URL is not a valid PostgreSQL URL (example: postgresql://user:password@localhost:5432/legible)",
      );
    }
    return { provider: "postgresql", url: value };
  }

  const scheme = value.match(/^([a-z][a-z0-9+.-]*):/i)?.[1];
  throw new DatabaseConfigError(
    scheme
      ? `DATABASE_URL has an unsupported scheme "${scheme}:"; use file:./data/legible.db for SQLite or postgresql://… for PostgreSQL`
      : "DATABASE_URL is not a database URL; use file:./data/legible.db for SQLite or postgresql://… for PostgreSQL",
  );
}

function sqliteConfig(filePath: string): DatabaseConfig {
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

/** The URL with any password hidden, for messages a person will read. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") return `SQLite file ${config.filePath}`;
  const url = new URL(config.url);
  if (url.password) url.password = "****";
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/**
 * A one-line error for a database that refused or never answered. Driver messages arrive wrapped
 * in several lines of Prisma context; the driver's own sentence is the useful part.
 */
export function unreachable(config: DatabaseConfig, error: unknown): DatabaseConfigError {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = message.match(/Message: `([^`]+)`/)?.[1];
  const firstLine = message
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith("Invalid `"));
  const reason = (quoted ?? firstLine ?? "no answer").replace(/\.$/, "");
  return new DatabaseConfigError(`DATABASE_URL: cannot reach ${describeDatabase(config)}: ${reason}`);
}
