import { type Browser, expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { type StaffRoleName, storageStateOf } from "../../support/staff";

// Issue 14, "Trust": a second story entered through the staff app as a new user would, then read
// on the public site. A 7-seat council passes an ordinance 4 to 3 (a majority of seats is 4), the
// Mayor vetoes it, and the override fails 4 to 3 (two-thirds of 7 seats is 5). The override's page
// must say it needed 5 and failed, never that it passed by the passage share.

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;

// Unique per run, so parallel specs on the same database are not disturbed.
const run = Date.now().toString(36);
const town = `Bayview ${run}`;
const ids = {
  charter: `src-bayview-charter-${run}`,
  minutes: `src-bayview-minutes-${run}`,
  body: `body-bayview-council-${run}`,
  measure: `measure-bayview-plastic-bags-${run}`,
  passage: `vote-bayview-passage-${run}`,
  override: `vote-bayview-override-${run}`,
};
const council = `${town} City Council`;
const ordinance = `${town} plastic bag ordinance`;
const minutes = `${town} Council minutes`;

async function signedIn(browser: Browser, role: StaffRoleName) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

async function saved(page: Page, kind: string, id: string) {
  await page.getByRole("button", { name: `Save new ${kind}` }).click();
  await expect(page).toHaveURL(new RegExp(`/${encodeURIComponent(id)}(\\?|$)`));
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
}

async function newRecord(page: Page, slug: string, heading: string) {
  await page.goto(`/${slug}/new`);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 15_000 });
}

async function pick(page: Page, label: string, search: string, option: RegExp) {
  await page.getByLabel(label, { exact: true }).fill(search);
  await page.getByRole("option", { name: option }).click();
}

async function cite(page: Page, search: string, title: RegExp) {
  await page.getByLabel("Add to sources").fill(search);
  await page.getByRole("option", { name: title }).click();
}

