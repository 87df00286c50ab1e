import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type StaffRoleName, storageStateOf } from "../../support/staff";
import { collections, makeMissingRecords, staffPages } from "../../support/staff-pages";

// Authorization, proven in the browser: anonymous callers reach no staff page or procedure, and
// each role reaches only its own. Pages are read from the staff app's own files
// (support/staff-pages.ts) and procedures from its own router, so a new page or procedure is
// covered the day it is added.

const root = path.resolve(import.meta.dirname, "..", "..", "..");

test.beforeAll(async ({ playwright, baseURL }) => {
  await makeMissingRecords({ playwright }, baseURL);
});

const PAGES = staffPages();
const STAFF_PAGES = PAGES.filter((page) => page.route !== "/sign-in");

/** Words only a signed-in page would show: the seed's names, titles and quotes. */
const RECORD_WORDS = [
  "Karen Bass",
  "Hugo Soto-Martinez",
  "Tom Homan",
  "Sanctuary city ordinance",
  "Los Angeles City Council",
  "Pass the sanctuary city ordinance",
  "This moment demands urgency",
  "Los Angeles City Council votes 13-0",
  "Seed story",
  "Charter of the City of Los Angeles",
  "Ada Admin",
  "admin@example.org",
];

test("the staff app's pages are all found, with the admin-only ones among them", () => {
  const routes = new Set(PAGES.map((page) => page.route));
  for (const route of [
    "/",
    "/[collection]",
    "/[collection]/[id]",
    "/[collection]/[id]/history",
    "/users",
    "/transfer",
  ]) {
    expect(routes, route).toContain(route);
  }
  const adminOnly = [...new Set(PAGES.filter((page) => page.adminOnly).map((page) => page.route))].sort();
  expect(adminOnly).toEqual(expect.arrayContaining(["/transfer", "/users"]));
  expect(PAGES.length).toBeGreaterThan(40);
  expect(collections().map((c) => c.slug)).toEqual(expect.arrayContaining(["people", "votes", "jurisdictions"]));
});

// One test a page, so that a slow page costs only its own time and a failure names the page.
test.describe("anonymous", () => {
  for (const target of STAFF_PAGES) {
    test(`${target.url} sends the browser to sign in and shows no record data`, async ({ page, request }) => {
      // What the server sends before any redirect is followed: no record data in it either.
      const raw = await request.get(target.url, { maxRedirects: 0 });
      expect([303, 307, 308], `${target.url} answered ${raw.status()}`).toContain(raw.status());
      expect(raw.headers().location ?? "", target.url).toMatch(/\/sign-in$/);
      const rawText = await raw.text();
      for (const word of RECORD_WORDS) expect(rawText, `${target.url} sends “${word}”`).not.toContain(word);

      await page.goto(target.url);
      await expect(page, target.url).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      const shown = (await page.locator("body").textContent()) ?? "";
      for (const word of RECORD_WORDS) expect(shown, `${target.url} shows “${word}”`).not.toContain(word);
    });
  }
});

async function opens(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await expect(page, url).toHaveURL(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\?.*)?$`));
  await expect(page.getByRole("heading", { level: 1 }).first(), url).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "This page is not for your role" }), url).toHaveCount(
    url === "/not-allowed" ? 1 : 0,
  );
}

for (const role of ["editor", "reviewer", "admin"] as const satisfies readonly StaffRoleName[]) {
  test.describe(`as ${role === "reviewer" ? "a" : "an"} ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    for (const target of STAFF_PAGES) {
      if (target.adminOnly && role !== "admin") {
        test(`${target.url} says it is not for this role`, async ({ page }) => {
          await page.goto(target.url);
          await expect(page, target.url).toHaveURL(/\/not-allowed$/);
          await expect(
            page.getByRole("heading", { level: 1, name: "This page is not for your role" }),
            target.url,
          ).toBeVisible();
        });
      } else {
        test(`${target.url} opens`, async ({ page }) => {
          await opens(page, target.url);
        });
      }
    }
  });
}

interface Procedure {
  path: string;
  type: "query" | "mutation" | "subscription";
  roles: StaffRoleName[];
}

/** The admin router's procedures, listed by the router itself (e2e/support/admin-procedures.ts). */
function adminProcedures(): Procedure[] {
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=@legible/source", path.join(root, "e2e", "support", "admin-procedures.ts")],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Procedure[];
}

function call(
  request: import("@playwright/test").APIRequestContext,
  procedure: Procedure,
  method: "GET" | "POST",
  input: unknown = {},
) {
  const url = `/api/trpc/${procedure.path}`;
  return method === "GET"
    ? request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { maxRedirects: 0 })
    : request.post(url, { data: input, maxRedirects: 0 });
}

test("anonymous: every staff API procedure answers 401, by GET and by POST", async ({ playwright, baseURL }) => {
  const procedures = adminProcedures();
  expect(procedures.length).toBeGreaterThan(80);
  const anonymous = await playwright.request.newContext({ baseURL });
  const wrong: string[] = [];
  for (const procedure of procedures) {
    // Its own method first; the other method must not get further than the sign-in check either.
    const own = procedure.type === "query" ? "GET" : "POST";
    const response = await call(anonymous, procedure, own);
    if (response.status() !== 401) wrong.push(`${own} ${procedure.path}: ${response.status()}`);
    const body = await response.text();
    for (const word of RECORD_WORDS) if (body.includes(word)) wrong.push(`${own} ${procedure.path} sends “${word}”`);
    const other = own === "GET" ? "POST" : "GET";
    const crossed = await call(anonymous, procedure, other);
    if (![401, 405].includes(crossed.status())) wrong.push(`${other} ${procedure.path}: ${crossed.status()}`);
  }
  await anonymous.dispose();
  expect(wrong).toEqual([]);
});

for (const role of ["editor", "reviewer"] as const satisfies readonly StaffRoleName[]) {
  test(`${role === "editor" ? "an" : "a"} ${role} is refused (403) by every procedure outside the ${role} role`, async ({
    playwright,
    baseURL,
  }) => {
    const refused = adminProcedures().filter((procedure) => !procedure.roles.includes(role));
    expect(refused.map((procedure) => procedure.path)).toEqual(expect.arrayContaining(["users.list", "users.create"]));
    const signedIn = await playwright.request.newContext({ baseURL, storageState: storageStateOf(role) });
    const wrong: string[] = [];
    for (const procedure of refused) {
      const response = await call(signedIn, procedure, procedure.type === "query" ? "GET" : "POST");
      if (response.status() !== 403) wrong.push(`${procedure.path}: ${response.status()}`);
    }
    await signedIn.dispose();
    expect(wrong).toEqual([]);
  });
}
