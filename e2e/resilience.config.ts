import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./support/chromium";

// The resilience specs start and kill their own servers and databases (no webServer): the built
// apps as `npm start` serves them, a throwaway PostgreSQL cluster they stop and start, SQLite files.
// `npm test` runs them after the build, on their own, so no browser spec shares the two cores.
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  testDir: "resilience",
  outputDir: path.join(root, ".cache", "playwright", "resilience", "results"),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 180_000,
  reporter: process.env.LEGIBLE_E2E_REPORT
    ? [["list"], ["json", { outputFile: process.env.LEGIBLE_E2E_REPORT }]]
    : [["list"]],
  // Most checks are plain HTTP; the staff app's error page is drawn by the browser (see outage.spec.ts).
  projects: [
    {
      name: "resilience",
      use: { browserName: "chromium", launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS } },
    },
  ],
});
