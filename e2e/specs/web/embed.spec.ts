import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";

// The embeddable vote card and its oEmbed endpoint: what another site gets when it embeds a
// vote from Legible.

const VOTE = "vote-council-2024-11-19";

test("the vote card shows the 13-0 result, the counts and what it took, with a link back, and is accessible", async ({
  page,
  baseURL,
}) => {
  const errors = collectPageErrors(page);
  const response = await page.goto(`/embed/votes/${VOTE}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toBe("frame-ancestors *");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Pass the sanctuary city ordinance" })).toBeVisible();
  await expect(page.getByText("Passed 13 to 0", { exact: true })).toBeVisible();
  await expect(page.getByText("It needed 8 yes votes: a majority of the 15 seats.")).toBeVisible();
  await expect(
    page.getByText(/^This vote was to pass the measure\. .* By the rules on record, it passed\.$/),
  ).toBeVisible();
  await expect(page.getByText("Los Angeles City Council")).toBeVisible();
  const link = page.getByRole("link", { name: /See the full vote on Legible/ });
  await expect(link).toHaveAttribute("href", `${baseURL}/votes/${VOTE}`);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("the Spanish card, at ?lang=es, is in Spanish, accessible, and reads the same without JavaScript", async ({
  page,
  browser,
  baseURL,
}) => {
  const response = await page.goto(`/embed/votes/${VOTE}?lang=es`);
  expect(response?.headers()["content-security-policy"]).toBe("frame-ancestors *");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText("Aprobada 13 a 0", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Ver la votación completa en Legible/ })).toHaveAttribute(
    "href",
    `${baseURL}/es/votes/${VOTE}`,
  );
  await expectNoAxeViolations(page);

  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await noScript.newPage();
  await plain.goto(`/embed/votes/${VOTE}?lang=es`);
  await expect(plain.getByText("Aprobada 13 a 0", { exact: true })).toBeVisible();
  await expect(plain.locator("script")).toHaveCount(0);
  await noScript.close();
});

test("another site can frame the card; the site's other pages do not carry frame-ancestors *", async ({
  page,
  request,
  baseURL,
}) => {
  // A page on another origin (127.0.0.1 is not localhost to the browser) frames the card.
  const otherOrigin = (baseURL ?? "").replace("localhost", "127.0.0.1");
  await page.goto(`${otherOrigin}/api/health`);
  await page.setContent(`<iframe title="vote" src="${baseURL}/embed/votes/${VOTE}" width="480" height="280"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByText("Passed 13 to 0", { exact: true })).toBeVisible();

  for (const path of ["/", "/open-data", "/feeds/en/site.rss"]) {
    expect((await request.get(path)).headers()["content-security-policy"] ?? "", path).not.toContain(
      "frame-ancestors *",
    );
  }
});

test("an unknown vote's card is a 404", async ({ request }) => {
  expect((await request.get("/embed/votes/vote-nothing")).status()).toBe(404);
  expect((await request.get("/embed/fr/votes/vote-nothing")).status()).toBe(404);
});

test("oEmbed answers for the vote page's address with the card as a rich iframe, within maxwidth", async ({
  request,
  baseURL,
}) => {
  const pageUrl = `${baseURL}/votes/${VOTE}`;
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    version: "1.0",
    type: "rich",
    provider_name: "Legible",
    width: 480,
    height: 280,
    title: "Los Angeles City Council vote on November 19, 2024: Passed 13 to 0",
  });
  expect(body.html).toContain(`src="${baseURL}/embed/votes/${VOTE}"`);
  expect(body.html).toContain('title="Vote card from Legible: Passed 13 to 0"');

  const spanish = await request.get(
    `/api/oembed?url=${encodeURIComponent(`${baseURL}/es/votes/${VOTE}`)}&maxwidth=300&maxheight=200`,
  );
  const small = await spanish.json();
  expect([small.width, small.height]).toEqual([300, 200]);
  expect(small.html).toContain(`/embed/votes/${VOTE}?lang=es`);
});

test("oEmbed refuses bad addresses with 404, a missing one with 400 and XML with 501, never a 500", async ({
  request,
  baseURL,
}) => {
  const ask = (query: string) => request.get(`/api/oembed?${query}`);
  for (const url of [
    `https://elsewhere.example/votes/${VOTE}`,
    `${baseURL}/votes/vote-nothing`,
    `${baseURL}/measures/measure-sanctuary-ordinance`,
    `${baseURL}/votes/%E0%A4%A`,
    "javascript:alert(1)",
    "not an address",
  ]) {
    expect((await ask(`url=${encodeURIComponent(url)}`)).status(), url).toBe(404);
  }
  expect((await ask("")).status()).toBe(400);
  expect((await ask(`url=${encodeURIComponent(`${baseURL}/votes/${VOTE}`)}&maxwidth=wide`)).status()).toBe(400);
  expect((await ask(`url=${encodeURIComponent(`${baseURL}/votes/${VOTE}`)}&format=xml`)).status()).toBe(501);
});
