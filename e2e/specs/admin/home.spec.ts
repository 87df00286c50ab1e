import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

test("the staff app answers and says plainly that sign-in is not open yet", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  await expect(page.getByText("Sign-in is not open yet")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("the staff API refuses anonymous callers", async ({ request }) => {
  const response = await request.get("/api/trpc/jurisdictions.list");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.message).toBe("Sign in to continue.");
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
});
