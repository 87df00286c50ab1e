import { defineProject } from "vitest/config";
import { sourceResolve } from "../../vitest.shared";

// The shared components' pure parts and message catalogue; screens are covered by the browser
// specs in e2e/ (the public explainer and its staff preview render the same article).
export default defineProject({
  ...sourceResolve,
  test: {
    name: "ui",
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
