import { execFileSync } from "node:child_process";
import path from "node:path";

/** Builds both apps for production (a turbo cache hit when nothing changed since the last build). */
export function buildApps(root: string): void {
  execFileSync(path.join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
}
