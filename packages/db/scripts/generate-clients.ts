// Writes each provider's schema copy and generates its Prisma client, without Prisma's binary host.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { findProjectRoot } from "../src/config";
import { PROVIDERS, providerPaths, writeSchemaCopies } from "../src/schema-copies";

const root = findProjectRoot();
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const copies = writeSchemaCopies(root);

for (const provider of PROVIDERS) {
  // `prisma generate` never runs the schema engine but refuses to start without one on disk;
  // pointing it at any existing file stops it from trying to download one.
  const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", copies[provider]], {
    cwd: root,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`db:generate: Prisma could not generate the ${provider} client (see above).`);
    process.exit(1);
  }
  console.log(`db:generate: ${provider} client → ${path.relative(root, providerPaths(root, provider).client)}`);
}
