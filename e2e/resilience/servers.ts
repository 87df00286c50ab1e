// What the resilience specs need: a fresh database (SQLite file or a database in a throwaway
// PostgreSQL cluster), a staff account, and the built apps served by `next start` as
// `npm start` serves them, each in its own process group so a test can SIGKILL it whole.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAdminAccount, resolveAuthSettings } from "@legible/api/accounts";
import { createDatabase, type Database, type DatabaseConfig, seedDatabase } from "@legible/db";
import { applyMigrations } from "@legible/db/migrate";
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "@legible/db/postgres-cluster";
import { appServerCommand } from "../../scripts/lib/app-server";

export const root = path.resolve(import.meta.dirname, "..", "..");

/** The cluster for PostgreSQL runs; throws (failing the spec) when the machine has none. */
export async function startCluster(): Promise<PostgresCluster> {
  const binaries = findPostgresBinaries();
  if ("missing" in binaries) throw new Error(`PostgreSQL is needed for this spec: ${binaries.missing}`);
  return startPostgresCluster(binaries.binDir);
}

export interface Scratch {
  config: DatabaseConfig;
  remove(): Promise<void>;
}

/** An empty database of its own: a file in a temporary folder, or a new database in the cluster. */
export async function scratchDatabase(cluster?: PostgresCluster): Promise<Scratch> {
  if (!cluster) {
    const dir = mkdtempSync(path.join(tmpdir(), "legible-resilience-"));
    const filePath = path.join(dir, "legible.db");
    return {
      config: { provider: "sqlite", url: `file:${filePath}`, filePath },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `legible_resilience_${randomBytes(5).toString("hex")}`;
  await onServer(cluster.url, `CREATE DATABASE "${name}"`);
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return {
    config: { provider: "postgresql", url: url.toString() },
    remove: () => onServer(cluster.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {}),
  };
}

/** One statement on the cluster's own database (CREATE or DROP DATABASE). */
async function onServer(url: string, sql: string) {
  await withDatabase({ provider: "postgresql", url }, async ({ prisma }) => {
    await prisma.$executeRawUnsafe(sql);
  });
}

export const AUTH_SECRET = `resilience-${randomBytes(24).toString("hex")}`;
export const ADMIN = { email: "ada@example.org", name: "Ada Admin", password: `pw-${randomBytes(12).toString("hex")}` };

/** Migrates, seeds the story, and adds one admin, as `npm start` and `admin:create` would. */
export async function prepareDatabase(config: DatabaseConfig, adminUrl: string): Promise<void> {
  await applyMigrations(config, root);
  const database = await createDatabase(config);
  try {
    await seedDatabase(database);
    await createAdminAccount(
      database,
      resolveAuthSettings({ BETTER_AUTH_SECRET: AUTH_SECRET, BETTER_AUTH_URL: adminUrl }),
      ADMIN,
    );
  } finally {
    await database.close();
  }
}

export async function withDatabase<T>(config: DatabaseConfig, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await createDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const taken = new Set<number>();
/** A free port in 3800–3899, the range these specs may use. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = 3800 + Math.floor(Math.random() * 100);
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error("no free port in 3800–3899");
}

export interface AppServer {
  app: "web" | "admin";
  port: number;
  url: string;
  /** Everything the server printed, to check that details went to the log, not the response. */
  output(): string;
  /** SIGKILL to the whole process group: the app's server and the processes it starts. */
  kill(): Promise<void>;
  /** SIGTERM, for the end of a spec. */
  stop(): Promise<void>;
}

export interface AppEnv {
  databaseUrl: string;
  webUrl: string;
  adminUrl: string;
}

/** A built app's server as `npm start` runs it, with the environment it gives it (and `extraEnv`); resolves once it listens. */
export async function startApp(
  app: "web" | "admin",
  port: number,
  env: AppEnv,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> {
  const command = appServerCommand(root, app, { port });
  const child: ChildProcess = spawn(command.command, command.args, {
    cwd: command.cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: env.databaseUrl,
      PORT: String(port),
      LEGIBLE_PUBLIC_URL: env.webUrl,
      LEGIBLE_REVALIDATE_SECRET: `resilience-${port}`,
      BETTER_AUTH_URL: env.adminUrl,
      BETTER_AUTH_SECRET: AUTH_SECRET,
      ...extraEnv,
    },
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // already gone
    }
    await exited;
    // The group's other processes (the server itself) may outlive the leader by a moment.
    for (let i = 0; i < 50 && !(await isFree(port)); i++) await sleep(100);
  };
  const server: AppServer = {
    app,
    port,
    url,
    output: () => log,
    kill: () => signal("SIGKILL"),
    stop: () => signal("SIGTERM"),
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${app} exited early:\n${log}`);
    try {
      // Any answer means it listens (health may be 503 on purpose).
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return server;
    } catch {
      await sleep(150);
    }
  }
  await server.kill();
  throw new Error(`${app} did not listen on ${port} within a minute:\n${log}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls /api/health until it answers `status`, or fails after `timeoutMs`. */
export async function waitForHealth(server: AppServer, status: number, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  let last = 0;
  while (Date.now() - started < timeoutMs) {
    last = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.status)
      .catch(() => 0);
    if (last === status) return Date.now() - started;
    await sleep(200);
  }
  throw new Error(
    `${server.app} /api/health answered ${last}, not ${status}, for ${timeoutMs} ms; it printed:\n${server.output().slice(-3_000)}`,
  );
}

/** Signs in as a browser would (Better Auth checks the Origin) and returns the session cookie. */
export async function signIn(admin: AppServer): Promise<string> {
  const response = await fetch(`${admin.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: admin.url },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (!cookies.length) throw new Error("sign-in set no cookie");
  return cookies.join("; ");
}

/** Calls an admin procedure over HTTP as the signed-in admin. */
export function trpc(admin: AppServer, cookie: string, procedure: string, input: unknown, method: "GET" | "POST") {
  const headers = { cookie, origin: admin.url, "content-type": "application/json" };
  if (method === "GET") {
    const query = encodeURIComponent(JSON.stringify(input));
    return fetch(`${admin.url}/api/trpc/${procedure}?input=${query}`, { headers });
  }
  return fetch(`${admin.url}/api/trpc/${procedure}`, { method: "POST", headers, body: JSON.stringify(input) });
}

/** Signs of an internal leak in a response body: stack frames, paths, SQL, driver errors. */
const LEAKS: Array<[string, RegExp]> = [
  ["a stack frame", /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:|node:|\/|\.next\/|\.\.?\/)[^\s)]*:\d+/],
  ["a file path", /\/work\/|\/home\/|\/tmp\/|\/usr\/lib\/|\.next\/server|\/src\/[\w/-]+\.tsx?\b/],
  ["node_modules", /node_modules/],
  ["Prisma", /prisma/i],
  ["SQL", /\bSELECT\b|\bINSERT INTO\b|\bUPDATE "|\bFROM "/],
  [
    "a driver error",
    /Transaction API error|ECONNREFUSED|ECONNRESET|SQLITE_|Can't reach database|P10\d\d\b|connect ETIMEDOUT|terminating connection/i,
  ],
];

/** What in `body` looks like an internal detail (empty when nothing does). */
export function leaksIn(body: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(body)).map(
    ([name, pattern]) => `${name}: ${body.match(pattern)?.[0]}`,
  );
}
