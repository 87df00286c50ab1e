import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { forgetOtherBuildsPages } from "./pages-of-this-build";

// A build restored over an app folder leaves the pages the last server cached on disk; the next
// server start must not serve them (they name another build's scripts).

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function appFolder(buildId: string | null): { appDir: string; cachedPage: string } {
  const appDir = mkdtempSync(path.join(tmpdir(), "legible-build-pages-"));
  folders.push(appDir);
  mkdirSync(path.join(appDir, ".next", "server", "route-cache", "APP_PAGE", "owner", "$", "en"), { recursive: true });
  if (buildId) writeFileSync(path.join(appDir, ".next", "BUILD_ID"), buildId);
  const cachedPage = path.join(appDir, ".next", "server", "route-cache", "APP_PAGE", "owner", "$", "en", "index.html");
  writeFileSync(cachedPage, "<p>a cached page</p>");
  return { appDir, cachedPage };
}

describe("forgetOtherBuildsPages", () => {
  it("empties the page cache on the first start of a build, then keeps what that build caches", () => {
    const { appDir, cachedPage } = appFolder("build-1");
    expect(forgetOtherBuildsPages(appDir)).toBe(true);
    expect(existsSync(cachedPage)).toBe(false);
    writeFileSync(path.join(appDir, ".next", "server", "route-cache", "page.html"), "<p>cached by build-1</p>");
    expect(forgetOtherBuildsPages(appDir)).toBe(false);
    expect(readFileSync(path.join(appDir, ".next", "server", "route-cache", "page.html"), "utf8")).toBe(
      "<p>cached by build-1</p>",
    );
  });

  it("empties it again when another build is put in the folder", () => {
    const { appDir } = appFolder("build-1");
    forgetOtherBuildsPages(appDir);
    const page = path.join(appDir, ".next", "server", "route-cache", "page.html");
    writeFileSync(page, "<p>cached by build-1</p>");
    writeFileSync(path.join(appDir, ".next", "BUILD_ID"), "build-2\n");
    expect(forgetOtherBuildsPages(appDir)).toBe(true);
    expect(existsSync(page)).toBe(false);
  });

  it("touches nothing where nothing is built", () => {
    const { appDir, cachedPage } = appFolder(null);
    expect(forgetOtherBuildsPages(appDir)).toBe(false);
    expect(existsSync(cachedPage)).toBe(true);
  });
});
