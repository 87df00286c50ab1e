import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

test("the home page shows the latest explainer, the recent vote and a search form, read through tRPC from the database", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Local laws in plain language" })).toBeVisible();
  await expect(page.getByText("We cover City of Los Angeles.")).toBeVisible();

  const explainers = page.getByRole("region", { name: "Latest explainers" });
  const headline = explainers.getByRole("link", {
    name: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
  });
  await expect(headline).toHaveAttribute("href", "/explainers/measure-sanctuary-ordinance");
  await expect(explainers.getByText(/voted 13 to 0 for an ordinance/)).toBeVisible();

  const votes = page.getByRole("region", { name: "Recent votes" });
  await expect(votes.getByText("November 19, 2024 · Los Angeles City Council")).toBeVisible();
  await expect(votes.getByRole("link", { name: "Pass the sanctuary city ordinance" })).toHaveAttribute(
    "href",
    "/votes/vote-council-2024-11-19",
  );
  await expect(votes.getByText("Passed")).toBeVisible();
  await expect(votes.getByText("13 to 0")).toBeVisible();

  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("in Spanish, the home page shows the Spanish explainer and the vote in Spanish words", async ({ page }) => {
  await page.goto("/es");
  await expect(page.getByRole("heading", { level: 1, name: "Leyes locales en palabras claras" })).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley",
    }),
  ).toHaveAttribute("href", "/es/explainers/measure-sanctuary-ordinance");
  const votes = page.getByRole("region", { name: "Votaciones recientes" });
  await expect(votes.getByText("19 de noviembre de 2024 · Los Angeles City Council")).toBeVisible();
  await expect(votes.getByText("13 a 0")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the home page's search form sends a plain GET to the search page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search laws, people and explainers" }).fill("sanctuary");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/search?q=sanctuary");
  await expect(page.getByText("for “sanctuary”")).toBeVisible();
});

test("the page is served whole from the server: it reads the same with JavaScript off", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Pass the sanctuary city ordinance" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search laws, people and explainers" }).fill("Karen Bass");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Karen Bass" })).toBeVisible();
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
