import { expect, type Page, test } from "@playwright/test";
import { revalidate } from "../../support/revalidate";

const PAGES = [
  "/",
  "/es",
  "/explainers/measure-sanctuary-ordinance",
  "/measures/measure-sanctuary-ordinance",
  "/people/person-karen-bass",
  "/bodies/body-la-city-council",
  "/votes/vote-council-2024-11-19",
  "/search?q=sanctuary",
  "/open-data",
];

/** Records every Content-Security-Policy violation, from before the page's first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI || "inline"}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** The page's script rule: the <meta> policy the render wrote into the HTML. */
async function scriptPolicyOf(page: Page): Promise<string> {
  const policies = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content") ?? ""));
  expect(policies).toHaveLength(1);
  return policies[0] ?? "";
}

function nonceIn(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce ?? "";
}

test("every public page allows only its own nonce'd scripts, and they all run", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const address of PAGES) {
    const response = await page.goto(address, { waitUntil: "networkidle" });
    expect(response?.status(), address).toBe(200);
    const policy = await scriptPolicyOf(page);
    expect(policy, address).toMatch(/^script-src [^;]*'strict-dynamic'/);
    expect(policy, address).not.toContain("unsafe-inline");
    expect(policy, address).not.toContain("unsafe-eval");
    const nonce = nonceIn(policy);
    // Data blocks (JSON-LD) are never run, so they need no nonce; every runnable script does.
    const unsigned = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll(
        (scripts, expected) => scripts.filter((s) => (s as HTMLScriptElement).nonce !== expected).length,
        nonce,
      );
    expect(unsigned, address).toBe(0);
    expect(await violations(), address).toEqual([]);
  }
});

test("the page's scripts run under the policy: Next starts and React hydrates the page's one island", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto("/explainers/measure-sanctuary-ordinance", { waitUntil: "networkidle" });
  // Links are plain <a> (reading pages ship no navigation script); the language switch is the
  // page's one client component. React marks the elements it hydrated; a blocked bundle leaves none.
  const languageSwitch = page.getByRole("banner").locator('a[hreflang="es"]');
  await expect
    .poll(() => languageSwitch.evaluate((link) => Object.keys(link).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
  expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe(
    "string",
  );
  expect(await violations()).toEqual([]);
});

test("markup slipped into a page cannot run script: inline handlers and unsigned scripts are blocked", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto("/explainers/measure-sanctuary-ordinance", { waitUntil: "networkidle" });
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__ran = 1">');
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test("each render draws a new nonce, so text saved before a render can never carry it", async ({ request }) => {
  const address = "/people/person-karen-bass";
  const nonceOf = async () => {
    const html = await (await request.get(address)).text();
    return /'nonce-([^&']+)/.exec(html.replaceAll("&#x27;", "'"))?.[1];
  };
  const before = await nonceOf();
  expect(before).toBeTruthy();
  // Readers of one cached copy share its render's nonce; the next render must not reuse it.
  expect(await nonceOf()).toBe(before);
  const refreshed = await revalidate(request, "/api/revalidate", { tags: ["person:person-karen-bass"] });
  expect(refreshed.status()).toBe(200);
  // Once the copy is replaced, the new render must carry a nonce of its own (a render without
  // one writes `script-src 'none'`, and nonceOf finds none).
  const renewed = async () => {
    const nonce = await nonceOf();
    return nonce === before ? "the cached copy" : nonce;
  };
  await expect.poll(renewed, { timeout: 10_000 }).toMatch(/^[A-Za-z0-9+/]{22}==$/);
});
