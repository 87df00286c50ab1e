import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

const PATH = "/explainers/measure-sanctuary-ordinance";

/** The section a heading opens, found by the heading's whole name. */
function section(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

test("the English explainer shows every section with the seed story's facts", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Los Angeles City Council votes 13-0 to make the city a sanctuary by law/);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
    }),
  ).toBeVisible();

  const summary = section(page, "In short");
  await expect(summary).toContainText("the Los Angeles City Council voted 13 to 0");
  await expect(summary).toContainText("Awaits the Mayor's signature");
  await expect(summary.getByRole("list", { name: "Steps to become law" }).locator("[aria-current=step]")).toContainText(
    "Signed by the Mayor",
  );
  await expect(summary).toContainText("File number");
  await expect(summary).toContainText("Not on record");

  for (const name of [
    "What it does",
    "What it does not do",
    "Who it affects",
    "The vote",
    "What happens next",
    "Timeline",
    "Who's who",
    "Who is for it and who is against it",
    "Background",
    "Questions and answers",
    "Words to know",
    "Sources",
    "Updates and corrections",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true }), name).toBeVisible();
  }

  const vote = section(page, "The vote");
  await expect(vote.getByRole("heading", { level: 3 })).toHaveText(
    "Los Angeles City Council, November 19, 2024 (worked out, not reported)",
  );
  await expect(vote).toContainText("This vote was to pass the measure.");
  await expect(vote).toContainText("By the rules on record, it passed.");
  await expect(vote.getByRole("listitem").filter({ hasText: "Yes" })).toContainText("13");
  await expect(vote.getByRole("listitem").filter({ hasText: "Did not vote" })).toContainText("2");
  await expect(vote).toContainText("It needed 8 yes votes: a majority of the 15 seats.");
  await expect(vote).toContainText("13: 5 more than needed");
  // The override share is not on record: no veto-proof claim either way.
  await expect(vote).toContainText(
    "Not known: the rules on record do not say how many votes overriding a veto by the Mayor takes.",
  );
  await expect(vote).not.toContainText("can override the veto");
  await expect(vote).toContainText("10 members must be there");
  await expect(vote).toContainText("Not on record. The record gives only the totals.");

  const next = section(page, "What happens next");
  await expect(next.getByRole("listitem").first()).toHaveText("Awaits the Mayor's signature.");
  await expect(next).toContainText("The Mayor can sign it or veto it.");
  await expect(next).toContainText("The rules on record do not say what happens if the Mayor does neither.");
  await expect(next).not.toContainText("10 of 15 votes");

  const timeline = section(page, "Timeline");
  await expect(timeline.getByRole("listitem").filter({ hasText: "week of November 11, 2024" })).toContainText(
    "released the draft ordinance",
  );
  await expect(timeline.getByRole("link", { name: "See the vote" })).toHaveAttribute(
    "href",
    "#vote-vote-council-2024-11-19",
  );

  const who = section(page, "Who's who");
  await expect(who.getByRole("listitem").filter({ hasText: "Karen Bass" }).first()).toContainText(
    "Holds the office that signs or vetoes it",
  );
  await expect(who).toContainText("Los Angeles City Council");
  await expect(who).toContainText("15 seats");

  const perspectives = section(page, "Who is for it and who is against it");
  const bass = perspectives.getByRole("figure").filter({ hasText: "This moment demands urgency" });
  await expect(bass).toContainText("Karen Bass, Mayor");
  const party = perspectives.getByRole("figure").filter({ hasText: "A country without secure borders" });
  await expect(party).toContainText("Republican Party of Los Angeles County");
  await expect(party).toContainText("in a social media post");
  await expect(perspectives.getByRole("heading", { level: 3 })).toHaveText(["For it", "Against it"]);

  await expect(section(page, "Background")).toContainText("Executive directive offering protections to immigrants");
  await expect(section(page, "Questions and answers").getByRole("heading", { level: 3 }).first()).toHaveText(
    "Is Los Angeles a sanctuary city now?",
  );

  const sources = section(page, "Sources");
  await expect(sources.locator("#source-1")).toContainText("Seed story: news report");
  await expect(sources.locator("#source-1")).toContainText("News report");
  await expect(sources.locator("#source-2")).toContainText("Charter of the City of Los Angeles");
  await expect(sources.locator("#source-2")).toContainText("Official record");
  await expect(section(page, "Updates and corrections")).toContainText("Last updated November 20, 2024 (version 1).");

  // Every block links to its sources by number, and every number it links to is listed.
  const whatItDoes = section(page, "What it does");
  await expect(whatItDoes.getByRole("link", { name: "Source 1" })).toHaveAttribute("href", "#source-1");
  const targets = await page
    .locator('main a[href^="#source-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(targets.length).toBeGreaterThan(10);
  for (const target of new Set(targets)) await expect(page.locator(target ?? "")).toHaveCount(1);

  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("the Spanish explainer says the same in Spanish", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto(`/es${PATH}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley",
    }),
  ).toBeVisible();
  await expect(section(page, "En resumen")).toContainText("Espera la firma de la Alcaldía");
  const vote = section(page, "La votación");
  await expect(vote.getByRole("heading", { level: 3 })).toHaveText(
    "Los Angeles City Council, 19 de noviembre de 2024 (dato calculado, no informado)",
  );
  await expect(vote).toContainText("Esta votación era para aprobar la medida.");
  await expect(vote).toContainText("Según las reglas registradas, se aprobó.");
  await expect(vote.getByRole("listitem").filter({ hasText: "A favor" })).toContainText("13");
  await expect(vote.getByRole("listitem").filter({ hasText: "No votaron" })).toContainText("2");
  await expect(vote).toContainText("Necesitaba 8 votos a favor: la mayoría de los 15 escaños.");
  await expect(vote).toContainText("No consta. El registro solo da los totales.");
  await expect(section(page, "Qué pasa ahora").getByRole("listitem").first()).toHaveText(
    "Espera la firma de la Alcaldía.",
  );
  const perspectives = section(page, "Quién está a favor y quién en contra");
  await expect(perspectives.getByRole("figure").filter({ hasText: "This moment demands urgency" })).toContainText(
    "Karen Bass",
  );
  // Quotes stay in the words they were said in, marked as English for screen readers.
  await expect(perspectives.locator("blockquote").first()).toHaveAttribute("lang", "en");
  await expect(section(page, "Cronología")).toContainText("semana del 11 de noviembre de 2024");
  await expect(section(page, "Fuentes").locator("#source-2")).toContainText("Documento oficial");
  await expect(section(page, "Cambios y correcciones")).toContainText("Actualizado el 20 de noviembre de 2024");
  await expect(page.getByRole("link", { name: "deportaciones" })).toHaveAttribute("href", "#term-deportacion");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("keyboard alone reaches the skip link, the language switch, every source and every term, in order", async ({
  page,
}) => {
  await page.goto(PATH);
  const expected = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#source-"], a[href^="#term-"]')).map((link) =>
      link.getAttribute("href"),
    ),
  );
  expect(expected.length).toBeGreaterThan(20);

  const reached: string[] = [];
  let outlineChecked = false;
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        href: element.getAttribute("href"),
        text: element.textContent?.trim() ?? "",
        outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0,
      };
    });
    if (!focused) break;
    if (step > 0 && focused.href === reached[0]) break;
    reached.push(focused.href ?? focused.text);
    if (focused.href?.startsWith("#source-")) {
      expect(focused.outline, "focus is visible").toBe(true);
      outlineChecked = true;
    }
  }
  expect(outlineChecked).toBe(true);
  expect(reached[0]).toBe("#main");
  const languageSwitch = reached.findIndex((href) => href.startsWith("/es"));
  expect(languageSwitch).toBeGreaterThan(0);
  const inContent = reached.filter((href) => href.startsWith("#source-") || href.startsWith("#term-"));
  expect(inContent).toEqual(expected);
  expect(reached.indexOf(inContent[0] ?? "")).toBeGreaterThan(languageSwitch);
});

test("following a citation moves to the source it names", async ({ page }) => {
  await page.goto(PATH);
  const citation = section(page, "What it does not do").getByRole("link", { name: "Source 1" });
  await citation.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#source-1$/);
  const source = page.locator("#source-1");
  await expect(source).toBeInViewport();
  await expect(source).toBeFocused();

  // A glossary term opens its definition the same way.
  await page.getByRole("link", { name: "executive directive" }).first().click();
  await expect(page).toHaveURL(/#term-executive-directive$/);
  await expect(page.locator("#term-executive-directive")).toBeInViewport();
  await expect(page.locator("#term-executive-directive")).toContainText("An order a mayor gives to city departments");
});

test("the page reads the same with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
  );
  await expect(section(page, "The vote")).toContainText("It needed 8 yes votes: a majority of the 15 seats.");
  await expect(section(page, "What happens next")).toContainText("Awaits the Mayor's signature.");
  await expect(section(page, "Who is for it and who is against it").getByRole("figure")).toHaveCount(5);
  await expect(section(page, "Questions and answers")).toContainText("The news report does not name them.");
  await expect(section(page, "Sources").getByRole("listitem").filter({ hasText: "Charter of the City" })).toBeVisible();
  await page.getByRole("link", { name: "Source 2" }).first().click();
  await expect(page).toHaveURL(/#source-2$/);
  await expect(page.locator("#source-2")).toBeInViewport();
  await context.close();
});

test("an unknown measure gets a 404", async ({ page }) => {
  const response = await page.goto("/explainers/no-such-measure");
  expect(response?.status()).toBe(404);
  const spanish = await page.goto("/es/explainers/measure-garcetti-directive-2019");
  expect(spanish?.status()).toBe(404);
});

test("the language switch goes to the Spanish explainer and back", async ({ page }) => {
  await page.goto(PATH);
  await page.getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL(new RegExp(`/es${PATH}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley",
  );
  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  await expect(page).not.toHaveURL(/\/es\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
  );
});
