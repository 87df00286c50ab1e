import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Builds and packs the package, installs the tarball in an empty folder outside the
// workspace (so nothing resolves from the monorepo), and uses it from plain JavaScript, the
// way a stranger would. It needs the npm registry for zod; skip it with LEGIBLE_SKIP_PACK=1.

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const temp = mkdtempSync(join(tmpdir(), "legible-core-pack-"));
const quiet = ["--no-audit", "--no-fund", "--loglevel=error"];
// A clean environment: when run through `npm test -w`, npm passes its own settings (such as
// the workspace) down in npm_config_* variables, which would leak into these commands.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(process.env.LEGIBLE_SKIP_PACK === "1")("the packed package", () => {
  it("installs from its tarball and computes a vote outcome from plain JavaScript", () => {
    const packDir = join(temp, "pack");
    const appDir = join(temp, "app");
    mkdirSync(packDir, { recursive: true });
    // `prepack` cleans dist/ and builds, so no stale file from an older build ships.
    execFileSync(npm, ["pack", "--pack-destination", packDir, ...quiet], {
      cwd: packageDir,
      stdio: "pipe",
      env,
    });
    const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
    expect(tarball).toMatch(/^legible-core-\d+\.\d+\.\d+\.tgz$/);

    mkdirSync(appDir, { recursive: true });
    execFileSync(npm, ["init", "-y"], { cwd: appDir, stdio: "pipe", env });
    execFileSync(npm, ["install", join(packDir, tarball ?? ""), ...quiet], { cwd: appDir, stdio: "pipe", env });
    const installed = join(appDir, "node_modules", "@legible", "core");
    expect(existsSync(join(installed, "dist", "index.js"))).toBe(true);
    expect(existsSync(join(installed, "dist", "index.d.ts"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    expect(existsSync(join(installed, "dist", "jurisdiction.js"))).toBe(false);
    expect(existsSync(join(installed, "dist", "fixtures"))).toBe(false);

    writeFileSync(
      join(appDir, "use.mjs"),
      `import { computeVoteOutcome, parseVoteEvent } from "@legible/core";
const outcome = computeVoteOutcome({
  counts: { yes: 13, no: 0, "not voting": 2 },
  seats: 15,
  required: { fraction: "majority", of: "seats" },
  quorum: { fraction: "majority", of: "seats" },
  override: { fraction: "two-thirds", of: "seats" },
});
const bad = parseVoteEvent({ counts: { maybe: 1 } });
console.log(JSON.stringify({ outcome, badOk: bad.ok, firstIssue: bad.ok ? null : bad.issues[0] }));
`,
    );
    const output = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: appDir, encoding: "utf8" }));
    expect(output.outcome).toMatchObject({
      votesNeeded: 8,
      votesWon: 13,
      margin: 5,
      passed: true,
      quorumMet: true,
      vetoProof: true,
    });
    expect(output.badOk).toBe(false);
    expect(output.firstIssue).toHaveProperty("path");
  }, 240_000);
});
