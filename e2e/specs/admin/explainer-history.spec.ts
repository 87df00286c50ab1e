import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

test.use({ storageState: storageStateOf("reviewer") });

test("an explainer's history shows each change and restores an earlier version as a new draft", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/explainers/explainer-sanctuary-ordinance-es");
  await page.getByRole("link", { name: "See what each change did, and restore an earlier version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^History of / })).toBeVisible();
  const created = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Created/ }) });
  await expect(created).toBeVisible();
  await expectNoAxeViolations(page);

  await created.getByRole("button", { name: /Restore this version/ }).click();
  await page.getByRole("button", { name: "Yes, restore it" }).click();
  await expect(page.getByRole("status")).toContainText(/Restored version 1\. Saved as version \d+\./);

  await page.getByRole("link", { name: "Back to the explainer" }).click();
  await expect(page.getByText(/draft/i).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe("deleting an explainer", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("an editor deletes a draft that was never published, after confirming", async ({ page }) => {
    const errors = collectPageErrors(page);
    const created = await page.request.post("/api/trpc/explainers.create", {
      data: {
        id: "explainer-lapd-policy-es-draft",
        measureId: "measure-lapd-immigration-status-policy",
        locale: "es",
        status: "draft",
        headline: "Borrador para borrar",
        blocks: [],
        revisions: [],
        corrections: [],
      },
    });
    expect(created.status(), await created.text()).toBe(200);

    await page.goto("/explainers/explainer-lapd-policy-es-draft");
    await page.getByRole("button", { name: "Delete this explainer" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page).toHaveURL(/\/explainers\?deleted=/);
    await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toHaveText("Deleted “Borrador para borrar”.");
    const gone = await page.request.get(
      `/api/trpc/explainers.get?input=${encodeURIComponent(JSON.stringify({ id: "explainer-lapd-policy-es-draft" }))}`,
    );
    expect(gone.status()).toBe(404);
    expect(errors).toEqual([]);
  });
});
