import { defineProject } from "vitest/config";
import { sourceResolve } from "../../vitest.shared";

export default defineProject({
  ...sourceResolve,
  test: {
    name: "alerts",
    environment: "node",
    include: ["src/**/*.test.ts"],
    globalSetup: ["../db/src/test-support/global-setup.ts"],
    // Each file gets its own databases and test servers; one file at a time keeps two cores calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
