import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

test("finds the ordinance and its explainer, with the matched words marked", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/search?q=sanctuary+ordinance");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search laws, people and explainers" })).toHaveValue(
    "sanctuary ordinance",
  );
  await expect(page.getByText(/results? for “sanctuary ordinance”/)).toBeVisible();
  const measures = page.getByRole("region", { name: /Laws and measures/ });
  await expect(measures.getByRole("link", { name: "Sanctuary city ordinance" })).toHaveAttribute(
    "href",
    "/measures/measure-sanctuary-ordinance",
  );
  await expect(measures.locator("mark").first()).toHaveText(/sanctuary|ordinance/i);
  await expect(
    page
      .getByRole("region", { name: /Explainers/ })
      .getByRole("link")
      .first(),
  ).toHaveAttribute("href", "/explainers/measure-sanctuary-ordinance");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("finds Karen Bass", async ({ page }) => {
  await page.goto("/search?q=Karen+Bass");
  await expect(page.getByRole("region", { name: /People/ }).getByRole("link", { name: "Karen Bass" })).toHaveAttribute(
    "href",
    "/people/person-karen-bass",
  );
});

test("“santuario” on the Spanish search page finds the Spanish explainer", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/es/search?q=santuario");
  await expect(page.getByRole("heading", { level: 1, name: "Buscar" })).toBeVisible();
  const explainers = page.getByRole("region", { name: /Explicaciones/ });
  const link = explainers.getByRole("link", { name: /El Concejo de Los Ángeles vota 13 a 0/ });
  await expect(link).toHaveAttribute("href", "/es/explainers/measure-sanctuary-ordinance");
  await expect(explainers.locator("mark").first()).toHaveText(/santuario/i);
  // Glossary markup stays out of what readers see.
  await expect(explainers).not.toContainText("[[");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("no query: a friendly prompt", async ({ page }) => {
  const response = await page.goto("/search");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Type a word or a name, then press Search.")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const hostile of ['"', "***", "' OR 1=1 --", "NEAR(", 'sanctuary" OR "x', "<script>alert(1)</script>"]) {
  test(`hostile input ${JSON.stringify(hostile)} gets a friendly page with status 200`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("searchbox")).toHaveValue(hostile);
    await expect(page.getByText(/Nothing to search for|No results|results? for/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test("input only of symbols is told there is nothing to search for", async ({ page }) => {
  await page.goto("/es/search?q=%22%2A%2A%2A%22");
  await expect(page.getByText("Nada que buscar", { exact: true })).toBeVisible();
});

test("a query longer than the limit is refused kindly, not with an error page", async ({ page }) => {
  const response = await page.goto(`/search?q=${"a".repeat(300)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("That search is too long. Please use 200 characters or fewer.")).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveAttribute("maxlength", "200");
});

test("a repeated q uses the first one", async ({ page }) => {
  await page.goto("/search?q=Karen&q=zzz");
  await expect(page.getByRole("searchbox")).toHaveValue("Karen");
  await expect(page.getByRole("link", { name: "Karen Bass" })).toBeVisible();
});
