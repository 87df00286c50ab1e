import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

test.use({ storageState: storageStateOf("editor") });

test("add a person with a source: errors as you go, a summary on a failed save, then saved and listed", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/people/new");
  await expect(page.getByRole("heading", { level: 1, name: "New person" })).toBeVisible();
  await page.getByLabel("Photo address (URL)").fill("not a web address");
  await page.getByLabel("Photo address (URL)").blur();
  await expect(page.locator("#field-image-error")).toHaveText(
    "Error: Photo address (URL) must be a web address starting with http:// or https://.",
  );
  await page.getByLabel("Photo address (URL)").fill("");
  await page.getByRole("button", { name: "Save new person" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Name is required." }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Nithya Raman");
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue("person-nithya-raman");
  await page.getByLabel("Add to sources").fill("charter");
  await page.getByRole("option", { name: /Charter of the City of Los Angeles/ }).click();
  await expect(page.getByRole("group", { name: "Sources" })).toContainText("Charter of the City of Los Angeles");
  await page.getByRole("button", { name: "Save new person" }).click();
  await expect(page).toHaveURL(/\/people\/person-nithya-raman/);
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeFocused();

  await page.goto("/people?search=raman");
  await expect(page.getByRole("link", { name: "Nithya Raman" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("deleting a person others' records depend on is refused with the reason", async ({ page }) => {
  await page.goto("/people/person-karen-bass");
  await expect(page.getByRole("heading", { level: 1, name: "Karen Bass" })).toBeVisible();
  await page.getByRole("button", { name: "Delete this person" }).click();
  await expect(page.getByRole("heading", { name: /Delete “Karen Bass”\?/ })).toBeFocused();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "It was not deleted." });
  await expect(refusal).toBeVisible();
  await expect(refusal).not.toHaveText("It was not deleted.");
  await page.goto("/people/person-karen-bass");
  await expect(page.getByRole("heading", { level: 1, name: "Karen Bass" })).toBeVisible();
});

test("leaving a form with unsaved changes asks first", async ({ page }) => {
  await page.goto("/people/person-brandon-johnson");
  await page.getByLabel("Given name").fill("Brandon");
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Measures" }).click();
  await expect.poll(() => asked).toContain("not saved");
  await expect(page).toHaveURL(/\/people\/person-brandon-johnson$/);
});

test("two editors on one record: the second is told who saved, keeps their edits, and saves on top", async ({
  browser,
}) => {
  const first = await browser.newContext({ storageState: storageStateOf("admin") });
  const second = await browser.newContext({ storageState: storageStateOf("editor") });
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto("/people/person-tom-homan");
  await b.goto("/people/person-tom-homan");
  await expect(a.getByRole("heading", { level: 1, name: "Tom Homan" })).toBeVisible();
  await expect(b.getByRole("heading", { level: 1, name: "Tom Homan" })).toBeVisible();

  await a.getByLabel("Given name").fill("Thomas");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("status").filter({ hasText: /Saved\. Version \d+\./ })).toBeVisible();

  await b.getByLabel("Family name").fill("Homan");
  await b.getByRole("button", { name: "Save changes" }).click();
  const conflict = b.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(conflict).toContainText("Ada Admin saved version");
  await expect(b.getByLabel("Family name")).toHaveValue("Homan");
  await conflict.getByRole("button", { name: "Reload their version and keep my edits" }).click();
  await expect(b.getByLabel("Given name")).toHaveValue("Thomas");
  await expect(b.getByLabel("Family name")).toHaveValue("Homan");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("status").filter({ hasText: /Saved\. Version \d+\./ })).toBeVisible();

  await b.reload();
  await expect(b.getByLabel("Given name")).toHaveValue("Thomas");
  await expect(b.getByLabel("Family name")).toHaveValue("Homan");
  await first.close();
  await second.close();
});

test("history shows what each save changed, and restores an older version", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/people/person-michelle-wu");
  await page.getByLabel("Name", { exact: true }).fill("Michelle Wu (Mayor)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version" })).toBeVisible();
  await page.getByRole("link", { name: "History of this person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /History of Michelle Wu \(Mayor\)/ })).toBeVisible();
  const latest = page.getByRole("main").getByRole("listitem").first();
  await expect(latest.getByRole("heading", { name: /Changed/ })).toBeVisible();
  await expect(latest.getByRole("row", { name: /name Michelle Wu Michelle Wu \(Mayor\)/ })).toBeVisible();
  await expect(latest).toContainText("Eddie Editor");
  await expectNoAxeViolations(page);

  const created = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /Created/ }) });
  await created.getByRole("button", { name: /Restore this version/ }).click();
  await created.getByRole("button", { name: "Yes, restore it" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /Restored version 1\. Saved as version \d+\./ }),
  ).toBeFocused();
  await page.getByRole("link", { name: "Back to the person" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Michelle Wu");
  expect(errors).toEqual([]);
});

test("Ctrl+S saves, and unsaved edits survive a reload: offered with their time, restored only when asked", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/people/new");
  await page.getByLabel("Name", { exact: true }).fill("Quinn Draftkeeper");
  await page.keyboard.press("Control+s");
  await expect(page).toHaveURL(/\/people\/person-quinn-draftkeeper\?saved=1/);
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeFocused();

  await page.getByLabel("Given name").fill("Quinn");
  await page.getByLabel("Family name").fill("Draftkeeper");
  // Kept in this browser as the user types (a moment after the last key).
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((key) => key.includes("people:person-quinn-draftkeeper:v1"))),
    )
    .toBe(true);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  const offer = page.getByRole("region", { name: /^Restore your unsaved changes from .+\?$/ });
  await expect(offer).toBeVisible();
  // Offered, never applied silently.
  await expect(page.getByLabel("Given name")).toHaveValue("");
  await expectNoAxeViolations(page);
  await offer.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByLabel("Given name")).toHaveValue("Quinn");
  await expect(page.getByLabel("Family name")).toHaveValue("Draftkeeper");

  await page.getByLabel("Given name").focus();
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 2." })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel("Given name")).toHaveValue("Quinn");
  await expect(page.getByRole("region", { name: /Restore your unsaved changes/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});
