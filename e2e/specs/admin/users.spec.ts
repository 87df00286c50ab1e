import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("adds a staff member, resets their password and switches the account off", async ({ page, browser }) => {
    const errors = collectPageErrors(page);
    await page.goto("/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Ada Admin (you)" })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `temp-${Date.now()}@example.org`;
    const form = page.getByRole("region", { name: "Add a staff member" });
    await form.getByLabel("Name").fill("Tess Temporary");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption("reviewer");
    await form.getByLabel("Temporary password").fill("short");
    await form.getByRole("button", { name: "Add staff member" }).click();
    // Core's staff account schema, checked in the form before anything is sent (the api's router
    // checks the same schema), worded for a person, with the summary taking focus.
    await expect(form.getByRole("alert")).toContainText("Temporary password must be at least 12 characters.");
    await expect(form.getByRole("alert")).toBeFocused();
    await expect(form.getByLabel("Temporary password")).toHaveAccessibleDescription(
      /Temporary password must be at least 12 characters\./,
    );

    await form.getByLabel("Temporary password").fill("first-temporary-password");
    await form.getByRole("button", { name: "Add staff member" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Added Tess Temporary as reviewer. Give them the temporary password.",
    );
    await expect(page.getByRole("rowheader", { name: "Tess Temporary" })).toBeVisible();

    await page.getByRole("button", { name: "Reset password for Tess Temporary" }).click();
    await page.getByLabel("New password for Tess Temporary").fill("second-temporary-password");
    await page.getByRole("button", { name: "Set password", exact: true }).click();
    await expect(page.getByText("New password set for Tess Temporary")).toBeVisible();

    const tess = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const tessPage = await tess.newPage();
    const signIn = async (password: string) => {
      await tessPage.goto("/sign-in");
      await tessPage.getByLabel("Email").fill(email);
      await tessPage.getByLabel("Password").fill(password);
      await tessPage.getByRole("button", { name: "Sign in" }).click();
    };
    await signIn("second-temporary-password");
    await expect(tessPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    await page.getByRole("button", { name: "Switch off Tess Temporary" }).click();
    await expect(page.getByText("Tess Temporary is switched off and signed out.")).toBeVisible();
    await tessPage.reload();
    await expect(tessPage).toHaveURL(/\/sign-in$/);
    await signIn("second-temporary-password");
    await expect(tessPage.getByRole("main").getByRole("alert")).toHaveText(
      "This account is switched off. Ask an admin to switch it back on.",
    );
    await tess.close();
    // The short password never left the page: no refused request, and nothing else went wrong.
    expect(errors).toEqual([]);
  });
});

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("cannot open the users page or call its procedures", async ({ page }) => {
    await page.goto("/users");
    await expect(page.getByRole("heading", { level: 1, name: "This page is not for your role" })).toBeVisible();
    const response = await page.request.get("/api/trpc/users.list");
    expect(response.status()).toBe(403);
  });
});
