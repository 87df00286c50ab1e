import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/page-checks";

// The machine-readable side of the public site: sitemap, robots.txt, feeds, open data and the
// explainer's social card picture, each read the way a crawler, a feed reader or a data user
// would.

const MEASURE = "measure-sanctuary-ordinance";
const VOTE = "vote-council-2024-11-19";

/** Parses XML with the browser's own parser; fails the test on a parse error. */
async function parseXml(page: Page, xml: string): Promise<{ root: string; titles: string[]; links: string[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("not well-formed XML");
    const entries = Array.from(doc.querySelectorAll("item, entry"));
    return {
      root: doc.documentElement.nodeName,
      titles: entries.map((entry) => entry.querySelector("title")?.textContent ?? ""),
      links: entries.map((entry) => {
        const link = entry.querySelector("link");
        return link?.getAttribute("href") ?? link?.textContent ?? "";
      }),
    };
  }, xml);
}

test("the sitemap index lists its files, which list the explainer in English and Spanish, each naming the other", async ({
  page,
  request,
  baseURL,
}) => {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toContain("xml");
  const indexXml = await index.text();
  expect((await parseXml(page, indexXml)).root).toBe("sitemapindex");
  const files = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
  expect(files).toEqual(
    expect.arrayContaining([`${baseURL}/sitemaps/pages.xml`, `${baseURL}/sitemaps/explainers-1.xml`]),
  );
  const texts: string[] = [];
  for (const file of files) {
    const response = await request.get(new URL(file).pathname);
    expect(response.status(), file).toBe(200);
    const text = await response.text();
    expect((await parseXml(page, text)).root, file).toBe("urlset");
    texts.push(text);
  }
  const xml = texts.join("\n");
  expect(xml).toContain(`<loc>${baseURL}/explainers/${MEASURE}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/es/explainers/${MEASURE}</loc>`);
  expect(xml).toContain(`hreflang="es" href="${baseURL}/es/explainers/${MEASURE}"`);
  expect(xml).toContain(`<loc>${baseURL}/votes/${VOTE}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/es/people/person-karen-bass</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/open-data</loc>`);
  expect(xml).toMatch(/<lastmod>2024-11-20T18:00:00\.000Z<\/lastmod>/);
  expect((await request.get("/sitemaps/measures-999.xml")).status()).toBe(404);
});

test("robots.txt allows pages, keeps crawlers out of the API and the embeds, and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain("Allow: /");
  expect(text).toContain("Disallow: /api/");
  expect(text).toContain("Disallow: /embed/");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the site feeds are RSS 2.0 and Atom 1.0 with the explainer and the vote, in each language", async ({
  page,
  request,
  baseURL,
}) => {
  const rss = await request.get("/feeds/en/site.rss");
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const english = await parseXml(page, await rss.text());
  expect(english.root).toBe("rss");
  expect(english.titles).toEqual([
    "Explainer: Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
    "Vote: Pass the sanctuary city ordinance. Passed 13 to 0",
  ]);
  expect(english.links).toEqual([`${baseURL}/explainers/${MEASURE}`, `${baseURL}/votes/${VOTE}`]);

  const atom = await request.get("/feeds/es/site.atom");
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const spanish = await parseXml(page, await atom.text());
  expect(spanish.root).toBe("feed");
  expect(spanish.titles[0]).toMatch(/^Explicación: El Concejo de Los Ángeles vota 13 a 0/);
  expect(spanish.links).toContain(`${baseURL}/es/votes/${VOTE}`);
});

test("a measure's feed and a person's feed list their own items", async ({ page, request }) => {
  const measure = await parseXml(page, await (await request.get(`/feeds/en/measures/${MEASURE}.atom`)).text());
  expect(measure.titles).toContain("Vote: Pass the sanctuary city ordinance. Passed 13 to 0");
  expect(measure.titles).toContain("Councilmember Hugo Soto-Martinez introduced the motion.");

  const person = await parseXml(page, await (await request.get("/feeds/en/people/person-karen-bass.rss")).text());
  expect(person.titles).toEqual(["Karen Bass supports Sanctuary city ordinance"]);
});

test("every feed has JSON Feed 1.1 beside RSS and Atom; the body and search pages point to theirs", async ({
  page,
  request,
}) => {
  for (const path of [
    "/feeds/en/site.json",
    "/feeds/es/bodies/body-la-city-council.json",
    "/feeds/en/search/results.json?q=sanctuary",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^application\/feed\+json/);
    const feed = await response.json();
    expect(feed.version, path).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.length, path).toBeGreaterThan(0);
    for (const item of feed.items) expect(typeof item.content_text, path).toBe("string");
  }
  const body = await parseXml(page, await (await request.get("/feeds/en/bodies/body-la-city-council.rss")).text());
  expect(body.root).toBe("rss");
  // A query longer than search takes is refused in plain words, as search refuses it.
  expect((await request.get(`/feeds/en/search/results.atom?q=${"x".repeat(201)}`)).status()).toBe(400);

  await page.goto("/bodies/body-la-city-council");
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    "href",
    /\/feeds\/en\/bodies\/body-la-city-council\.json$/,
  );
  await page.goto("/es/search?q=sanctuary");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/es\/search\/results\.atom\?q=sanctuary$/,
  );
});

test("feeds at addresses that hold no feed answer 404 in plain words", async ({ request }) => {
  for (const path of [
    "/feeds/en/measures/measure-nothing.rss",
    "/feeds/en/people/person-nobody.atom",
    "/feeds/fr/site.rss",
    "/feeds/en/site.html",
    "/feeds/en/bodies/body-nowhere.json",
    "/feeds/en/search/other.rss?q=sanctuary",
    "/feeds/en/measures/%3Cscript%3E.rss",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/^No /);
  }
});

