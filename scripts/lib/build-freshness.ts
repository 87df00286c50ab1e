import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Where each app's build records the turbo task hash it was made from (stamp-build.mjs writes it). */
export const BUILD_STAMP_FILE = ".next/legible-build-hash";

/** What `npm start` serves: each app's build task, and the files it cannot serve without. */
export const SERVED_BUILDS = [
  { app: "web", task: "@legible/web#build", outputs: [".next/BUILD_ID", "dist/server.js"] },
  { app: "admin", task: "@legible/admin#build", outputs: [".next/BUILD_ID"] },
] as const;

export type AppName = (typeof SERVED_BUILDS)[number]["app"];

/** One app's build as found on disk, next to the hash turbo computes for it from today's sources. */
export interface AppBuildState {
  app: AppName;
  /** The hash a build of today's sources would have; undefined when turbo could not say. */
  expectedHash: string | undefined;
  /** The hash the build on disk was made from; undefined when it left no stamp. */
  builtHash: string | undefined;
  /** Required output files that are not there. */
  missingOutputs: string[];
}

export type BuildVerdict =
  | { build: false }
  | { build: true; reason: "nothing built" | "stale" | "unknown"; apps: AppName[] };

/**
 * Whether `npm start` must build first. A build is current only when every served app has all its
 * outputs and was stamped with the hash turbo computes for its task now (a task's hash covers its
 * inputs, its environment and its dependencies' hashes, so a change in core makes web stale).
 */
export function judgeBuild(states: readonly AppBuildState[]): BuildVerdict {
  const missing = states.filter((state) => state.missingOutputs.length > 0).map((state) => state.app);
  if (missing.length === states.length) return { build: true, reason: "nothing built", apps: missing };
  if (missing.length) return { build: true, reason: "stale", apps: missing };
  const unknown = states.filter((state) => state.expectedHash === undefined).map((state) => state.app);
  if (unknown.length) return { build: true, reason: "unknown", apps: unknown };
  const stale = states.filter((state) => state.builtHash !== state.expectedHash).map((state) => state.app);
  return stale.length ? { build: true, reason: "stale", apps: stale } : { build: false };
}

const turboDryRun = z.object({ tasks: z.array(z.object({ taskId: z.string(), hash: z.string() })) });

/** Turbo's hash for each build task from today's sources (`turbo run build --dry=json`, about a second). */
export function expectedBuildHashes(root: string, env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const turbo = path.join(root, "node_modules", ".bin", "turbo");
  const result = spawnSync(turbo, ["run", "build", "--dry=json"], {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.status !== 0) return new Map();
  try {
    const { tasks } = turboDryRun.parse(JSON.parse(result.stdout));
    return new Map(tasks.map((task) => [task.taskId, task.hash]));
  } catch {
    return new Map();
  }
}

/** Each served app's build as it is on disk under `root`, against the expected hashes. */
export function readBuildStates(root: string, expected: ReadonlyMap<string, string>): AppBuildState[] {
  return SERVED_BUILDS.map(({ app, task, outputs }) => {
    const dir = path.join(root, "apps", app);
    const stamp = path.join(dir, BUILD_STAMP_FILE);
    return {
      app,
      expectedHash: expected.get(task),
      builtHash: existsSync(stamp) ? readFileSync(stamp, "utf8").trim() || undefined : undefined,
      missingOutputs: outputs.filter((output) => !existsSync(path.join(dir, output))),
    };
  });
}

/** Says in words why `npm start` builds. */
export function describeVerdict(verdict: BuildVerdict & { build: true }): string {
  const apps = verdict.apps.join(" and ");
  switch (verdict.reason) {
    case "nothing built":
      return "nothing is built yet";
    case "stale":
      return `the ${apps} build is missing or older than the sources`;
    case "unknown":
      return `turbo could not say whether the ${apps} build is current`;
  }
}
