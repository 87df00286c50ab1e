import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

test.use({ storageState: storageStateOf("editor") });

test.describe("record lists", () => {
  test("people: search is kept in the address, survives a reload, and finds by any name", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/people");
    await expect(page.getByRole("heading", { level: 1, name: "people" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Karen Bass" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Search people").fill("feldstein");
    await expect(page).toHaveURL(/search=feldstein/);
    await expect(page.getByRole("link", { name: "Hydee Feldstein Soto" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Karen Bass" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Search people")).toHaveValue("feldstein");
    await expect(page.getByRole("link", { name: "Hydee Feldstein Soto" })).toBeVisible();
    await page.getByLabel("Search people").fill("nobody-by-this-name");
    await expect(page.getByText("No people match your search.")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("people: sorting by a column heading and paging through", async ({ page }) => {
    await page.goto("/people?pageSize=4");
    const firstNames = page.locator("tbody tr th");
    await expect(firstNames).toHaveCount(4);
    await expect(firstNames.first()).toHaveText("Brandon Johnson");
    await page.getByRole("button", { name: /^Name/ }).click();
    await expect(page).toHaveURL(/direction=desc/);
    await expect(firstNames.first()).toHaveText("Tom Homan");
    await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByText(/Page 1 of \d/)).toBeVisible();
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByText(/Page 2 of \d/)).toBeVisible();
    await expect(firstNames.first()).not.toHaveText("Tom Homan");
    await page.goBack();
    await expect(page.getByText(/Page 1 of \d/)).toBeVisible();
  });

  test("measures: a filter by kind and a sort from the list's own columns", async ({ page }) => {
    await page.goto("/measures");
    // Other specs add measures (the browse spec, sixty), so the seed's need not be on page 1.
    await expect(page.locator("tbody tr").first()).toBeVisible();
    await page.getByLabel("Kind").selectOption("executive-directive");
    await expect(page).toHaveURL(/classification=executive-directive/);
    await expect(
      page.getByRole("link", { name: "Executive directive offering protections to immigrants" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Sanctuary city ordinance" })).toHaveCount(0);
    await page.getByLabel("Kind").selectOption("");
    await page.getByLabel("Sort by").selectOption("title:desc");
    await expect(page.locator("tbody tr th").first()).toHaveText("Sanctuary city ordinance");
    await page.getByLabel("Search measures").fill("LAPD");
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});
