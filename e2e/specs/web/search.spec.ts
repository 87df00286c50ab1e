import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

// Search: the seed's records by word and language, hostile input, and (with the browse spec's
// 55 made-up ordinances, made here too if that spec has not run) facets, pages, order and the
// empty state, by keyboard, without JavaScript and in Spanish.

const root = path.resolve(import.meta.dirname, "../../..");
/** browse.spec's records: the same count and topic, so whichever spec runs first makes them. */
const MADE = 55;
const TOPIC = "zoning review e2e";

// Results are the ordered list's items; their headings are the records' titles.
const results = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("list")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .getByRole("listitem");
const facets = (page: Page, name = "Narrow your search") => page.getByRole("navigation", { name });

test("finds the ordinance and its explainer, with the matched words marked", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/search?q=sanctuary+ordinance");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search laws, people and explainers" })).toHaveValue(
    "sanctuary ordinance",
  );
  await expect(page.getByText(/results? for “sanctuary ordinance”/)).toBeVisible();
  const measure = results(page)
    .filter({ hasText: /^Measure/ })
    .filter({ hasText: "Sanctuary city ordinance" });
  await expect(measure.getByRole("link", { name: "Sanctuary city ordinance" })).toHaveAttribute(
    "href",
    "/measures/measure-sanctuary-ordinance",
  );
  await expect(measure.locator("mark").first()).toHaveText(/sanctuary|ordinance/i);
  await expect(
    results(page)
      .filter({ hasText: /^Explainer/, hasNotText: "In Spanish" })
      .getByRole("link")
      .first(),
  ).toHaveAttribute("href", "/explainers/measure-sanctuary-ordinance");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("finds Karen Bass", async ({ page }) => {
  await page.goto("/search?q=Karen+Bass");
  await expect(results(page).getByRole("link", { name: "Karen Bass" })).toHaveAttribute(
    "href",
    "/people/person-karen-bass",
  );
});

