// `npm test`: lint, typecheck, every Vitest suite (unit; integration on SQLite and on a throwaway PostgreSQL),
// then the Playwright specs in Chromium against both apps served by `npm start`. Prints the counts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findProjectRoot } from "@legible/db";
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "@legible/db/postgres-cluster";
import { chromiumExecutable } from "../e2e/support/chromium";
import { addTally, emptyTally, formatTally, type Tally, tallyPlaywright, tallyVitest } from "./lib/reports";

const root = findProjectRoot();
process.env.TURBO_TELEMETRY_DISABLED ??= "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const ci = process.env.CI === "true";
const reports = mkdtempSync(path.join(tmpdir(), "legible-test-reports-"));
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const failures: string[] = [];

function heading(text: string) {
  console.log(`\n━━ ${text}`);
}

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(step);
  return result.status === 0;
}

let cluster: PostgresCluster | undefined;
try {
  heading("Lint and format (Biome)");
  run("lint", bin("biome"), ["check", "."]);

  heading("Typecheck (every package, tests included)");
  run("typecheck", bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"]);

  heading("PostgreSQL for the integration tests");
  const binaries = findPostgresBinaries();
  const postgresEnv: NodeJS.ProcessEnv = {};
  if ("missing" in binaries) {
    console.log(`PostgreSQL tests skipped: ${binaries.missing}`);
    if (ci) failures.push("PostgreSQL (with CI=true a skip is a failure)");
  } else {
    cluster = await startPostgresCluster(binaries.binDir);
    postgresEnv.LEGIBLE_TEST_POSTGRES_URL = cluster.url;
    console.log(`started a throwaway cluster on 127.0.0.1:${cluster.port} from ${binaries.binDir}`);
  }

  heading("@legible/core (unit tests, coverage)");
  const coreReport = path.join(reports, "core.json");
  run("core tests", "npm", [
    "test",
    "-w",
    "@legible/core",
    "--",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${coreReport}`,
  ]);

  heading("db, api, connectors, web, admin and observe (unit, and integration on SQLite and PostgreSQL)");
  const integrationReport = path.join(reports, "integration.json");
  run(
    "integration tests",
    bin("vitest"),
    [
      "run",
      "--project",
      "db",
      "--project",
      "api",
      "--project",
      "connectors",
      "--project",
      "web",
      "--project",
      "admin",
      "--project",
      "scripts",
      "--project",
      "observe",
      "--project",
      "deploy",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${integrationReport}`,
    ],
    postgresEnv,
  );

  heading("Browser specs (Playwright, Chromium)");
  const e2eReport = path.join(reports, "e2e.json");
  let chromiumFound = true;
  try {
    console.log(`Chromium: ${chromiumExecutable()}`);
  } catch (error) {
    chromiumFound = false;
    console.error((error as Error).message);
    failures.push("Chromium missing");
  }
  const built = run("build", bin("turbo"), ["run", "build", "--output-logs=errors-only"]);
  if (chromiumFound && built) {
    run("browser specs", bin("playwright"), ["test", "-c", "e2e/playwright.config.ts"], {
      LEGIBLE_E2E_REPORT: e2eReport,
    });
  }

  // The built apps as `npm start` serves them, killed mid-load and cut off from their database; on their
  // own after the browser specs, so no other server shares the two cores.
  heading("Resilience (SIGKILL mid-load, database outage; SQLite and PostgreSQL)");
  const resilienceReport = path.join(reports, "resilience.json");
  if (built) {
    run("resilience specs", bin("playwright"), ["test", "-c", "e2e/resilience.config.ts"], {
      LEGIBLE_E2E_REPORT: resilienceReport,
    });
  }

  heading("Counts");
  const core = tallyVitest(coreReport, {});
  const integration = tallyVitest(integrationReport, { SQLite: /\bsqlite\b/i, PostgreSQL: /\bpostgresql\b/i });
  const e2e = tallyPlaywright(e2eReport);
  const resilience = tallyPlaywright(resilienceReport);
  const line = (label: string, tally: Tally) => console.log(`${label.padEnd(46)}${formatTally(tally)}`);
  line("core (unit)", core.total);
  line("db + api + connectors + web + admin", integration.total);
  line("  naming SQLite", integration.byLabel.SQLite ?? emptyTally());
  line("  naming PostgreSQL", integration.byLabel.PostgreSQL ?? emptyTally());
  for (const [project, tally] of Object.entries(e2e.byProject)) {
    const label =
      project === "staff-accounts"
        ? "browser, staff accounts set-up"
        : project === "security"
          ? "browser, security (both apps)"
          : `browser, ${project} app`;
    line(label, tally);
  }
  line("resilience (real servers)", resilience.total);
  const all: Tally = [core.total, integration.total, e2e.total, resilience.total].reduce(addTally, emptyTally());
  // A step can fail with no failing test (a suite that cannot load, a build): count it, so the
  // closing line never reads "0 failed" on a red run.
  if (failures.length && all.failed === 0) all.failed = failures.length;
  if (failures.length) console.log(`\nFailed steps: ${failures.join("; ")}`);
  console.log(`\n${formatTally(all)}`);
  process.exitCode = failures.length || all.failed ? 1 : 0;
} finally {
  cluster?.stop();
  rmSync(reports, { recursive: true, force: true });
}
