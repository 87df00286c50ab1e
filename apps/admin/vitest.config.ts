import { defineProject } from "vitest/config";
import { appResolve } from "../../vitest.shared";

// Unit tests of the staff app's pure helpers (record forms, diffs, conflicts, roll calls, the explainer editor). Run
// with `npm test -w @legible/admin`; screens are covered by the browser specs in e2e/.
export default defineProject({
  ...appResolve(new URL(".", import.meta.url)),
  test: {
    name: "admin",
    environment: "node",
    include: ["proxy.test.ts", "lib/**/*.test.ts", "components/**/*.test.ts"],
  },
});
