import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

// The browse lists: measures filtered by a GET form (by keyboard, and with JavaScript off), a
// page at a time, in both languages; bad values in the address ignored and said so; people,
// bodies and meetings; and every way in (header, home page, record pages). 55 made-up ordinances
// on one topic (support/browse-records.ts) give the filtered list two pages; a topic of their
// own keeps other specs' records out of the counts.

const root = path.resolve(import.meta.dirname, "../../..");
const TOPIC = "zoning review e2e";
const COUNT = 55;
const FILTERED = `/measures?subject=${encodeURIComponent(TOPIC).replaceAll("%20", "+")}`;

async function open(page: Page, address: string, status = 200): Promise<string[]> {
  const errors = collectPageErrors(page);
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(status);
  return errors;
}

// A list's rows are the list items with a heading (the trail and the pager are lists too).
const items = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
const rows = (page: Page) => items(page).getByRole("heading", { level: 3 });
const pager = (page: Page, name = "Pages of this list") => page.getByRole("navigation", { name });

test.describe("browse the records", () => {
  // One worker makes the records once before any list is read: the lists' data is cached for
  // five minutes, and these records come from a script, not a staff save that refreshes them.
  // Each test starts from an address of its own (a sort, a language) for the same reason.
  test.describe.configure({ mode: "serial", timeout: 90_000 });

  test.beforeAll(() => {
    const result = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=@legible/source", path.join(root, "e2e", "support", "browse-records.ts"), String(COUNT), TOPIC],
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  });

  test("the header and the home page lead to every list", async ({ page }) => {
    const errors = await open(page, "/");
    const browse = page.getByRole("navigation", { name: "Browse the records" });
    for (const name of ["Measures", "People", "Councils and offices", "Meetings"]) {
      await expect(browse.getByRole("link", { name })).toBeVisible();
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Measures" }).click();
    await expect(page).toHaveURL("/measures");
    await expect(page.getByRole("heading", { level: 1, name: "Measures" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^\d+ measures?$/ })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("filters measures by keyboard, keeps the filter in the address and pages through", async ({ page }) => {
    const errors = await open(page, "/measures?sort=title");
    const topic = page.getByRole("combobox", { name: "Topic" });
    await topic.focus();
    // A closed select takes typed letters as a choice, as a keyboard user would pick one.
    await page.keyboard.type("zoning");
    await expect(topic).toHaveValue(TOPIC);
    for (let tab = 0; tab < 3; tab++) await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Show measures" })).toBeFocused();
    await page.keyboard.press("Enter");
    // The form sends every field; the page answers at the list's short address.
    await expect(page).toHaveURL(`${FILTERED}&sort=title`);
    await expect(page.getByRole("heading", { level: 2, name: `${COUNT} measures` })).toBeVisible();
    await expect(page.getByText(`Showing 1–50 of ${COUNT}.`)).toBeVisible();
    await expect(rows(page)).toHaveCount(50);
    await expect(rows(page).first()).toHaveText("E2E-001: Browse test ordinance 1");
    await expect(topic).toHaveValue(TOPIC);
    await expect(pager(page).getByText("Page 1 of 2")).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);

    await pager(page).getByRole("link", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${FILTERED}&sort=title&page=2`);
    await expect(page.getByText(`Showing 51–${COUNT} of ${COUNT}.`)).toBeVisible();
    await expect(rows(page)).toHaveCount(COUNT - 50);
    await expect(rows(page).last()).toHaveText("E2E-009: Browse test ordinance 9");
    await expect(page).toHaveTitle("Measures (page 2 of 2) · Legible");

    // Latest step first instead, the topic kept.
    await page.getByRole("combobox", { name: "Order" }).selectOption("latest");
    await page.getByRole("button", { name: "Show measures" }).click();
    await expect(page).toHaveURL(FILTERED);
    await expect(rows(page).first()).toHaveText("E2E-055: Browse test ordinance 55");
    await expect(items(page).first()).toContainText("Introduced");
    await expect(items(page).first()).toContainText("Introduced as test ordinance 55.");

    await rows(page).first().getByRole("link").click();
    await expect(page).toHaveURL("/measures/measure-e2e-browse-55");
    // Every record page leads back to its list.
    await page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Measures" }).click();
    await expect(page).toHaveURL("/measures");
    expect(errors).toEqual([]);
  });

  test("works with JavaScript off, in Spanish", async ({ browser, baseURL, page: withScripts }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/es/measures?sort=title");
    await expect(page.getByRole("heading", { level: 1, name: "Medidas" })).toBeVisible();
    await page.getByRole("combobox", { name: "Orden" }).selectOption("latest");
    await page.getByRole("combobox", { name: "Tema" }).selectOption(TOPIC);
    await page.getByRole("combobox", { name: "Tipo" }).selectOption("ordinance");
    await page.getByRole("button", { name: "Mostrar medidas" }).click();
    await expect(page).toHaveURL(
      `/es/measures?kind=ordinance&subject=${encodeURIComponent(TOPIC).replaceAll("%20", "+")}`,
    );
    await expect(page.getByRole("heading", { level: 2, name: `${COUNT} medidas` })).toBeVisible();
    await expect(page.getByText(`Se muestran 1–50 de ${COUNT}.`)).toBeVisible();
    await expect(items(page).first()).toContainText("Presentada");
    await pager(page, "Páginas de esta lista").getByRole("link", { name: "Siguiente →" }).click();
    await expect(rows(page)).toHaveCount(COUNT - 50);
    // axe runs in the page's own JavaScript: the same Spanish page is checked with it on.
    await withScripts.goto(page.url());
    await expect(withScripts.getByRole("heading", { level: 2, name: `${COUNT} medidas` })).toBeVisible();
    await expectNoAxeViolations(withScripts);

    // A filter that matches nothing says so, and offers the way back.
    await page.goto(`/es/measures?kind=charter-amendment&subject=${encodeURIComponent(TOPIC)}`);
    await expect(page.getByText("Ninguna medida coincide con estos filtros.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Quitar filtros" }).last().click();
    await expect(page).toHaveURL("/es/measures");
    await context.close();
  });

  test("bad values in the address are ignored and named; a page past the end is not found", async ({ page }) => {
    let errors = await open(page, `${FILTERED}&stage=teleported&year=20x4&page=two`);
    const notice = page.getByRole("main").getByText("These values did not make sense");
    await expect(notice).toContainText("stage, year, page number");
    // The topic still narrows the list.
    await expect(page.getByRole("heading", { level: 2, name: `${COUNT} measures` })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Where it stands" })).toHaveValue("");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);

    errors = await open(page, `${FILTERED}&page=3`, 404);
    await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
    await open(page, "/measures?page=99999999999999999999");
    await expect(page.getByRole("main").getByText("These values did not make sense")).toContainText("page number");
    await open(page, "/people/past/02", 404);
    await open(page, "/people/past/9", 404);
    await open(page, "/meetings?when=someday&body=%3Cscript%3E");
    await expect(page.getByRole("main").getByText("These values did not make sense")).toContainText(
      "upcoming or past, council or office",
    );
  });

  test("people in office by body and seat, past officials, bodies and meetings", async ({ page }) => {
    let errors = await open(page, "/people");
    await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    const mayor = page.getByRole("region", { name: "Office of the Mayor of Los Angeles" });
    await expect(mayor.getByRole("term").filter({ hasText: "Mayor" })).toBeVisible();
    await expect(mayor.getByRole("link", { name: "Karen Bass" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Eric Garcetti" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page
      .getByRole("navigation", { name: "Which officials" })
      .getByRole("link", { name: "Past officials" })
      .click();
    await expect(page).toHaveURL("/people/past");
    await expect(page.getByRole("link", { name: "Eric Garcetti" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Past officials" })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Eric Garcetti" }).click();
    await page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "People" }).click();
    await expect(page).toHaveURL("/people");
    expect(errors).toEqual([]);

    errors = await open(page, "/bodies");
    await expect(page.getByRole("heading", { level: 1, name: "Councils and offices" })).toBeVisible();
    const council = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Los Angeles City Council" }) });
    await expect(council).toContainText(/hold(s)? a seat today|Nobody on record/);
    await expectNoAxeViolations(page);
    await council.getByRole("link", { name: "Los Angeles City Council" }).click();
    await page
      .getByRole("navigation", { name: "You are here" })
      .getByRole("link", { name: "Councils and offices" })
      .click();
    await expect(page).toHaveURL("/bodies");
    expect(errors).toEqual([]);

    errors = await open(page, "/es/meetings");
    await expect(page.getByRole("heading", { level: 1, name: "Reuniones" })).toBeVisible();
    await page.getByRole("combobox", { name: "Próximas o pasadas" }).selectOption("past");
    await page.getByRole("button", { name: "Mostrar reuniones" }).click();
    await expect(page).toHaveURL("/es/meetings?when=past");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});
