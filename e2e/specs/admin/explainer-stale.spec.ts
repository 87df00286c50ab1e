import { spawnSync } from "node:child_process";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { type StaffRoleName, storageStateOf } from "../../support/staff";

// Issue 14: when a record an explainer shows changes after it was published, staff see it on the
// dashboard and in the editor, readers see a note on the public page in both languages, and a
// reviewer's confirmation (English) or a new publish (Spanish) clears both. The explainers, their
// measure, body, source and vote are made up for this spec (support/stale-explainer.ts): no other
// spec reads them, so changing the vote here cannot change what another spec sees.

const root = path.resolve(import.meta.dirname, "../../..");
const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
const MEASURE = "measure-e2e-library-hours";
const VOTE = "vote-e2e-library-hours";
const EN = { id: "explainer-e2e-library-hours-en", headline: "Branch libraries stay open on Sundays" };
const ES = { id: "explainer-e2e-library-hours-es", headline: "Las bibliotecas de barrio abren los domingos" };
const AMENDED = "Keep branch libraries open on Sundays and holidays";
const NOTE = {
  en: "Some records this explainer uses changed after it was last reviewed on May 2, 2001. Our editors are checking it.",
  es: "Algunos registros que usa esta explicación cambiaron después de su última revisión, el 2 de mayo de 2001. Nuestro equipo editorial la está revisando.",
};

async function signedIn(browser: Browser, role: StaffRoleName) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

function changedRegion(page: Page) {
  return page.getByRole("region", { name: "Explainers whose records changed" });
}

/** The entry of one explainer in the dashboard's list of changed records. */
function dashboardEntry(page: Page, headline: string) {
  return changedRegion(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: headline, exact: true }) });
}

/** The public page's note, once the site has rebuilt the cached page (or its absence). */
async function expectPublicNote(page: Page, address: string, text: string | null) {
  await expect
    .poll(
      async () => {
        await page.goto(`${publicSite}${address}`);
        const note = page.getByRole("note");
        return (await note.count()) === 0 ? null : (await note.textContent())?.replace(/\s+/g, " ").trim();
      },
      { timeout: 15_000 },
    )
    .toEqual(text === null ? null : expect.stringContaining(text));
}

test.beforeAll(() => {
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=@legible/source", path.join(root, "e2e", "support", "stale-explainer.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
  );
  expect(result.status, result.stderr).toBe(0);
});

test("a vote changed after publication flags its explainers for staff and readers until a reviewer confirms or publishes again", async ({
  browser,
}) => {
  test.slow();
  const reviewer = await signedIn(browser, "reviewer");
  const editor = await signedIn(browser, "editor");
  // Axe needs a page of a context of its own.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();

  // Published against the records as they are: nothing to flag.
  await reviewer.page.goto("/");
  await expect(changedRegion(reviewer.page)).toBeVisible({ timeout: 15_000 });
  await expect(dashboardEntry(reviewer.page, EN.headline)).toHaveCount(0);
  await expectPublicNote(reader, `/explainers/${MEASURE}`, null);

  // An editor changes the vote's motion through the vote form.
  await editor.page.goto(`/votes/${VOTE}`);
  await expect(editor.page.getByLabel("Motion")).toHaveValue("Keep branch libraries open on Sundays", {
    timeout: 15_000,
  });
  await editor.page.getByLabel("Motion").fill(AMENDED);
  await editor.page.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: /Saved\. Version 2\./ })).toBeVisible();

  // The dashboard lists both explainers, each with what changed, who changed it and when.
  await reviewer.page.reload();
  for (const { headline } of [EN, ES]) {
    const entry = dashboardEntry(reviewer.page, headline);
    await expect(entry).toContainText("1 record changed");
    await expect(entry.getByRole("link", { name: AMENDED })).toHaveAttribute("href", `/votes/${VOTE}`);
    await expect(entry).toContainText(
      /Vote Keep branch libraries open on Sundays and holidays changed by Eddie Editor on /,
    );
  }
  await expectNoAxeViolations(reviewer.page);

  // Readers see a note near the top, in English and in Spanish.
  await expectPublicNote(reader, `/explainers/${MEASURE}`, NOTE.en);
  await expect(reader.getByRole("note")).toHaveAccessibleName("Records changed since our last review");
  await expectNoAxeViolations(reader);
  await expectPublicNote(reader, `/es/explainers/${MEASURE}`, NOTE.es);
  await expect(reader.getByRole("note")).toHaveAccessibleName("Cambiaron datos desde nuestra última revisión");
  await expectNoAxeViolations(reader);

  // Editors see the changes in the editor, not the button that confirms them.
  await editor.page.goto(`/explainers/${EN.id}`);
  const editorNotice = editor.page.getByRole("region", { name: "Records changed since the last review" });
  await expect(editorNotice).toContainText(AMENDED, { timeout: 15_000 });
  await expect(editorNotice.getByRole("button", { name: "Records checked — still correct" })).toHaveCount(0);
  await expect(editorNotice).toContainText("Only reviewers and admins can confirm");

  // A reviewer confirms the English explainer still holds: staff and readers stop seeing it.
  await reviewer.page.goto(`/explainers/${EN.id}`);
  const notice = reviewer.page.getByRole("region", { name: "Records changed since the last review" });
  await expect(notice.getByRole("link", { name: AMENDED })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(reviewer.page);
  await notice.getByRole("button", { name: "Records checked — still correct" }).click();
  const confirmed = notice.getByRole("status").filter({ hasText: "Confirmed: the explainer is still correct." });
  await expect(confirmed).toBeFocused();
  await expect(confirmed).toContainText("The public site was refreshed");
  await expect(notice.getByRole("link", { name: AMENDED })).toHaveCount(0);
  await expectNoAxeViolations(reviewer.page);
  await expectPublicNote(reader, `/explainers/${MEASURE}`, null);

  // The Spanish explainer is still flagged until it is published again.
  await reviewer.page.goto("/");
  await expect(dashboardEntry(reviewer.page, ES.headline)).toContainText("1 record changed", { timeout: 15_000 });
  await expect(dashboardEntry(reviewer.page, EN.headline)).toHaveCount(0);
  await dashboardEntry(reviewer.page, ES.headline).getByRole("link", { name: ES.headline }).click();
  await expect(reviewer.page.getByRole("heading", { level: 1, name: "Edit explainer" })).toBeVisible();
  const headline = `${ES.headline}, también los festivos`;
  await reviewer.page.getByLabel("Headline").fill(headline);
  await reviewer.page.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewer.page.getByRole("status").filter({ hasText: /^Saved\. Version/ })).toBeVisible();
  await reviewer.page.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer.page.getByText("Submitted for review.")).toBeVisible();
  await reviewer.page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(reviewer.page.getByText("Published revision 2")).toBeVisible();
  await expect(
    reviewer.page.getByRole("region", { name: "Records changed since the last review" }).getByRole("link"),
  ).toHaveCount(0);
  await expectPublicNote(reader, `/es/explainers/${MEASURE}`, null);
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  await reviewer.page.goto("/");
  await expect(changedRegion(reviewer.page)).toBeVisible({ timeout: 15_000 });
  await expect(dashboardEntry(reviewer.page, ES.headline)).toHaveCount(0);
  await expect(dashboardEntry(reviewer.page, headline)).toHaveCount(0);

  expect(reviewer.errors).toEqual([]);
  expect(editor.errors).toEqual([]);
  await reviewer.context.close();
  await editor.context.close();
  await readerContext.close();
});