const DOWNLOADS = [
  { path: "/data/legible-dataset.json", type: "application/json" },
  { path: "/data/popolo.json", type: "application/json" },
  { path: "/data/ocd/bills.json", type: "application/json" },
  { path: "/data/ocd/vote-events.json", type: "application/json" },
  { path: "/data/ocd/people.json", type: "application/json" },
  { path: "/data/ocd/organizations.json", type: "application/json" },
  { path: "/data/votes.csv", type: "text/csv", header: "id,date,bodyId,measureId,actionId,motionText,result,yes,no" },
  { path: "/data/roll-calls.csv", type: "text/csv", header: "voteEventId,personId,voterName,option" },
];

/**
 * The downloads are files the staff app writes a few seconds after it starts and after each
 * change; until the first write each answers 503 "being prepared" with Retry-After.
 */
async function waitForDownloads(request: APIRequestContext): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get("/data/votes.csv");
        if (response.status() === 503) expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
        return response.status();
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(200);
}

test("every open-data download answers with its type, a file name, and content that parses", async ({ request }) => {
  await waitForDownloads(request);
  for (const download of DOWNLOADS) {
    const response = await request.get(download.path);
    expect(response.status(), download.path).toBe(200);
    // Streamed from the gzipped copy (Playwright asks for gzip and decodes it), with a validator.
    expect(response.headers()["content-encoding"], download.path).toBe("gzip");
    expect(response.headers().etag, download.path).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(response.headers()["content-type"], download.path).toContain(download.type);
    const fileName = download.path.slice(download.path.lastIndexOf("/") + 1);
    expect(response.headers()["content-disposition"], download.path).toBe(`attachment; filename="${fileName}"`);
    const text = await response.text();
    if (download.header) expect(text.split("\r\n")[0], download.path).toMatch(new RegExp(`^${download.header}`));
    else expect(() => JSON.parse(text), download.path).not.toThrow();
  }

  const dataset = await (await request.get("/data/legible-dataset.json")).json();
  expect(dataset.format).toBe("legible-dataset");
  expect(dataset.explainers.map((e: { id: string }) => e.id).sort()).toEqual([
    "explainer-sanctuary-ordinance-en",
    "explainer-sanctuary-ordinance-es",
  ]);
  const votes = await (await request.get("/data/ocd/vote-events.json")).json();
  expect(votes[0].counts).toContainEqual({ option: "yes", value: 13 });
  const csv = await (await request.get("/data/votes.csv")).text();
  expect(csv).toContain(`${VOTE},2024-11-19,body-la-city-council`);
  // Each row ends with core's decision: motion, rule, votes needed, passed by the rules, why unknown, citation.
  expect(csv.split("\r\n")[0]).toMatch(
    /,motion,rule,votesNeeded,passedByRules,unknownReason,ruleSourceId,ruleLocator$/,
  );
  expect(csv).toContain(",passage,passage,8,true,,src-la-city-charter,Sec. 244\r\n");

  // A client that has the file gets a 304; one that takes no gzip gets the plain bytes.
  const first = await request.get("/data/votes.csv");
  const again = await request.get("/data/votes.csv", { headers: { "if-none-match": first.headers().etag ?? "" } });
  expect(again.status()).toBe(304);
  const plain = await request.get("/data/votes.csv", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(csv);
});

test("one record's Open Civic Data file, and 404 for records and files that do not exist", async ({ request }) => {
  const bill = await request.get(`/data/ocd/bills/${MEASURE}.json`);
  expect(bill.status()).toBe(200);
  expect((await bill.json()).title).toBe("Sanctuary city ordinance");
  const person = await request.get("/data/ocd/people/person-karen-bass.json");
  expect((await person.json()).name).toBe("Karen Bass");

  for (const path of ["/data/ocd/bills/measure-nothing.json", "/data/ocd/bananas/x.json", "/data/nothing.csv"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the open-data page lists every download with its format and size, and is accessible", async ({
  page,
  request,
}) => {
  await waitForDownloads(request);
  // The files' job refreshes the page once they are written.
  await expect
    .poll(
      async () => {
        await page.goto("/open-data");
        return page.getByText(/Legible dataset \(JSON\) · [\d.,]+ KB/).count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  const response = await page.goto("/open-data");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  for (const name of ["Everything", "Votes table", "How each member voted", "Laws and proposals"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/Legible dataset \(JSON\) · [\d.,]+ KB/)).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/en\/site\.rss$/,
  );
  await expectNoAxeViolations(page);

  await page.goto("/es/open-data");
  await expect(page.getByRole("heading", { level: 1, name: "Datos abiertos" })).toBeVisible();
});

test("the explainer's social card picture is a PNG in each language; none for a measure without one", async ({
  request,
}) => {
  for (const path of [
    `/explainers/${MEASURE}/opengraph-image/card`,
    `/es/explainers/${MEASURE}/opengraph-image/card`,
    `/explainers/${MEASURE}/twitter-image/card`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
    const bytes = await response.body();
    expect(bytes.subarray(1, 4).toString("latin1"), path).toBe("PNG");
    expect(bytes.readUInt32BE(16), path).toBe(1200);
    expect(bytes.readUInt32BE(20), path).toBe(630);
  }
  expect((await request.get("/explainers/measure-garcetti-directive-2019/opengraph-image/card")).status()).toBe(404);
});
