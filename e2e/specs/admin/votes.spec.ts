import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

test.use({ storageState: storageStateOf("editor") });

test("record a vote with a roll call filled in from the members on the date; a mismatch is flagged", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/votes/new");
  await page.getByLabel("Motion").fill("Adopt the council's rules for 2025");
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue("vote-adopt-the-council-s-rules-for-2025");
  await page.getByLabel("Body that voted").fill("council");
  await page.getByRole("option", { name: /Los Angeles City Council/ }).click();
  await page.getByLabel("Date of the vote").fill("2024-11-19");

  await page.getByLabel("Known: list each member’s vote").check();
  await page.getByRole("button", { name: "Fill in members on this date" }).click();
  await expect(page.getByText(/in office on 2024-11-19/)).toBeVisible();
  const hugo = page.getByLabel("Hugo Soto-Martinez");
  await expect(hugo).toHaveValue("");
  await hugo.selectOption("yes");
  await expect(page.getByText("From the roll call: Yes 1.")).toBeVisible();

  await page.getByLabel("Yes", { exact: true }).fill("2");
  await expect(page.getByText('The count says 2 "yes", but the roll call lists 1.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Yes", { exact: true }).fill("1");
  await expect(page.getByText(/The count says/)).toHaveCount(0);

  await page.getByRole("button", { name: "Save new vote" }).click();
  await expect(page).toHaveURL(/\/votes\/vote-adopt-the-council-s-rules-for-2025/);
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  await expect(page.getByLabel("Hugo Soto-Martinez")).toHaveValue("yes");
  await expect(page.getByLabel("Yes", { exact: true })).toHaveValue("1");
  expect(errors).toEqual([]);
});

test("the seed's vote keeps its roll call unknown, which is not an empty roll call", async ({ page }) => {
  await page.goto("/votes/vote-council-2024-11-19");
  await expect(page.getByRole("heading", { level: 1, name: "Pass the sanctuary city ordinance" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByLabel("Not known: only the counts are on record")).toBeChecked();
  await expect(page.getByLabel("Yes", { exact: true })).toHaveValue("13");
  await expect(page.getByText("The body has 15 seats.", { exact: false })).toBeVisible();
  await page.getByLabel("Known: list each member’s vote").check();
  await expect(page.getByText("Nobody is listed yet.")).toBeVisible();
  await expect(page.getByText('The count says 13 "yes", but the roll call lists 0.')).toBeVisible();
});

test("the audit log filters by record kind and links to the record's history", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Kind of record").selectOption("vote-event");
  await expect(page).toHaveURL(/type=vote-event/);
  await page.getByRole("link", { name: "vote-council-2024-11-19" }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: /History of Pass the sanctuary city ordinance/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
