import { defineProject } from "vitest/config";
import { sourceResolve } from "../vitest.shared";

// Unit tests of the root scripts' helpers (`npm start`'s build decision). Run with
// `npx vitest run --project scripts`.
export default defineProject({
  ...sourceResolve,
  test: { name: "scripts", environment: "node", include: ["lib/**/*.test.ts"] },
});
