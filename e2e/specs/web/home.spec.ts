import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

test("the home page shows the seeded City of Los Angeles, read through tRPC from the database", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Places we cover" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "City of Los Angeles" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("the page is served whole from the server: it reads the same with JavaScript off", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "City of Los Angeles" })).toBeVisible();
  await context.close();
});

test("the public API answers over HTTP", async ({ request }) => {
  const response = await request.get("/api/trpc/jurisdictions.bySlug?input=%7B%22slug%22%3A%22los-angeles%22%7D");
  expect(response.status()).toBe(200);
  expect((await response.json()).result.data.name).toBe("City of Los Angeles");
});

test("an unknown address gets a plain-language 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
  await expectNoAxeViolations(page);
});
