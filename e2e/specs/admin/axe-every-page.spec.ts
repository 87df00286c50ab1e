import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";
import { makeMissingRecords, staffPages } from "../../support/staff-pages";

// Every staff page, as an admin (who sees them all), checked with axe at WCAG 2.2 A and AA: the
// pages come from the app's own files (support/staff-pages.ts), so each record kind's list, new
// form and edit form, its history, the explainer list, new form and editor, review, syncs,
// imports, users, audit and the dashboard are here, and so is a page added tomorrow. One test a
// page: on a loaded two-core machine the whole walk in one test outlasted its time.

const SYNC = {
  name: "Axe walk sync",
  connector: "legistar",
  // Never run: the walk only opens its pages.
  settings: { client: "axewalk", apiBase: "http://localhost:9/v1", timeZone: "America/Los_Angeles" },
  schedule: null,
  enabled: false,
};

/** The pages of one sync take its id as `?id=`; the walk opens them with a sync made for it. */
const NEEDS_SYNC = new Set(["/syncs/sync", "/syncs/edit"]);

let syncId = "";

test.use({ storageState: storageStateOf("admin") });

test.beforeAll(async ({ playwright, baseURL }) => {
  await makeMissingRecords({ playwright }, baseURL);
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf("admin") });
  const list = await admin.get("/api/trpc/syncs.list");
  const listed = ((await list.json()) as { result?: { data?: Array<{ id: string; name: string }> } }).result?.data;
  syncId = (Array.isArray(listed) ? listed : []).find((sync) => sync.name === SYNC.name)?.id ?? "";
  if (!syncId) {
    const made = await admin.post("/api/trpc/syncs.create", { data: SYNC });
    expect(made.status(), await made.text()).toBe(200);
    syncId = ((await made.json()) as { result: { data: { id: string } } }).result.data.id;
  }
  await admin.dispose();
});

const PAGES = staffPages().filter((page) => page.route !== "/sign-in");

test("the walk reaches every kind of staff page", () => {
  const routes = new Set(PAGES.map((page) => page.route));
  for (const route of [
    "/",
    "/[collection]",
    "/[collection]/new",
    "/[collection]/[id]",
    "/explainers/new",
    "/explainers/[id]",
    "/review",
    "/syncs",
    "/transfer",
    "/users",
    "/audit",
  ]) {
    expect(routes, route).toContain(route);
  }
  expect(PAGES.length).toBeGreaterThan(40);
});

for (const target of PAGES) {
  test(`axe: ${target.url}`, async ({ page }) => {
    test.slow();
    const url = NEEDS_SYNC.has(target.route) ? `${target.url}?id=${encodeURIComponent(syncId)}` : target.url;
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(400);
    await expect(page.getByRole("heading", { level: 1 }).first(), url).toBeVisible();
    // Client-drawn parts (forms, lists, the editor) have loaded when nothing says "Loading…".
    await expect(page.getByText(/^Loading…$/), url).toHaveCount(0);
    await expectNoAxeViolations(page, url);
  });
}
