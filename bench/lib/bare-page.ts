import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

// The bare Next App Router page (bench/bare-next) that reading pages are weighed against: same
// Next, React and options, nothing of the site's own.

const bareApp = (root: string) => path.join(root, "bench", "bare-next");
const nextBin = (root: string) => path.join(root, "node_modules", ".bin", "next");

export function buildBarePage(root: string): void {
  execFileSync(nextBin(root), ["build"], {
    cwd: bareApp(root),
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** How to serve the built bare page on a port. */
export function barePageCommand(root: string, port: number) {
  return { command: nextBin(root), args: ["start", "--port", String(port)], cwd: bareApp(root) };
}

interface RouteBundle {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

/** The script a route loads on first visit, as Next's build reports it: bytes and files. */
export function routeJavascript(appDir: string, route: string): { bytes: number; files: number } {
  const stats = JSON.parse(
    readFileSync(path.join(appDir, ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as RouteBundle[];
  const entry = stats.find((item) => item.route === route);
  if (!entry) throw new Error(`${appDir}: route-bundle-stats.json has no ${route}`);
  return { bytes: entry.firstLoadUncompressedJsBytes, files: entry.firstLoadChunkPaths.length };
}

export function bareJavascript(root: string) {
  return routeJavascript(bareApp(root), "/");
}
