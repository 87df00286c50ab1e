// The web app's build step after `next build`: compiles server.ts, with the workspace packages it
// imports, into dist/server.js, so production runs it with plain `node` (no tsx, no dev
// dependencies). Packages from node_modules stay imports, and each must be a runtime dependency.
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const appDir = path.dirname(import.meta.dirname);
const rootDir = path.resolve(appDir, "..", "..");
const WORKSPACE_SCOPE = "@legible/";

/** The package a bare import names: "next/dist/x" → "next", "@scope/a/b" → "@scope/a". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function manifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
}

/** Runtime dependencies of the app and of every workspace package it depends on, transitively. */
function runtimeDependencies() {
  const allowed = new Set();
  const seen = new Set();
  const visit = (dir) => {
    const { name, dependencies = {} } = manifest(dir);
    if (seen.has(name)) return;
    seen.add(name);
    for (const dependency of Object.keys(dependencies)) {
      allowed.add(dependency);
      if (dependency.startsWith(WORKSPACE_SCOPE)) {
        visit(path.join(rootDir, "packages", dependency.slice(WORKSPACE_SCOPE.length)));
      }
    }
  };
  visit(appDir);
  return allowed;
}

// Workspace packages ship TypeScript source, which plain node cannot load: bundle them, keep the rest.
const bundleWorkspaceOnly = {
  name: "bundle-workspace-only",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith(WORKSPACE_SCOPE) ? undefined : { path: args.path, external: true },
    );
  },
};

const result = await build({
  entryPoints: [path.join(appDir, "server.ts")],
  outfile: path.join(appDir, "dist", "server.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  conditions: ["@legible/source"],
  plugins: [bundleWorkspaceOnly],
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
});

const builtins = new Set(builtinModules);
const allowed = runtimeDependencies();
const externals = Object.values(result.metafile.outputs)
  .flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path))
  .filter((specifier) => !specifier.startsWith("node:") && !builtins.has(packageName(specifier)));
const undeclared = externals.filter((specifier) => !allowed.has(packageName(specifier)));
// Plain node resolves ESM imports strictly: a deep import needs its file extension
// ("next/dist/server/request-meta.js"), which tsx and bundlers forgive.
const unloadable = externals.filter((specifier) => {
  try {
    return !existsSync(fileURLToPath(import.meta.resolve(specifier)));
  } catch {
    return true;
  }
});
if (unloadable.length) {
  console.error(
    `web server: node cannot load ${[...new Set(unloadable)].join(", ")} as written (add the file extension)`,
  );
  process.exit(1);
}
if (undeclared.length) {
  console.error(
    `web server: ${[...new Set(undeclared)].join(", ")} imported at run time but not a dependency of @legible/web or its workspace packages`,
  );
  process.exit(1);
}
