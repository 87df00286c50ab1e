import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

// A person's and a body's pages show their latest votes and statements; the rest are on the
// lists' own pages, 50 at a time. Robin Longlist (made up, see support/long-record.ts) has 73
// statements: 10 on their page, then two list pages of 50 and 23.

const root = path.resolve(import.meta.dirname, "../../..");
const PERSON = "/people/person-e2e-long-record";
const STATEMENTS = 73;

async function open(page: Page, address: string): Promise<string[]> {
  const errors = collectPageErrors(page);
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(200);
  return errors;
}

const quotes = (page: Page) => page.getByRole("main").getByRole("blockquote");

test.describe("a long record, a page at a time", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(() => {
    const result = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=@legible/source", path.join(root, "e2e", "support", "long-record.ts"), String(STATEMENTS)],
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  });

  test("the person's page shows their latest 10 statements and leads to the rest", async ({ page }) => {
    const errors = await open(page, PERSON);
    const said = page.getByRole("region", { name: "What Robin Longlist said" });
    await expect(said.getByText("Showing the latest 10 of 73 statements.")).toBeVisible();
    await expect(said.getByRole("blockquote")).toHaveCount(10);
    await expect(said.getByRole("blockquote").first()).toHaveText("“Test statement number 73.”");
    await said.getByRole("link", { name: "See all 73 statements" }).click();
    await expect(page).toHaveURL(`${PERSON}/statements`);
    await expect(page.getByRole("heading", { level: 1, name: "Robin Longlist" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("the list pages hold 50 each, newest first, and move by keyboard", async ({ page }) => {
    const errors = await open(page, `${PERSON}/statements`);
    await expect(page).toHaveTitle("Statements: Robin Longlist · Legible");
    await expect(page.getByText("Showing 1–50 of 73, newest first.")).toBeVisible();
    await expect(quotes(page)).toHaveCount(50);
    await expect(quotes(page).first()).toHaveText("“Test statement number 73.”");
    const pages = page.getByRole("navigation", { name: "Pages of this list" });
    await expect(pages.getByText("Page 1 of 2")).toHaveAttribute("aria-current", "page");
    await expect(pages.getByRole("link", { name: "← Newer" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await pages.getByRole("link", { name: "Older →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${PERSON}/statements/2`);
    await expect(page).toHaveTitle("Statements: Robin Longlist (page 2 of 2) · Legible");
    await expect(page.getByText("Showing 51–73 of 73, newest first.")).toBeVisible();
    await expect(quotes(page)).toHaveCount(23);
    // Undated statements come last.
    await expect(quotes(page).last()).toHaveText("“Test statement number 1.”");
    await expect(page.getByRole("figure").last()).toContainText("Date not on record");
    await expect(page.getByRole("figure").filter({ hasText: "Date not on record" })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Sources" }).getByText("[1]")).toBeVisible();
    await expect(pages.getByRole("link", { name: "Older →" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await pages.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL(`${PERSON}/statements`);
    // The owner's name in the trail leads back to their page.
    await page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Robin Longlist" }).click();
    await expect(page).toHaveURL(PERSON);
    expect(errors).toEqual([]);
  });

  test("in Spanish, the language switch keeps the page", async ({ page }) => {
    const errors = await open(page, `/es${PERSON}/statements/2`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByText("Se muestran 51–73 de 73, de lo más reciente a lo más antiguo.")).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Páginas de esta lista" });
    await expect(pages.getByText("Página 2 de 2")).toBeVisible();
    await expect(pages.getByRole("link", { name: "← Más recientes" })).toHaveAttribute(
      "href",
      `/es${PERSON}/statements`,
    );
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Read in English" }).click();
    await expect(page).toHaveURL(`${PERSON}/statements/2`);
    expect(errors).toEqual([]);
  });

  test("no page past the end, and no page that is not a number", async ({ page }) => {
    for (const address of [
      `${PERSON}/statements/3`,
      `${PERSON}/statements/0`,
      `${PERSON}/statements/02`,
      `${PERSON}/statements/two`,
      `${PERSON}/statements/2/3`,
      `/es${PERSON}/votes/2`,
      "/people/person-nope/statements",
      "/bodies/body-nope/votes",
    ]) {
      expect((await page.goto(address))?.status(), address).toBe(404);
    }
  });
});

test.describe("votes, a page at a time", () => {
  test("a body's votes, in both languages", async ({ page }) => {
    const errors = await open(page, "/bodies/body-la-city-council/votes");
    await expect(page.getByRole("heading", { level: 1, name: "Los Angeles City Council" })).toBeVisible();
    await expect(page.getByText("Showing 1–1 of 1, newest first.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Pass the sanctuary city ordinance" })).toBeVisible();
    // One page needs no page links.
    await expect(page.getByRole("navigation", { name: "Pages of this list" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await open(page, "/es/bodies/body-la-city-council/votes");
    await expect(page).toHaveTitle("Votaciones: Los Angeles City Council · Legible");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("someone with no votes on record gets a first page that says so", async ({ page }) => {
    const errors = await open(page, "/people/person-hugo-soto-martinez/votes");
    await expect(page).toHaveTitle("Voting record: Hugo Soto-Martinez · Legible");
    await expect(page.getByText(/No votes by Hugo Soto-Martinez are on record/)).toBeVisible();
    await expectNoAxeViolations(page);
    await open(page, "/es/people/person-hugo-soto-martinez/votes");
    await expect(page.getByText(/No hay votos de Hugo Soto-Martinez registrados/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});
