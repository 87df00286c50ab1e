import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const root = path.resolve(import.meta.dirname, "../../..");
const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
const KEPT = { id: "person-eric-garcetti", name: "Eric Garcetti" };
const TWIN = { id: "person-e2e-eric-garceti", name: "Eric Garceti" };

test.use({ storageState: storageStateOf("editor") });
// Each walks several pages and waits for the public site's refresh; a busy machine needs the time.
test.describe.configure({ timeout: 120_000 });

async function post(page: Page, procedure: string, data: unknown) {
  const response = await page.request.post(`/api/trpc/${procedure}`, { data });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Where the public site sends an address: its status and, for a redirect, where to. Next replays
 * a cached redirect with its Location header twice, same value (vercel/next.js#95913, open), which
 * Playwright joins with ", "; browsers follow it all the same, so the spec reads the distinct values.
 */
async function publicAnswer(page: Page, address: string) {
  const response = await page.request.get(`${publicSite}${address}`, { maxRedirects: 0 });
  const location = response.headers().location;
  return { status: response.status(), location: location ? [...new Set(location.split(", "))].join(", ") : null };
}

test("an editor merges a typed twin into the real person, the old address redirects, and the audit log undoes it", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await post(page, "people.create", { id: TWIN.id, name: TWIN.name, sourceIds: [] });
  await post(page, "memberships.create", {
    id: "term-e2e-eric-garceti",
    personId: TWIN.id,
    bodyId: "body-la-city-council",
    role: "Councilmember",
    // Ended before the dates other specs fill roll calls for, so the twin (back after the undo)
    // is in nobody else's council.
    startDate: "2001",
    endDate: "2013",
    sourceIds: ["src-seed-news-report"],
  });
  await post(page, "statements.create", {
    id: "statement-e2e-eric-garceti",
    speakerPersonId: TWIN.id,
    stance: "supports",
    text: "A quote filed under the misspelled name.",
    date: null,
    medium: null,
    sourceId: "src-seed-news-report",
  });
  expect((await publicAnswer(page, `/people/${TWIN.id}`)).status).toBe(200);

  await page.goto(`/people/${TWIN.id}`);
  await page.getByRole("button", { name: "Merge into another person…" }).click();
  const search = page.getByRole("combobox", { name: "The person to keep" });
  await search.fill("Garcetti");
  await page.getByRole("option", { name: new RegExp(KEPT.name) }).click();
  const question = page.getByRole("heading", { name: `Merge “${TWIN.name}” into “${KEPT.name}”?` });
  await expect(question).toBeFocused();
  await expect(page.getByText(/This moves 1 term, 1 statement to Eric Garcetti/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, merge them" }).click();

  await expect(page).toHaveURL(new RegExp(`/people/${KEPT.id}\\?merged=`));
  await expect(page.getByRole("status").filter({ hasText: "was merged into this person" })).toBeVisible();

  // The old public address, in both languages, now leads to the kept person for good.
  await expect
    .poll(() => publicAnswer(page, `/people/${TWIN.id}`), { timeout: 15_000 })
    .toEqual({ status: 308, location: `/people/${KEPT.id}` });
  expect(await publicAnswer(page, `/es/people/${TWIN.id}`)).toEqual({
    status: 308,
    location: `/es/people/${KEPT.id}`,
  });
  const visitor = await page.context().browser()?.newPage();
  if (visitor) {
    await visitor.goto(`${publicSite}/es/people/${TWIN.id}`);
    await expect(visitor).toHaveURL(`${publicSite}/es/people/${KEPT.id}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(KEPT.name);
    await visitor.close();
  }

  await page.goto("/audit?action=merge");
  const row = page.getByRole("row").filter({ hasText: TWIN.id });
  await expect(row).toContainText(`into ${KEPT.id}`);
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: `Undo this merge of ${TWIN.id}` }).click();
  await expect(row.getByText(`Split ${TWIN.id} off again?`)).toBeFocused();
  await row.getByRole("button", { name: "Yes, undo the merge" }).click();
  await expect(row.getByRole("status")).toHaveText(`Undone: ${TWIN.id} is back with 0 votes, 1 term and 1 statement.`);
  await expectNoAxeViolations(page);

  await expect.poll(async () => (await publicAnswer(page, `/people/${TWIN.id}`)).status, { timeout: 15_000 }).toBe(200);
  await page.goto(`/people/${TWIN.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TWIN.name);
  expect(errors).toEqual([]);
});

test("an editor decides a same-person question and an upstream change from the review queue", async ({ page }) => {
  const seeded = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=@legible/source", path.join(root, "e2e", "support", "review-items.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  const errors = collectPageErrors(page);

  await page.goto("/");
  await page.getByRole("link", { name: /items? waits? for a decision/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();

  const samePerson = page.getByRole("article", {
    name: "Same person? Legistar’s ‘Ana Reyes’ (Testville) and Ana Reyes on record",
  });
  await expect(samePerson.getByRole("row", { name: /Ids in other systems/ })).toContainText(
    "Legistar (testville): 501",
  );
  const changed = page.getByRole("article", { name: "Changed upstream: the family name you edited on Ana Reyes" });
  await expect(changed).toContainText("Reyes Ortiz");
  await expectNoAxeViolations(page);

  await samePerson.getByRole("button", { name: /^Same person/ }).click();
  const status = page.getByRole("status").filter({ hasText: "Same person:" });
  await expect(status).toBeFocused();
  await expect(samePerson).toHaveCount(0);

  await changed.getByRole("button", { name: /^Keep ours/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kept your family name on Ana Reyes" })).toBeVisible();
  await expect(changed).toHaveCount(0);

  const decided = page.getByRole("table", { name: "Decided items, newest first" });
  await expect(decided.getByRole("row").filter({ hasText: "Same person? ‘Ana Reyes’" })).toContainText("Eddie Editor");
  await expect(decided.getByRole("row").filter({ hasText: "family name of Ana Reyes" })).toContainText(
    "Kept our value",
  );
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
