import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./support/chromium";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const adminPort = webPort + 1;
const root = path.resolve(import.meta.dirname, "..");

// A fresh SQLite file per run, set once here so Playwright's workers (which reload this file) agree.
process.env.LEGIBLE_E2E_DATABASE_URL ??= `file:${path.join(mkdtempSync(path.join(tmpdir(), "legible-e2e-")), "e2e.db")}`;
// The secret the staff app would use to refresh cached pages; the refresh spec sends it too.
process.env.LEGIBLE_REVALIDATE_SECRET ??= `e2e-${process.pid}-${Date.now()}`;
process.env.XDG_CONFIG_HOME ??= path.join(root, ".cache", "xdg");
// The run's staff accounts share one throwaway password, made here; none is written in code.
process.env.LEGIBLE_E2E_STAFF_PASSWORD ??= `e2e-${randomBytes(12).toString("base64url")}`;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: "specs",
  // Per port, so two runs on one machine (LEGIBLE_E2E_WEB_PORT) keep their results apart.
  outputDir: path.join(root, ".cache", "playwright", String(webPort), "results"),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.LEGIBLE_E2E_REPORT
    ? [["list"], ["json", { outputFile: process.env.LEGIBLE_E2E_REPORT }]]
    : [["list"]],
  use: { trace: "retain-on-failure" },
  projects: [
    { name: "web", testMatch: /web\/.*\.spec\.ts/, use: { ...chromium, baseURL: `http://localhost:${webPort}` } },
    // Creates the first admin with `npm run admin:create`, then an editor and a reviewer, and
    // keeps each one's signed-in browser state for the staff app's specs.
    {
      name: "staff-accounts",
      testMatch: /admin\/staff\.setup\.ts/,
      fullyParallel: false,
      use: { ...chromium, baseURL: `http://localhost:${adminPort}` },
    },
    {
      name: "admin",
      testMatch: /admin\/.*\.spec\.ts/,
      dependencies: ["staff-accounts"],
      use: { ...chromium, baseURL: `http://localhost:${adminPort}` },
    },
    // Script injection and authorization across both apps (the staff app is the base address).
    // Runs after the web and admin specs: it writes records full of XSS payloads, which would
    // change what those specs count and sort.
    {
      name: "security",
      testMatch: /security\/.*\.spec\.ts/,
      // LEGIBLE_E2E_SECURITY_ALONE=1 runs it straight after the staff accounts, for quick runs.
      dependencies: process.env.LEGIBLE_E2E_SECURITY_ALONE ? ["staff-accounts"] : ["staff-accounts", "web", "admin"],
      use: { ...chromium, baseURL: `http://localhost:${adminPort}` },
    },
  ],
  // The README's own `npm start` serves both apps: it migrates and seeds the fresh database,
  // builds (a turbo cache hit after `npm test`'s build), and says when both answer.
  webServer: {
    command: "npm start",
    cwd: root,
    env: {
      DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL,
      LEGIBLE_REVALIDATE_SECRET: process.env.LEGIBLE_REVALIDATE_SECRET,
      PORT: String(webPort),
      ADMIN_PORT: String(adminPort),
      // Alert emails go to the SMTP server the alerts spec starts (e2e/specs/admin/alerts.spec.ts),
      // at a port derived from the site's; the worker looks for changes every second.
      SMTP_URL: `smtp://127.0.0.1:${webPort + 90}`,
      LEGIBLE_ALERTS_TICK_MS: "1000",
    },
    wait: { stdout: /legible: staff app/ },
    stdout: "pipe",
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
