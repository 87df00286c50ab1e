import { type APIRequestContext, expect, test } from "@playwright/test";
import { storageStateOf } from "../../support/staff";

// A staff save refreshes, on the built site, exactly the cached pages that show what it changed
// (their cache tags, apps/web/lib/page-tags.ts), within the 2 s; a page that does not show
// it stays the copy it was.

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const WEB = `http://localhost:${webPort}`;
const PERSON = "person-tom-homan";
const MEASURES = [
  "measure-sanctuary-ordinance",
  "measure-garcetti-directive-2019",
  "measure-lapd-immigration-status-policy",
  "measure-us-mass-deportation-plan",
].map((id) => `/measures/${id}`);
const NOT_SHOWING = "/people/person-eric-garcetti";
const NEW_NAME = "Thomas D. Homan";

/** The page, after asking until Next serves it from its cache. */
async function cachedPage(visitor: APIRequestContext, address: string) {
  await expect
    .poll(async () => (await visitor.get(address)).headers()["x-nextjs-cache"], { timeout: 30_000 })
    .toBe("HIT");
  return visitor.get(address);
}

/** Each render draws its own script nonce: the same nonce is the same cached copy. */
function renderStamp(html: string) {
  return /'nonce-([^&']+)/.exec(html.replaceAll("&#x27;", "'"))?.[1];
}

async function trpc(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}`, { data: input });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).result.data as Record<string, unknown> & { version: number };
}

async function person(request: APIRequestContext) {
  const response = await request.get(
    `/api/trpc/people.get?input=${encodeURIComponent(JSON.stringify({ id: PERSON }))}`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()).result.data as Record<string, unknown> & { version: number; name: string };
}

test.use({ storageState: storageStateOf("editor") });

test("a staff save refreshes the pages that show the person within 2 s, and leaves the others cached", async ({
  page,
  playwright,
}) => {
  const visitor = await playwright.request.newContext({ baseURL: WEB });
  const before = await person(page.request);
  try {
    // The person's page, and the seed's measure pages that quote him (found by their tags).
    const quoting: string[] = [];
    for (const address of MEASURES) {
      const tags = (await cachedPage(visitor, address)).headers()["cache-tag"]?.split(",") ?? [];
      if (tags.includes(`person:${PERSON}`)) quoting.push(address);
    }
    expect(quoting.length).toBeGreaterThan(0);
    const SHOWING = [`/people/${PERSON}`, ...quoting];
    for (const address of SHOWING) {
      const response = await cachedPage(visitor, address);
      // The CDN headers list every record the page shows, its own first.
      expect(response.headers()["cache-tag"]?.split(","), address).toContain(`person:${PERSON}`);
      expect(response.headers()["surrogate-key"]?.split(" "), address).toContain(`person:${PERSON}`);
      expect(await response.text()).toContain(before.name);
    }
    // Garcetti's page, and the measure pages that do not quote him.
    const others = new Map<string, string | undefined>();
    for (const address of [NOT_SHOWING, ...MEASURES.filter((address) => !quoting.includes(address))]) {
      const other = await cachedPage(visitor, address);
      expect(other.headers()["cache-tag"]?.split(","), address).not.toContain(`person:${PERSON}`);
      // A bounded stale-while-revalidate: a CDN may serve a copy at most an hour old.
      expect(other.headers()["cache-control"]).toBe("s-maxage=300, stale-while-revalidate=3300");
      others.set(address, renderStamp(await other.text()));
      expect(others.get(address)).toBeTruthy();
    }
    expect(others.size).toBeGreaterThan(1);

    await trpc(page.request, "people.update", { ...before, name: NEW_NAME });
    const savedAt = Date.now();
    for (const address of SHOWING) {
      await expect
        .poll(async () => (await visitor.get(address)).text(), { timeout: 2_000, intervals: [100] })
        .toContain(NEW_NAME);
    }
    expect(Date.now() - savedAt).toBeLessThan(2_000);

    for (const [address, stamp] of others) {
      const after = await visitor.get(address);
      expect(after.headers()["x-nextjs-cache"], address).toBe("HIT");
      expect(renderStamp(await after.text()), address).toBe(stamp);
    }
  } finally {
    const current = await person(page.request);
    await trpc(page.request, "people.update", { ...current, name: before.name });
    await visitor.dispose();
  }
});
