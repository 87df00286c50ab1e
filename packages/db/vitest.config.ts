import { defineProject } from "vitest/config";
import { sourceResolve } from "../../vitest.shared";

export default defineProject({
  ...sourceResolve,
  test: {
    name: "db",
    environment: "node",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["../db/src/test-support/global-setup.ts"],
    // Each file gets its own databases; running files one at a time keeps two cores from thrashing.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
