import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
// Names and ids of this spec's own, so other specs' councils and measures are untouched.
const COUNCIL = "Structured Editors Council 26-9001";
const COUNCIL_ID = "body-structured-editors-council-26-9001";
const ORDINANCE = "Ordinance 26-9001 Structured";
const ORDINANCE_ID = "measure-ordinance-26-9001-structured";
const VOTE = "Pass Ordinance 26-9001 Structured";
const VOTE_ID = "vote-pass-ordinance-26-9001-structured";
const CHARTER = "Charter of the City of Los Angeles";

test.use({ storageState: storageStateOf("editor") });
test.describe.configure({ mode: "serial" });

/** Picks a record in a search box by typing part of its name and choosing the option. */
async function pick(page: Page, label: string, typed: string, option: RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  await page.getByRole("option", { name: option }).click();
}

/** Waits until the public site's cached page shows `text` (a save refreshes it). */
async function publicPageShows(page: Page, path: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.request.get(`${publicSite}${path}`)).text(), { timeout: 30_000 })
    .toContain(text);
}

/** The sections' text, in the order the editor shows them. */
async function sectionTexts(page: Page): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= 4; n++) texts.push(await page.getByLabel(`Section ${n}: text`).inputValue());
  return texts;
}

test("a clerk writes a council's voting rules in the guided editor and sees the numbers follow the seats", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto("/bodies/new");
  await expect(page.getByRole("heading", { level: 1, name: "New body" })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Name", { exact: true }).fill(COUNCIL);
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue(COUNCIL_ID);
  const phrase = page.getByRole("group", { name: "How sentences name it" });
  await phrase.getByLabel("In English").fill("the Structured Council");
  await phrase.getByLabel("In Spanish").fill("el Concejo Estructurado");
  await pick(page, "Add to sources", "charter", new RegExp(CHARTER));

  const rules = page.getByRole("group", { name: "Voting rules", exact: true });
  await rules.getByRole("button", { name: "Add voting rules" }).click();
  await page.getByLabel("Seats", { exact: true }).fill("15");
  const quorumNumbers = page.locator('[data-rule-numbers="quorum"]');
  await expect(quorumNumbers).toHaveText("Needs 8 of 15 seats (a majority of the 15 seats).");
  await page.getByLabel("To pass an ordinance: the rules say").check();
  const ordinanceNumbers = page.locator('[data-rule-numbers="passage.ordinance"]');
  await expect(ordinanceNumbers).toHaveText("Needs 8 of 15 seats (a majority of the 15 seats).");
  await expect(page.getByRole("status").filter({ hasText: "Quorum: 8 of 15 seats" })).toContainText(
    "passing an ordinance: 8 of 15 seats",
  );

  // As the seats change, so do the numbers a resident will read.
  await page.getByLabel("Seats", { exact: true }).fill("9");
  await expect(quorumNumbers).toHaveText("Needs 5 of 9 seats (a majority of the 9 seats).");
  await expect(ordinanceNumbers).toHaveText("Needs 5 of 9 seats (a majority of the 9 seats).");
  await page.getByLabel("Seats", { exact: true }).fill("15");
  await expect(quorumNumbers).toHaveText("Needs 8 of 15 seats (a majority of the 15 seats).");
  // A two-thirds override, and a count for urgency clauses.
  await page.getByLabel("Signature or veto: the rules say").check();
  await page.getByLabel("The executive, in English").fill("the Mayor");
  await page.getByLabel("The executive, in Spanish").fill("la Alcaldía");
  await page
    .getByRole("group", { name: "Kinds of measure the executive signs or vetoes" })
    .getByLabel("ordinance")
    .check();
  await page.getByLabel("Veto override: the rules say").check();
  await page.getByLabel("Veto override: Share").selectOption({ label: "Two-thirds" });
  await expect(page.locator('[data-rule-numbers="executive.override"]')).toHaveText(
    "Needs 10 of 15 seats (two-thirds of the 15 seats).",
  );
  await expectNoAxeViolations(page);

  // No citation yet: refused beside each rule, and the summary takes the keyboard there.
  await page.getByRole("button", { name: "Save new body" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Seats (source): pick the source that says so." }).click();
  await expect(page.getByLabel("Seats: source")).toBeFocused();
  await expect(page.locator("#field-rules-seats-citation-error")).toHaveText(
    "Error: Seats (source): pick the source that says so.",
  );
  await expectNoAxeViolations(page);

  for (const rule of ["Seats", "Quorum", "To pass an ordinance", "Veto override"]) {
    await page.getByLabel(`${rule}: source`).selectOption({ label: CHARTER });
  }
  await page.getByLabel("Seats: where in the source (optional)").fill("Sec. 201");
  await page.getByRole("button", { name: "Save new body" }).click();
  await expect(page).toHaveURL(new RegExp(`/bodies/${COUNCIL_ID}`));
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  await expect(page.getByLabel("Seats", { exact: true })).toHaveValue("15");
  await expect(page.locator('[data-rule-numbers="executive.override"]')).toHaveText(
    "Needs 10 of 15 seats (two-thirds of the 15 seats).",
  );
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);

  await publicPageShows(page, `/bodies/${COUNCIL_ID}`, COUNCIL);
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/bodies/${COUNCIL_ID}`);
  await expect(site.getByText("a majority of the 15 seats (8 votes)").first()).toBeVisible();
  await expect(site.getByText("two-thirds of the 15 seats (10 votes)")).toBeVisible();
});

test("a clerk writes an ordinance with sponsors, four sections reordered by keyboard and a related measure; the public pages show it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  await page.goto("/measures/new");
  await expect(page.getByRole("heading", { level: 1, name: "New measure" })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Title", { exact: true }).fill(ORDINANCE);
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue(ORDINANCE_ID);
  await pick(page, "Body that considers it", "Structured Editors", new RegExp(COUNCIL));

  // Three sponsors: two picked from the records, one typed; and a fourth left half-filled.
  const sponsors = page.getByRole("group", { name: "Sponsors", exact: true });
  await sponsors.getByRole("button", { name: "Add a sponsor" }).click();
  await pick(page, "Sponsor 1: find a person", "Hugo", /Hugo Soto-Martinez/);
  await expect(page.getByLabel("Sponsor 1: name")).toHaveValue("Hugo Soto-Martinez");
  await page.getByLabel("Sponsor 1 is the primary sponsor").check();
  await sponsors.getByRole("button", { name: "Add a sponsor" }).click();
  await page.getByRole("group", { name: "Sponsor 2 is" }).getByLabel("A body on record").check();
  await pick(page, "Sponsor 2: find a body", "Mayor of Los Angeles", /Office of the Mayor of Los Angeles/);
  await sponsors.getByRole("button", { name: "Add a sponsor" }).click();
  await page.getByRole("group", { name: "Sponsor 3 is" }).getByLabel("A name not on record").check();
  await page.getByLabel("Sponsor 3: name").fill("Neighbors for Structured Records");
  await sponsors.getByRole("button", { name: "Add a sponsor" }).click();

  // Four sections.
  const sectionsGroup = page.getByRole("group", { name: "Text, in sections", exact: true });
  for (const n of [1, 2, 3, 4]) {
    await sectionsGroup.getByRole("button", { name: "Add a text section" }).click();
    await page.getByLabel(`Section ${n}: number (optional)`).fill(`Sec. ${n}`);
    await page.getByLabel(`Section ${n}: text`).fill(`Structured section ${["one", "two", "three", "four"][n - 1]}.`);
  }

  // A related measure picked from the records.
  await page.getByRole("button", { name: "Add a related measure" }).click();
  await page.getByLabel("Related measure 1: this measure…").selectOption({ label: "supersedes it (takes its place)" });
  await pick(page, "Related measure 1: find a measure", "directive", /Executive directive offering protections/);
  await pick(page, "Add to sources", "charter", new RegExp(CHARTER));

  // The fourth sponsor is half-filled: named by its place, beside it and in the summary.
  await page.getByRole("button", { name: "Save new measure" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Sponsor 4: pick a person or type a name." }).click();
  await expect(page.getByLabel("Sponsor 4: name")).toBeFocused();
  await expect(page.locator("#field-sponsors-3-name-error")).toHaveText(
    "Error: Sponsor 4: pick a person or type a name.",
  );
  await expectNoAxeViolations(page);
  await sponsors.getByRole("button", { name: "Remove sponsor 4" }).click();

  // Reorder by keyboard: section 1 goes down one place, then section 4 up one.
  await sectionsGroup.getByRole("button", { name: "Move down text section 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(sectionsGroup.getByRole("button", { name: "Move down text section 2" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Text section 1 moved to position 2 of 4." })).toBeAttached();
  await sectionsGroup.getByRole("button", { name: "Move up text section 4" }).focus();
  await page.keyboard.press("Space");
  await expect(sectionsGroup.getByRole("button", { name: "Move up text section 3" })).toBeFocused();
  const order = [
    "Structured section two.",
    "Structured section one.",
    "Structured section four.",
    "Structured section three.",
  ];
  expect(await sectionTexts(page)).toEqual(order);

  await page.getByRole("button", { name: "Save new measure" }).click();
  await expect(page).toHaveURL(new RegExp(`/measures/${ORDINANCE_ID}`));
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  expect(await sectionTexts(page)).toEqual(order);
  await expect(page.getByLabel("Sponsor 2: name")).toHaveValue("Office of the Mayor of Los Angeles");
  await expect(page.getByLabel("Sponsor 3: name")).toHaveValue("Neighbors for Structured Records");
  await expectNoAxeViolations(page);

  // A vote on it, so the public vote page reads the council's rules.
  await page.goto("/votes/new");
  await expect(page.getByRole("heading", { level: 1, name: "New vote" })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Motion").fill(VOTE);
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue(VOTE_ID);
  await pick(page, "Body that voted", "Structured Editors", new RegExp(COUNCIL));
  await page.getByLabel("Date of the vote").fill("2026-09-01");
  await pick(page, "Measure", "Structured", new RegExp(ORDINANCE));
  await page.getByLabel("What the vote was for").fill("passage");
  await page.getByLabel("Result", { exact: true }).selectOption("pass");
  await page.getByLabel("Yes", { exact: true }).fill("12");
  await page.getByLabel("No", { exact: true }).fill("3");
  await pick(page, "Add to sources", "charter", new RegExp(CHARTER));
  await page.getByRole("button", { name: "Save new vote" }).click();
  await expect(page).toHaveURL(new RegExp(`/votes/${VOTE_ID}`));
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  expect(errors).toEqual([]);

  // The public measure page: sponsors (the lead one marked), the sections in their new order, the related measure.
  await publicPageShows(page, `/measures/${ORDINANCE_ID}`, ORDINANCE);
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/measures/${ORDINANCE_ID}`);
  await expect(site.getByRole("heading", { level: 1, name: ORDINANCE })).toBeVisible();
  const who = site.getByRole("region", { name: "Who introduced it" });
  await expect(who.getByRole("link", { name: "Hugo Soto-Martinez" })).toBeVisible();
  await expect(who).toContainText("lead sponsor");
  await expect(who.getByRole("link", { name: "Office of the Mayor of Los Angeles" })).toBeVisible();
  await expect(who).toContainText("Neighbors for Structured Records");
  const text = site.getByRole("region", { name: "Text of the measure" });
  await expect(text.getByRole("heading", { level: 3 })).toHaveText(["Sec. 2", "Sec. 1", "Sec. 4", "Sec. 3"]);
  const related = site.getByRole("region", { name: "Related measures" });
  await expect(related).toContainText("Replaces:");
  await expect(related.getByRole("link", { name: /Executive directive offering protections/ })).toBeVisible();

  // The public vote page decides the vote by the council's rules.
  await publicPageShows(page, `/votes/${VOTE_ID}`, VOTE);
  await site.goto(`${publicSite}/votes/${VOTE_ID}`);
  await expect(site.getByText(`${COUNCIL} has 15 seats.`)).toBeVisible();
  await expect(site.getByText("It needed 8 yes votes: a majority of the 15 seats.")).toBeVisible();
  await expect(site.getByText("With 12 yes votes, it would survive a veto.")).toBeVisible();
});