async function action(page: Page, id: string, description: string, date: string, kind: string) {
  await page.goto("/actions/new");
  await expect(page.getByRole("heading", { level: 1, name: "New action" })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("What happened").fill(description);
  await page.getByLabel("Id", { exact: true }).fill(id);
  await pick(page, "Measure", ordinance, new RegExp(ordinance));
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("group", { name: "Kind of step" }).getByLabel(kind, { exact: true }).check();
  await cite(page, minutes, new RegExp(minutes));
  await saved(page, "action", id);
}

async function vote(
  page: Page,
  input: { id: string; motion: string; date: string; motionFor: string; result: string },
) {
  await page.goto("/votes/new");
  await expect(page.getByRole("heading", { level: 1, name: "New vote" })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Motion", { exact: true }).fill(input.motion);
  await page.getByLabel("Id", { exact: true }).fill(input.id);
  await pick(page, "Body that voted", council, new RegExp(council));
  await page.getByLabel("Date of the vote").fill(input.date);
  await pick(page, "Measure", ordinance, new RegExp(ordinance));
  await page.getByLabel("What the vote was for").fill(input.motionFor);
  await page.getByLabel("Result", { exact: true }).selectOption(input.result);
  await page.getByLabel("Yes", { exact: true }).fill("4");
  await page.getByLabel("No", { exact: true }).fill("3");
  await cite(page, minutes, new RegExp(minutes));
  await saved(page, "vote", input.id);
}

function region(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

test.describe.configure({ mode: "serial" });

test.describe("a second story, entered through the staff app", () => {
  test("an editor enters a 7-seat council, its rules in the guided editor, an ordinance, its votes and its steps", async ({
    browser,
  }) => {
    test.slow();
    const editor = await signedIn(browser, "editor");
    const { page } = editor;

    await newRecord(page, "sources", "New source");
    await page.getByLabel("Title").fill(`Charter of ${town}`);
    await page.getByLabel("Id", { exact: true }).fill(ids.charter);
    await page.getByLabel("Kind", { exact: true }).selectOption("official-record");
    await saved(page, "source", ids.charter);

    await newRecord(page, "sources", "New source");
    await page.getByLabel("Title").fill(minutes);
    await page.getByLabel("Id", { exact: true }).fill(ids.minutes);
    await page.getByLabel("Kind", { exact: true }).selectOption("official-record");
    await saved(page, "source", ids.minutes);

    await newRecord(page, "bodies", "New body");
    await page.getByLabel("Name", { exact: true }).fill(council);
    await page.getByLabel("Id", { exact: true }).fill(ids.body);
    const phrase = page.getByRole("group", { name: "How sentences name it" });
    await phrase.getByLabel("In English").fill("the Council");
    await phrase.getByLabel("In Spanish").fill("el Concejo");
    // The rules cite the body's own sources, so the charter is added first.
    await cite(page, `Charter of ${town}`, new RegExp(`Charter of ${town}`));
    await page
      .getByRole("group", { name: "Voting rules", exact: true })
      .getByRole("button", { name: "Add voting rules" })
      .click();
    await page.getByLabel("Seats", { exact: true }).fill("7");
    await page.getByLabel("To pass an ordinance: the rules say").check();
    await page.getByLabel("Signature or veto: the rules say").check();
    await page.getByLabel("The executive, in English").fill("the Mayor");
    await page.getByLabel("The executive, in Spanish").fill("la Alcaldía");
    await page
      .getByRole("group", { name: "Kinds of measure the executive signs or vetoes" })
      .getByLabel("ordinance")
      .check();
    await page.getByLabel("Veto override: the rules say").check();
    await page.getByLabel("Veto override: Share").selectOption({ label: "Two-thirds" });
    for (const [rule, article] of [
      ["Seats", "Art. 2"],
      ["Quorum", "Art. 3"],
      ["To pass an ordinance", "Art. 4"],
      ["Veto override", "Art. 5"],
    ] as const) {
      await page.getByLabel(`${rule}: source`).selectOption({ label: `Charter of ${town}` });
      await page.getByLabel(`${rule}: where in the source (optional)`).fill(article);
    }
    await expectNoAxeViolations(page);
    await saved(page, "body", ids.body);

    await newRecord(page, "measures", "New measure");
    await page.getByLabel("Title").fill(ordinance);
    await page.getByLabel("Id", { exact: true }).fill(ids.measure);
    await page.getByLabel("Kind", { exact: true }).selectOption("ordinance");
    await pick(page, "Body that considers it", council, new RegExp(council));
    await cite(page, minutes, new RegExp(minutes));
    await saved(page, "measure", ids.measure);

    await vote(page, {
      id: ids.passage,
      motion: "Pass the plastic bag ordinance",
      date: "2025-03-04",
      motionFor: "passage",
      result: "pass",
    });
    await action(page, `action-bayview-passage-${run}`, "The Council passed the ordinance", "2025-03-04", "passage");
    await action(page, `action-bayview-veto-${run}`, "The Mayor vetoed the ordinance", "2025-03-10", "executive-veto");
    await vote(page, {
      id: ids.override,
      motion: "Override the Mayor's veto of the plastic bag ordinance",
      date: "2025-03-18",
      motionFor: "veto-override",
      result: "fail",
    });
    await action(
      page,
      `action-bayview-override-${run}`,
      "The Council failed to override the veto",
      "2025-03-18",
      "veto-override-failure",
    );
    expect(editor.errors).toEqual([]);
    await editor.context.close();
  });

  test("the override vote's page says it needed 5 and failed by the rules, in English and Spanish", async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${publicSite}/votes/${ids.override}`);
    await expect(page.getByRole("heading", { level: 1, name: /Override the Mayor's veto/ })).toBeVisible();
    const math = region(page, "What the vote needed");
    await expect(math.getByText("This vote was to override the Mayor's veto.")).toBeVisible();
    await expect(math.getByText("It needed 5 yes votes: two-thirds of the 7 seats.")).toBeVisible();
    // The vote's own source (the minutes) is 1; the charter, which the rules cite, is 2.
    await expect(math.getByRole("link", { name: "source 2, Art. 5" })).toHaveAttribute("href", "#source-2");
    await expect(math.getByText(/It got 4 yes votes\. That is 1 fewer than it needed\./)).toBeVisible();
    await expect(math.getByText("By the rules on record, it failed.")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(/it passed/i);
    // The override is the veto step itself: nothing about surviving a veto.
    await expect(math).not.toContainText("veto-proof");
    await expect(math).not.toContainText("survive a veto");
    await expectNoAxeViolations(page);

    await page.goto(`${publicSite}/es/votes/${ids.override}`);
    const es = region(page, "Lo que necesitaba la votación");
    await expect(es.getByText("Esta votación era para anular el veto de la Alcaldía.")).toBeVisible();
    await expect(es.getByText("Necesitaba 5 votos a favor: dos tercios de los 7 escaños.")).toBeVisible();
    await expect(es.getByText("Según las reglas registradas, no se aprobó.")).toBeVisible();
    await expect(es).not.toContainText("Según las reglas registradas, se aprobó.");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("the passage vote's page says it needed 4 and passed, and would not survive a veto (5)", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${publicSite}/votes/${ids.passage}`);
    const math = region(page, "What the vote needed");
    await expect(math.getByText("This vote was to pass the measure.")).toBeVisible();
    await expect(math.getByText("It needed 4 yes votes: a majority of the 7 seats.")).toBeVisible();
    await expect(math.getByRole("link", { name: "source 2, Art. 4" })).toBeVisible();
    await expect(math.getByText("By the rules on record, it passed.")).toBeVisible();
    await expect(
      math.getByText(
        /The Mayor can veto this kind of measure\. Overriding a veto takes two-thirds of the 7 seats \(5 votes\)\..*With 4 yes votes, it would not survive a veto\./,
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${publicSite}/es/votes/${ids.passage}`);
    const es = region(page, "Lo que necesitaba la votación");
    await expect(es.getByText("Esta votación era para aprobar la medida.")).toBeVisible();
    await expect(es.getByText("Necesitaba 4 votos a favor: la mayoría de los 7 escaños.")).toBeVisible();
    await expect(es.getByText("Según las reglas registradas, se aprobó.")).toBeVisible();
    await expect(es.getByText(/Anular un veto requiere dos tercios de los 7 escaños \(5 votos\)/)).toBeVisible();
    await expect(es.getByText(/Con 4 votos a favor, no resistiría un veto\./)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("the measure page shows it failed and what comes next; the body page lists its rules", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${publicSite}/measures/${ids.measure}`);
    const stage = region(page, "Where it stands");
    await expect(stage.getByText("Failed", { exact: true })).toBeVisible();
    await expect(stage.getByText("No more steps are planned.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${publicSite}/es/measures/${ids.measure}`);
    const etapa = region(page, "En qué etapa está");
    await expect(etapa.getByText("Rechazada", { exact: true })).toBeVisible();
    await expect(etapa.getByText("No hay más pasos previstos.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${publicSite}/bodies/${ids.body}`);
    const rulesList = region(page, "Seats and voting rules");
    const rule = (term: string) =>
      rulesList.getByRole("term").filter({ hasText: term }).locator("xpath=following-sibling::dd");
    await expect(rule("Seats")).toHaveText("7 seats[1, Art. 2]");
    await expect(rule("To pass an ordinance")).toHaveText("A majority of the 7 seats (4 votes)[1, Art. 4]");
    await expect(rule("To override a veto")).toHaveText("Two-thirds of the 7 seats (5 votes)[1, Art. 5]");
    await expect(rule("For any other action")).toHaveText("Not on record.");
    await expect(rule("Signature or veto")).toContainText("How long the Mayor has to act is not on record.");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("an explainer written and published through the staff app shows each vote by its own rule", async ({
    browser,
    request,
  }) => {
    test.slow();
    const headline = `${town} keeps its plastic bags, for now`;
    const explainerId = `explainer-${ids.measure.replace(/^measure-/, "")}-en`;
    const editor = await signedIn(browser, "editor");
    const { page } = editor;
    await page.goto("/explainers/new");
    await expect(page.getByRole("heading", { level: 1, name: "New explainer" })).toBeVisible({ timeout: 15_000 });
    await page.getByLabel("Measure").selectOption(ids.measure);
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByLabel("Headline").fill(headline);
    await page.getByRole("button", { name: "Create the explainer" }).click();
    await expect(page).toHaveURL(new RegExp(`/explainers/${explainerId}$`));

    await page.getByLabel("Kind of block to add").selectOption("summary");
    await page.getByRole("button", { name: "Add block" }).click();
    const summary = page.locator("#block-summary-1");
    await summary
      .getByLabel("Text", { exact: true })
      .fill("The Council voted to ban plastic bags. The Mayor said no. The Council could not undo that.");
    await summary.getByLabel("Find a source to cite").fill(minutes);
    await summary.getByRole("button", { name: new RegExp(`Cite ${minutes}`) }).click();
    await expect(page.locator("#lint-summary")).toHaveText(/No problems found/);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved\. Version 2/ })).toBeVisible();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted for review.")).toBeVisible();
    expect(editor.errors).toEqual([]);
    await editor.context.close();

    const reviewer = await signedIn(browser, "reviewer");
    await reviewer.page.goto(`/explainers/${explainerId}`);
    await expect(reviewer.page.getByRole("heading", { level: 1, name: "Edit explainer" })).toBeVisible({
      timeout: 15_000,
    });
    await reviewer.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(reviewer.page.getByText("Published revision 1")).toBeVisible();
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();

    await expect
      .poll(async () => (await request.get(`${publicSite}/explainers/${ids.measure}`)).status(), { timeout: 15_000 })
      .toBe(200);
    const reader = await browser.newContext();
    const publicPage = await reader.newPage();
    const errors = collectPageErrors(publicPage);
    await publicPage.goto(`${publicSite}/explainers/${ids.measure}`);
    await expect(publicPage.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    const override = publicPage.locator(`#vote-${ids.override}`);
    await expect(override).toContainText("This vote was to override the Mayor's veto.");
    await expect(override).toContainText("By the rules on record, it failed.");
    await expect(override).toContainText("It needed 5 yes votes: two-thirds of the 7 seats.");
    await expect(override).not.toContainText(/it passed/i);
    const passage = publicPage.locator(`#vote-${ids.passage}`);
    await expect(passage).toContainText("It needed 4 yes votes: a majority of the 7 seats.");
    await expect(passage).toContainText("By the rules on record, it passed.");
    await expect(passage).toContainText("No. Overriding a veto by the Mayor takes 5 votes.");
    const next = region(publicPage, "What happens next");
    await expect(next).toContainText("No more steps are planned.");
    await expect(region(publicPage, "In short")).toContainText("Failed");
    await expectNoAxeViolations(publicPage);
    expect(errors).toEqual([]);
    await reader.close();
  });
});
