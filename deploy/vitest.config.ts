import { defineProject } from "vitest/config";
import { sourceResolve } from "../vitest.shared";

// The deployment's configuration (deploy/nginx): what docs/production.md shows is what it makes,
// and nginx serving with it answers as the site does. `npx vitest run --project deploy`.
export default defineProject({
  ...sourceResolve,
  test: { name: "deploy", environment: "node", include: ["**/*.test.ts"], testTimeout: 60_000 },
});
