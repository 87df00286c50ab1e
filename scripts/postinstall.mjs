// After every install: generate the Prisma client for each provider, so typecheck, tests and
// the apps work straight away. Generation is offline (see packages/db/scripts/generate-clients.ts).
import { spawnSync } from "node:child_process";

const result = spawnSync("npm", ["run", "--silent", "db:generate", "-w", "@legible/db"], { stdio: "inherit" });
process.exit(result.status ?? 1);