test("“santuario” on the Spanish search page finds the Spanish explainer", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/es/search?q=santuario");
  await expect(page.getByRole("heading", { level: 1, name: "Buscar" })).toBeVisible();
  const explainers = results(page).filter({ hasText: /^Explicación/ });
  const link = explainers.getByRole("link", { name: /El Concejo de Los Ángeles vota 13 a 0/ });
  await expect(link).toHaveAttribute("href", "/es/explainers/measure-sanctuary-ordinance");
  await expect(explainers.locator("mark").first()).toHaveText(/santuario/i);
  // Glossary markup stays out of what readers see.
  await expect(explainers).not.toContainText("[[");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("no query: a friendly prompt", async ({ page }) => {
  const response = await page.goto("/search");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Type a word or a name, then press Search.")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const hostile of ['"', "***", "' OR 1=1 --", "NEAR(", 'sanctuary" OR "x', "<script>alert(1)</script>"]) {
  test(`hostile input ${JSON.stringify(hostile)} gets a friendly page with status 200`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("searchbox")).toHaveValue(hostile);
    await expect(page.getByText(/Nothing to search for|Nothing matches|results? for/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test("input only of symbols is told there is nothing to search for", async ({ page }) => {
  await page.goto("/es/search?q=%22%2A%2A%2A%22");
  await expect(page.getByText("Nada que buscar", { exact: true })).toBeVisible();
});

test("a query longer than the limit is refused kindly, not with an error page", async ({ page }) => {
  const response = await page.goto(`/search?q=${"a".repeat(300)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("That search is too long. Please use 200 characters or fewer.")).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveAttribute("maxlength", "200");
});

test("a repeated q uses the first one", async ({ page }) => {
  await page.goto("/search?q=Karen&q=zzz");
  await expect(page.getByRole("searchbox")).toHaveValue("Karen");
  await expect(page.getByRole("link", { name: "Karen Bass" })).toBeVisible();
});

test.describe("search narrows", () => {
  test.describe.configure({ timeout: 90_000 });

  test.beforeAll(() => {
    const result = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=@legible/source", path.join(root, "e2e", "support", "browse-records.ts"), String(MADE), TOPIC],
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  });

  test("a facet chosen by keyboard narrows the results, with counts, and can be taken off", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/search?q=ordinance");
    const kind = facets(page).getByRole("region", { name: "Kind of record" });
    const measures = kind.getByRole("listitem").filter({ hasText: "Laws and measures" });
    await expect(measures).toContainText(/\((\d+)\)/);
    const explainers = kind.getByRole("link", { name: "Explainers" });
    await explainers.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/search?q=ordinance&kind=explainer");
    await expect(results(page).first()).toContainText("Explainer");
    for (const text of await results(page).allTextContents()) expect(text).toMatch(/^Explainer/);
    await expect(kind.getByText("Explainers", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await kind.getByRole("link", { name: /^Remove/ }).click();
    await expect(page).toHaveURL("/search?q=ordinance");
    expect(errors).toEqual([]);
  });

  test("pages past the first 30, and lists the newest first", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/search?q=browse+test+ordinance&kind=measure");
    await expect(
      page.getByRole("heading", { level: 2, name: `${MADE} results for “browse test ordinance”` }),
    ).toBeVisible();
    await expect(page.getByText(`Showing 1–30 of ${MADE}`)).toBeVisible();
    await expect(results(page)).toHaveCount(30);
    const pager = page.getByRole("navigation", { name: "Pages of this list" });
    await pager.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL("/search?q=browse+test+ordinance&kind=measure&page=2");
    await expect(page.getByText(`Showing 31–${MADE} of ${MADE}`)).toBeVisible();
    await expect(results(page)).toHaveCount(MADE - 30);
    await expectNoAxeViolations(page);

    await page.getByRole("navigation", { name: "Order" }).getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL("/search?q=browse+test+ordinance&kind=measure&sort=newest");
    await expect(page.getByRole("link", { name: "Newest first" })).toHaveAttribute("aria-current", "true");
    // Made with an introduction a day apart in 2031: the last made is the newest.
    await expect(results(page).first().getByRole("heading")).toHaveText(`E2E-0${MADE} Browse test ordinance ${MADE}`);
    await expect(results(page).nth(1).getByRole("heading")).toHaveText(
      `E2E-0${MADE - 1} Browse test ordinance ${MADE - 1}`,
    );
    expect(errors).toEqual([]);
  });

  test("works with JavaScript off: the form, a facet and the order are plain links and GET", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/search");
    await page.getByRole("searchbox").fill("browse test ordinance");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=browse\+test\+ordinance$/);
    await facets(page).getByRole("link", { name: "2031" }).click();
    await expect(page).toHaveURL("/search?q=browse+test+ordinance&year=2031");
    await page.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL("/search?q=browse+test+ordinance&year=2031&sort=newest");
    await expect(results(page).first().getByRole("heading")).toHaveText(`E2E-0${MADE} Browse test ordinance ${MADE}`);
    // A new search keeps the order and starts without filters.
    await page.getByRole("searchbox").fill("ordinance");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL("/search?sort=newest&q=ordinance");
    await context.close();
  });

  test("in Spanish, with its facets and order named in Spanish", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/es/search?q=browse+test+ordinance&kind=measure");
    await expect(
      page.getByRole("heading", { level: 2, name: /^\d+ resultados para «browse test ordinance»$/ }),
    ).toBeVisible();
    const narrow = facets(page, "Acote su búsqueda");
    await expect(narrow.getByRole("region", { name: "Tipo de registro" })).toContainText("Leyes y medidas");
    await expect(narrow.getByRole("region", { name: "En qué punto está" })).toContainText("Presentada");
    await page.getByRole("link", { name: "Los más recientes primero" }).click();
    await expect(page).toHaveURL("/es/search?q=browse+test+ordinance&kind=measure&sort=newest");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("nothing found: what to try, and the way back without the filters", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/search?q=zqxvzebra");
    await expect(page.getByText("Nothing matches “zqxvzebra”")).toBeVisible();
    await expect(page.getByText("Use fewer words.", { exact: false })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Meetings" })).toHaveAttribute("href", "/meetings");
    await expectNoAxeViolations(page);
    await page.goto("/search?q=ordinance&kind=person");
    await expect(page.getByText("Nothing matches “ordinance” with these filters")).toBeVisible();
    await page.getByRole("link", { name: "Search again without the filters" }).click();
    await expect(page).toHaveURL("/search?q=ordinance");
    await expect(results(page).first()).toBeVisible();
    await page.goto("/es/search?q=zqxvzebra");
    await expect(page.getByText("Nada coincide con «zqxvzebra»")).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("an unknown facet value or a malformed page is ignored and named; a page past the end is the 404 page", async ({
    page,
  }) => {
    let response = await page.goto("/search?q=ordinance&kind=banana&stage=sideways&page=2x");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/kind, stage, page number/)).toBeVisible();
    await expect(results(page).first()).toBeVisible();
    response = await page.goto("/search?q=ordinance&page=999");
    expect(response?.status()).toBe(404);
  });
});
