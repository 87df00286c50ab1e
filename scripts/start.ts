// `npm start` (and `npm run dev` with --dev): prepares the database, builds when the build is
// missing or stale, and serves both apps.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import {
  checkDatabaseReachable,
  countStaffAccounts,
  createDatabase,
  DatabaseConfigError,
  describeDatabase,
  findProjectRoot,
  needsSeed,
  resolveDatabaseConfig,
  seedDatabase,
} from "@legible/db";
import { applyMigrations } from "@legible/db/migrate";
import { alertsSecret } from "./lib/alerts-secret";
import { appServerCommand } from "./lib/app-server";
import { authSecret } from "./lib/auth-secret";
import { describeVerdict, expectedBuildHashes, judgeBuild, readBuildStates } from "./lib/build-freshness";
import { isPortFree, portFrom, StartError } from "./lib/ports";

const dev = process.argv.includes("--dev");
const root = findProjectRoot();
process.env.TURBO_TELEMETRY_DISABLED ??= "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const children: ChildProcess[] = [];

function say(line: string) {
  console.log(`legible: ${line}`);
}

async function prepareDatabase() {
  const config = resolveDatabaseConfig();
  say(`database: ${describeDatabase(config)}`);
  // A production layout runs `npm run db:migrate` once per release, not once per machine.
  if (process.env.LEGIBLE_SKIP_MIGRATE === "1") {
    say("migrations skipped (LEGIBLE_SKIP_MIGRATE=1): `npm run db:migrate` applies them");
  } else {
    const { applied } = await applyMigrations(config, root);
    if (applied.length) say(`applied ${applied.length} migration(s)`);
  }
  const database = await createDatabase(config);
  try {
    await checkDatabaseReachable(database);
    if (await needsSeed(database)) {
      say("loading the seed story…");
      await seedDatabase(database, (line) => say(`  seeded ${line}`));
    }
    return { config, staffAccounts: await countStaffAccounts(database) };
  } finally {
    await database.close();
  }
}

/** Builds through turbo when a served app's build is missing or older than the sources. */
function buildIfNeeded() {
  const verdict = judgeBuild(readBuildStates(root, expectedBuildHashes(root)));
  if (!verdict.build) {
    say("the build is current");
    return;
  }
  say(`building: ${describeVerdict(verdict)} (turbo; unchanged packages come from its cache)…`);
  const turbo = path.join(root, "node_modules", ".bin", "turbo");
  const result = spawnSync(turbo, ["run", "build", "--output-logs=errors-only"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new StartError("the build failed (see above)");
}

// The staff app tells the public site to refresh its cached pages with this shared secret.
const revalidateSecret = process.env.LEGIBLE_REVALIDATE_SECRET ?? randomBytes(24).toString("hex");

interface Addresses {
  publicUrl: string;
  adminUrl: string;
}

function serve(app: "web" | "admin", port: number, databaseUrl: string, addresses: Addresses) {
  // Run inside the app's folder: Next plugins (next-intl) resolve their paths from there.
  const server = appServerCommand(root, app, { port, dev });
  const child = spawn(server.command, server.args, {
    cwd: server.cwd,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: dev ? "development" : "production",
      LEGIBLE_PUBLIC_URL: process.env.LEGIBLE_PUBLIC_URL ?? addresses.publicUrl,
      LEGIBLE_REVALIDATE_SECRET: revalidateSecret,
      // Both apps check the links in alert emails; the staff app's worker signs them.
      LEGIBLE_ALERTS_SECRET: alertsSecret(root),
      ...(app === "admin"
        ? {
            BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? addresses.adminUrl,
            BETTER_AUTH_SECRET: authSecret(root),
          }
        : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => `[${app}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`legible: the ${app} app stopped (${signal ?? `exit code ${code}`}); stopping the other one too`);
      stopAll(1);
    }
  });
  children.push(child);
}

async function waitUntilHealthy(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

let stopping = false;
function stopAll(code: number) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

try {
  const webPort = portFrom("PORT", 3000);
  const adminPort = portFrom("ADMIN_PORT", webPort + 1);
  for (const [name, port] of [
    ["PORT", webPort],
    ["ADMIN_PORT", adminPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new StartError(
        `${name}: port ${port} is already in use; stop what is using it, or set ${name} to a free port`,
      );
    }
  }
  if (resolveDatabaseConfig().provider === "postgresql" && !process.env.BETTER_AUTH_SECRET?.trim()) {
    throw new StartError(
      "BETTER_AUTH_SECRET: set it (at least 32 characters, e.g. `openssl rand -base64 32`) to the same value on every machine that shares this PostgreSQL database, so staff stay signed in whichever machine answers",
    );
  }
  const { config, staffAccounts } = await prepareDatabase();
  if (!dev) buildIfNeeded();
  // Pages a previous run cached were rendered from whatever database it had; start from this one.
  rmSync(path.join(root, "apps", "web", ".next", "server", "route-cache"), { recursive: true, force: true });
  const addresses = { publicUrl: `http://localhost:${webPort}`, adminUrl: `http://localhost:${adminPort}` };
  serve("web", webPort, config.url, addresses);
  serve("admin", adminPort, config.url, addresses);
  const [webUp, adminUp] = await Promise.all([
    waitUntilHealthy(webPort, 120_000),
    waitUntilHealthy(adminPort, 120_000),
  ]);
  if (!webUp || !adminUp) throw new StartError("the apps did not answer within two minutes (see their output above)");
  console.log("");
  say(`public site  http://localhost:${webPort}`);
  say(`staff app    http://localhost:${adminPort}`);
  if (staffAccounts === 0) {
    say("no staff accounts yet. Create the first admin (you will be asked for a password):");
    say('  npm run admin:create -- --email you@example.org --name "Your Name"');
    say("then sign in to the staff app with that email and password");
  } else {
    say("staff: sign in to the staff app with your email and password");
  }
  say("press Ctrl+C to stop");
} catch (error) {
  if (error instanceof StartError || error instanceof DatabaseConfigError) {
    console.error(`legible: ${error.message}`);
    stopAll(1);
  } else {
    throw error;
  }
}
