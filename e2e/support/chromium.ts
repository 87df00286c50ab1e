import { existsSync } from "node:fs";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/**
 * The system Chromium the specs drive. Playwright's own browser download cannot run on machines
 * that reach only package registries, so the browser comes from Debian's package.
 */
export function chromiumExecutable(): string {
  const path = process.env.PLAYWRIGHT_CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), ` +
        "or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  }
  return path;
}

/** Flags that keep a headless Chromium from reaching for hosts a closed network cannot reach. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
