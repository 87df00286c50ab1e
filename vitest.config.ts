import { defineConfig } from "vitest/config";

// `npm test` runs every package's suites from here; each package keeps its own vitest.config.ts
// so `npm test -w @legible/<name>` works alone too.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      "scripts/vitest.config.ts",
      "deploy/vitest.config.ts",
    ],
  },
});
