import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { signIn, staffAccount } from "../../support/staff";

test.describe("signed out", () => {
  test("the staff app sends visitors to a plain, accessible sign-in page", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a wrong password is refused in words, and the form stays usable", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(staffAccount("editor").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "That email and password do not match a staff account.",
    );
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("the staff API refuses anonymous callers", async ({ request }) => {
    const response = await request.get("/api/trpc/me");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.message).toBe("Sign in to continue.");
  });

  test("the health check reports the database and the job queue", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: "sqlite",
      queue: { state: "ok", detail: expect.any(String) },
    });
  });
});

test.describe("signed in", () => {
  test("staff see the dashboard with their name and role, and can sign out", async ({ page }) => {
    const errors = collectPageErrors(page);
    // A sign-in of its own: signing out ends the session, which the stored ones must outlive.
    await signIn(page, "editor");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Eddie Editor")).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Users" }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(errors).toEqual([]);
  });
});
