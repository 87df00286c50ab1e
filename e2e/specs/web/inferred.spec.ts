import { expect, type Locator, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

// The report this site started from carries no date and does not say how many did not vote:
// the vote's date ("on Tuesday") and its 2 "not voting" (15 seats less 13 votes) are worked
// out. Pages say so beside each value, with how, in English and in Spanish.
const VOTE = "/votes/vote-council-2024-11-19";
const EXPLAINER = "/explainers/measure-sanctuary-ordinance";

const words = {
  en: {
    date: "November 19, 2024",
    mark: "(worked out, not reported)",
    numberMark: "(worked out)",
    how: "How we worked this out",
    notVoting: "Did not vote",
    recordNotVoting: "Did not vote",
    dateReason: /the vote was “on Tuesday” and has no date of its own/,
    countReason: "Worked out: the Council has 15 seats (City Charter) and the report gives 13-0",
    voteSection: "The vote",
    timeline: "Timeline",
  },
  es: {
    date: "19 de noviembre de 2024",
    mark: "(dato calculado, no informado)",
    numberMark: "(calculado)",
    how: "Cómo lo calculamos",
    notVoting: "No votaron",
    recordNotVoting: "No votaron",
    dateReason: /la votación fue “on Tuesday” \(el martes\) y no tiene fecha propia/,
    countReason: "Calculado: el Concejo tiene 15 escaños (Carta de la Ciudad) y el artículo da 13-0",
    voteSection: "La votación",
    timeline: "Cronología",
  },
} as const;

async function open(page: Page, path: string): Promise<string[]> {
  const errors = collectPageErrors(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return errors;
}

/** Opens a "How we worked this out" disclosure by its summary and returns it. */
async function reveal(scope: Locator, how: string | RegExp): Promise<Locator> {
  const details = scope.locator("details").filter({ has: scope.page().locator("summary", { hasText: how }) });
  const summary = details.locator("summary");
  await expect(summary).toBeVisible();
  await summary.click();
  await expect(details).toHaveAttribute("open", "");
  return details;
}

for (const locale of ["en", "es"] as const) {
  const w = words[locale];
  const prefix = locale === "en" ? "" : "/es";

  test(`${locale}: the vote page labels its worked-out date and "not voting" count, with the reasoning`, async ({
    page,
  }) => {
    const errors = await open(page, `${prefix}${VOTE}`);
    const facts = page.locator("dl").first();
    const date = facts.locator("dd").filter({ hasText: w.date });
    await expect(date).toContainText(`${w.date} ${w.mark}`);
    const dateHow = await reveal(date, w.how);
    await expect(dateHow).toContainText(w.dateReason);

    const row = page.getByRole("row", { name: new RegExp(w.recordNotVoting) });
    await expect(row.getByRole("cell")).toHaveText(`2 ${w.numberMark}`);
    // Reported counts carry no label.
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: /^(Yes|A favor)/ })
        .getByRole("cell"),
    ).toHaveText("13");
    const countHow = await reveal(page.getByRole("main"), new RegExp(`${w.how}.*${w.recordNotVoting}`));
    await expect(countHow).toContainText(w.countReason);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test(`${locale}: the explainer labels the vote card's date and count and the timeline's dates`, async ({ page }) => {
    const errors = await open(page, `${prefix}${EXPLAINER}`);
    const vote = page.getByRole("region", { name: w.voteSection, exact: true });
    await expect(vote.getByRole("heading", { level: 3 })).toContainText(`${w.date} ${w.mark}`);
    await expect(vote.getByRole("listitem").filter({ hasText: w.notVoting })).toContainText(
      `${w.notVoting} ${w.numberMark}`,
    );
    const countHow = await reveal(vote, new RegExp(`${w.how}.*${w.notVoting}`));
    await expect(countHow).toContainText(w.countReason);
    const dateHow = await reveal(vote, new RegExp(`^${w.how}$`));
    await expect(dateHow).toContainText(w.dateReason);

    const timeline = page.getByRole("region", { name: w.timeline, exact: true });
    const passage = timeline
      .getByRole("listitem")
      .filter({ has: page.locator("a[href='#vote-vote-council-2024-11-19']") });
    await expect(passage).toContainText(`${w.date} ${w.mark}`);
    await expect(await reveal(passage, w.how)).toContainText(w.dateReason);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test("the measure page labels the inferred sponsor and speaker; a person's page, the worked-out start of a term", async ({
  page,
}) => {
  const errors = await open(page, "/measures/measure-sanctuary-ordinance");
  const sponsors = page.getByRole("region", { name: "Who introduced it" });
  await expect(sponsors.getByRole("listitem").first()).toContainText("Hugo Soto-Martinez");
  await expect(sponsors.getByRole("listitem").first()).toContainText(words.en.mark);
  await expect(await reveal(sponsors, words.en.how)).toContainText("introduced the motion last year");
  const quotes = page.getByRole("region", { name: "What people said about it" });
  const olympics = quotes.getByRole("listitem").filter({ hasText: "in time for the Olympics" });
  await expect(olympics.locator("figcaption")).toContainText(`Republican Party of Los Angeles County ${words.en.mark}`);
  await expect(await reveal(olympics, words.en.how)).toContainText("The report does not say who said this.");
  // The party's quotes the report attributes are not labelled.
  const borders = quotes.getByRole("listitem").filter({ hasText: "without secure borders" });
  await expect(borders).not.toContainText(words.en.mark);
  await expectNoAxeViolations(page);

  await open(page, "/people/person-donald-trump");
  const elect = page
    .getByRole("region", { name: "Roles" })
    .getByRole("listitem")
    .filter({ hasText: "President-elect" });
  await expect(elect).toContainText(`November 5, 2024 ${words.en.mark}`);
  await expect(await reveal(elect, words.en.how)).toContainText("does not give the election's date");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the reasoning opens from the keyboard on a server-rendered page", async ({ page }) => {
    await open(page, VOTE);
    const date = page.locator("dd").filter({ hasText: words.en.date });
    const summary = date.locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(date.locator("details")).toHaveAttribute("open", "");
    await expect(date.locator("details")).toContainText(words.en.dateReason);
  });
});
