import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

/** Opens a page, checks it answered 200 with no console errors, and returns the page-error list to check at the end. */
async function open(page: Page, path: string): Promise<string[]> {
  const errors = collectPageErrors(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return errors;
}

const section = (page: Page, name: string) => page.getByRole("region", { name });

test.describe("measure page", () => {
  test("shows the ordinance: stage and next steps, facts with unknowns, timeline, vote, quotes and sources", async ({
    page,
  }) => {
    const errors = await open(page, "/measures/measure-sanctuary-ordinance");
    await expect(page.getByRole("heading", { level: 1, name: "Sanctuary city ordinance" })).toBeVisible();
    await expect(page).toHaveTitle("Sanctuary city ordinance · Legible");
    await expect(page.getByText("Official number", { exact: true }).locator("xpath=following-sibling::dd")).toHaveText(
      "not on record",
    );
    await expect(page.getByText("Ordinance (a city law)")).toBeVisible();

    const stage = section(page, "Where it stands");
    await expect(stage.getByText("Awaits the Mayor's signature", { exact: true })).toBeVisible();
    await expect(stage.getByText("The Mayor can sign it or veto it.")).toBeVisible();
    // The Mayor's days, what doing nothing means and the override share are not on record.
    await expect(
      stage.getByText("The rules on record do not say what happens if the Mayor does neither."),
    ).toBeVisible();
    await expect(stage).not.toContainText("10 of 15 votes");

    const timeline = section(page, "Timeline");
    await expect(timeline.getByText("week of November 11, 2024 (worked out, not reported)")).toBeVisible();
    await expect(timeline.getByText("2023 (worked out, not reported)", { exact: true })).toBeVisible();

    await expect(section(page, "Votes").getByText("13 to 0")).toBeVisible();
    await expect(section(page, "Who introduced it").getByRole("link", { name: "Hugo Soto-Martinez" })).toHaveAttribute(
      "href",
      "/people/person-hugo-soto-martinez",
    );
    const quotes = section(page, "What people said about it");
    await expect(quotes.getByText(/This moment demands urgency/)).toBeVisible();
    await expect(quotes.getByRole("link", { name: "Republican Party of Los Angeles County" }).first()).toBeVisible();
    // The report says only that the 2019 directive's protections "were never codified into law".
    const related = section(page, "Related measures");
    await expect(related.getByText("Related:").first()).toBeVisible();
    await expect(related.getByText("Puts this into law:")).toHaveCount(0);
    await expect(section(page, "Text of the measure").getByText("not on record yet")).toBeVisible();

    // Every bracketed reference points at an entry of the numbered source list.
    await expect(page.locator("#source-1")).toContainText("Seed story");
    await expect(page.locator("#source-2")).toContainText("Charter of the City of Los Angeles");
    await page.getByRole("link", { name: "Read the explainer: Los Angeles City Council votes 13-0" }).isVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("in Spanish: the stage, the dates and the interface in Spanish, record text marked as English", async ({
    page,
  }) => {
    const errors = await open(page, "/es/measures/measure-sanctuary-ordinance");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sanctuary city ordinance");
    await expect(page.getByRole("heading", { level: 1 }).locator("span[lang=en]")).toHaveCount(1);
    await expect(
      section(page, "En qué etapa está").getByText("Espera la firma de la Alcaldía", { exact: true }),
    ).toBeVisible();
    await expect(
      section(page, "Cronología").getByText("semana del 11 de noviembre de 2024 (dato calculado, no informado)"),
    ).toBeVisible();
    await expect(page.getByText("Número oficial", { exact: true }).locator("xpath=following-sibling::dd")).toHaveText(
      "no consta en el registro",
    );
    await expect(page.getByRole("link", { name: /Lea la explicación/ })).toHaveAttribute(
      "href",
      "/es/explainers/measure-sanctuary-ordinance",
    );
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test.describe("vote page", () => {
  test("shows the tally, what the vote decided and the rule for it with citations, and says the roll call is not on record", async ({
    page,
  }) => {
    const errors = await open(page, "/votes/vote-council-2024-11-19");
    await expect(page.getByRole("heading", { level: 1, name: "Pass the sanctuary city ordinance" })).toBeVisible();
    const tally = section(page, "The tally");
    await expect(tally.getByRole("row", { name: "Yes 13" })).toBeVisible();
    await expect(tally.getByRole("row", { name: "No 0" })).toBeVisible();
    await expect(tally.getByRole("row", { name: "Did not vote 2" })).toBeVisible();

    const math = section(page, "What the vote needed");
    await expect(math.getByText("This vote was to pass the measure.")).toBeVisible();
    await expect(math.getByText("It needed 8 yes votes: a majority of the 15 seats.")).toBeVisible();
    await expect(math.getByText(/It got 13 yes votes\. That is 5 more than it needed\./)).toBeVisible();
    await expect(math.getByText("By the rules on record, it passed.")).toBeVisible();
    await expect(math.getByText(/at least 10 members had to be present/)).toBeVisible();
    // The override share is not on record: no veto-proof claim either way.
    await expect(
      math.getByText(
        "The Mayor can veto this kind of measure. The rules on record do not say how many votes overriding a veto takes.",
      ),
    ).toBeVisible();
    await expect(math).not.toContainText("survive a veto");
    await expect(math.getByRole("link", { name: "source 2, Sec. 241" })).toHaveAttribute("href", "#source-2");
    await expect(math.getByRole("link", { name: "source 2, Sec. 244" }).first()).toHaveAttribute("href", "#source-2");
    await expect(page.getByRole("region", { name: "Problems in this record" })).toHaveCount(0);
    await expect(section(page, "How each member voted").getByText("The roll call is not on record.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sanctuary city ordinance" }).first()).toHaveAttribute(
      "href",
      "/measures/measure-sanctuary-ordinance",
    );
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("in Spanish", async ({ page }) => {
    const errors = await open(page, "/es/votes/vote-council-2024-11-19");
    const math = section(page, "Lo que necesitaba la votación");
    await expect(math.getByText("Esta votación era para aprobar la medida.")).toBeVisible();
    await expect(math.getByText("Necesitaba 8 votos a favor: la mayoría de los 15 escaños.")).toBeVisible();
    await expect(math.getByText("Según las reglas registradas, se aprobó.")).toBeVisible();
    await expect(section(page, "Cómo votó cada miembro").getByText(/La lista de votos no consta/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test.describe("person page", () => {
  test("shows Karen Bass's roles, an empty voting record said plainly, and her quote", async ({ page }) => {
    const errors = await open(page, "/people/person-karen-bass");
    await expect(page.getByRole("heading", { level: 1, name: "Karen Bass" })).toBeVisible();
    const roles = section(page, "Roles");
    await expect(roles.getByRole("listitem").first()).toContainText("Current");
    await expect(roles.getByRole("listitem").first()).toContainText("Office of the Mayor of Los Angeles");
    await expect(section(page, "Voting record").getByText(/No votes by Karen Bass are on record/)).toBeVisible();
    await expect(section(page, "What Karen Bass said").getByText(/This moment demands urgency/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a former official: former, end date not on record (in Spanish)", async ({ page }) => {
    const errors = await open(page, "/es/people/person-eric-garcetti");
    const role = section(page, "Cargos").getByRole("listitem");
    await expect(role).toContainText("Anterior");
    await expect(role).toContainText("fecha de fin no registrada");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test.describe("body page", () => {
  test("shows the council's seats and rules in words with citations, its members today and its votes", async ({
    page,
  }) => {
    const errors = await open(page, "/bodies/body-la-city-council");
    await expect(page.getByRole("heading", { level: 1, name: "Los Angeles City Council" })).toBeVisible();
    const rules = section(page, "Seats and voting rules");
    /** The value a term of the rules list gives, citation included. */
    const rule = (term: string) =>
      rules.getByRole("term").filter({ hasText: term }).locator("xpath=following-sibling::dd");
    await expect(rule("Seats")).toHaveText("15 seats[1, Sec. 241]");
    await expect(rule("Quorum")).toHaveText("Two-thirds of the 15 seats (10 votes)[1, Sec. 244]");
    await expect(rule("To pass an ordinance")).toHaveText("A majority of the 15 seats (8 votes)[1, Sec. 244]");
    await expect(rule("For any other action")).toHaveText("A majority of the 15 seats (8 votes)[1, Sec. 244]");
    await expect(rule("Motions with a share of their own")).toHaveText(
      "An urgency clause: three-quarters of the 15 seats (12 votes)[1, Sec. 253]",
    );
    await expect(rule("Readings")).toHaveText("Not on record.");
    await expect(rule("Signature or veto")).toContainText("The Mayor signs or vetoes: ordinances.");
    await expect(rule("Signature or veto")).toContainText("How long the Mayor has to act is not on record.");
    await expect(rule("Signature or veto")).toContainText(
      "What happens if the Mayor does nothing in time is not on record.",
    );
    // Sec. 250 could not be checked: the override share is not on record.
    await expect(rule("To override a veto")).toHaveText("Not on record.");
    await expect(rule("When a law takes effect")).toHaveText("31 days after it is published.[1, Sec. 252]");
    await expect(rule("When an urgent law takes effect")).toHaveText("The day it is published.[1, Sec. 253]");
    await expect(rules.getByRole("link", { name: "source 1, Sec. 244" }).first()).toHaveAttribute("href", "#source-1");
    const members = section(page, "Members");
    await expect(members.getByText(/Members on record as of/)).toBeVisible();
    await expect(members.getByRole("link", { name: "Hugo Soto-Martinez" })).toBeVisible();
    await expect(
      section(page, "Recent votes").getByRole("link", { name: "Pass the sanctuary city ordinance" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a party: no rules on record, and what it said (in Spanish)", async ({ page }) => {
    const errors = await open(page, "/es/bodies/body-rpla-county");
    await expect(page.getByText("Partido político")).toBeVisible();
    await expect(section(page, "Escaños y reglas de votación").getByText(/no constan en el registro/)).toBeVisible();
    await expect(section(page, "Qué dijo Republican Party of Los Angeles County").getByText("En contra")).toHaveCount(
      3,
    );
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test("unknown ids get the 404 page, in both languages", async ({ page }) => {
  for (const path of [
    "/measures/measure-nope",
    "/votes/vote-nope",
    "/people/person-nope",
    "/bodies/body-nope",
    "/es/measures/measure-nope",
    "/people/has%20a%20space",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("record pages read whole with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/votes/vote-council-2024-11-19");
  await expect(page.getByText("It needed 8 yes votes: a majority of the 15 seats.")).toBeVisible();
  await page.getByRole("link", { name: "Los Angeles City Council" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Los Angeles City Council" })).toBeVisible();
  await context.close();
});
