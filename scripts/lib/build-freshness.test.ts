import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type AppBuildState, BUILD_STAMP_FILE, judgeBuild, readBuildStates, SERVED_BUILDS } from "./build-freshness";

const built = (app: AppBuildState["app"], hash = `${app}-1`): AppBuildState => ({
  app,
  expectedHash: hash,
  builtHash: hash,
  missingOutputs: [],
});

describe("judgeBuild", () => {
  it("serves a build whose every app carries today's hash", () => {
    expect(judgeBuild([built("web"), built("admin")])).toEqual({ build: false });
  });

  it("builds when nothing is built", () => {
    const states = [
      { ...built("web"), builtHash: undefined, missingOutputs: [".next/BUILD_ID"] },
      { ...built("admin"), builtHash: undefined, missingOutputs: [".next/BUILD_ID"] },
    ];
    expect(judgeBuild(states)).toEqual({ build: true, reason: "nothing built", apps: ["web", "admin"] });
  });

  it("builds when one app lacks an output, even with a matching stamp", () => {
    const states = [{ ...built("web"), missingOutputs: ["dist/server.js"] }, built("admin")];
    expect(judgeBuild(states)).toEqual({ build: true, reason: "stale", apps: ["web"] });
  });

  it("builds when the sources changed since the build", () => {
    const states = [{ ...built("web"), expectedHash: "web-2" }, built("admin")];
    expect(judgeBuild(states)).toEqual({ build: true, reason: "stale", apps: ["web"] });
  });

  it("builds when a build left no stamp (made outside turbo)", () => {
    const states = [built("web"), { ...built("admin"), builtHash: undefined }];
    expect(judgeBuild(states)).toEqual({ build: true, reason: "stale", apps: ["admin"] });
  });

  it("builds when turbo could not give a hash", () => {
    const states = [built("web"), { ...built("admin"), expectedHash: undefined }];
    expect(judgeBuild(states)).toEqual({ build: true, reason: "unknown", apps: ["admin"] });
  });
});

describe("readBuildStates with the stamp the build scripts write", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const stampScript = path.join(import.meta.dirname, "stamp-build.mjs");
  const stamp = (dir: string, turboHash: string | undefined) => {
    const env = { ...process.env };
    delete env.TURBO_HASH;
    if (turboHash) env.TURBO_HASH = turboHash;
    const result = spawnSync(process.execPath, [stampScript], { cwd: dir, env });
    expect(result.status).toBe(0);
  };

  /** A checkout with every served output in place, each app stamped as `npm run build` would. */
  function builtCheckout(): string {
    const dir = mkdtempSync(path.join(tmpdir(), "legible-build-freshness-"));
    for (const { app, outputs } of SERVED_BUILDS) {
      const appDir = path.join(dir, "apps", app);
      for (const output of outputs) {
        mkdirSync(path.dirname(path.join(appDir, output)), { recursive: true });
        writeFileSync(path.join(appDir, output), "x");
      }
      stamp(appDir, `hash-of-${app}`);
    }
    return dir;
  }

  const expected = new Map(SERVED_BUILDS.map(({ app, task }) => [task, `hash-of-${app}`]));

  it("reads back the hash turbo gave each build as current", () => {
    root = builtCheckout();
    expect(judgeBuild(readBuildStates(root, expected))).toEqual({ build: false });
  });

  it("finds a build made without turbo's hash stale", () => {
    root = builtCheckout();
    stamp(path.join(root, "apps", "web"), undefined);
    expect(readBuildStates(root, expected)[0]?.builtHash).toBeUndefined();
    expect(judgeBuild(readBuildStates(root, expected))).toEqual({ build: true, reason: "stale", apps: ["web"] });
  });

  it("finds a removed server bundle missing", () => {
    root = builtCheckout();
    rmSync(path.join(root, "apps", "web", "dist", "server.js"));
    expect(readBuildStates(root, expected)[0]?.missingOutputs).toEqual(["dist/server.js"]);
  });

  // On a cache hit turbo restores only the task's outputs: the stamp must be one, or it would be lost.
  it("keeps the stamp and every served output among the outputs turbo caches", () => {
    const turbo = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", "turbo.json"), "utf8"));
    const globs: string[] = turbo.tasks.build.outputs;
    const under = (file: string, glob: string) => glob.endsWith("/**") && file.startsWith(glob.slice(0, -2));
    const cached = (file: string) =>
      globs.some((glob) => under(file, glob)) &&
      !globs.some((glob) => glob.startsWith("!") && under(file, glob.slice(1)));
    for (const file of [BUILD_STAMP_FILE, ...SERVED_BUILDS.flatMap((build) => build.outputs)]) {
      expect(cached(file), file).toBe(true);
    }
  });
});
