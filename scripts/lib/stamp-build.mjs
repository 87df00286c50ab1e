// Last step of each app's build script: records the turbo task hash the build was made from
// (turbo gives it to the task as TURBO_HASH) inside the build's own output, so `npm start` can tell
// a current build from a stale one without building (scripts/lib/build-freshness.ts). A build run
// outside turbo has no hash: it leaves no stamp, and `npm start` builds through turbo instead.
import { rmSync, writeFileSync } from "node:fs";

// build-freshness.ts reads it from here (BUILD_STAMP_FILE).
const BUILD_STAMP = ".next/legible-build-hash";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: turbo sets it for each task; it is the hash, not an input to it.
const hash = process.env.TURBO_HASH?.trim();
if (hash) writeFileSync(BUILD_STAMP, `${hash}\n`);
else rmSync(BUILD_STAMP, { force: true });
