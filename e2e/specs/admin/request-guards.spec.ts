import { expect, test } from "@playwright/test";
import { signedInvalidation } from "../../support/revalidate";
import { staffAccount, storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const person = (id: string) => ({ id, name: "Forged Person", sourceIds: [] });

test.describe("state-changing requests from another website", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("are refused with 403 by a forged Origin or Sec-Fetch-Site, and change nothing", async ({ page }) => {
    const forgeries: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forgeries) {
      const id = `person-forged-${Object.keys(headers)[0]}`;
      const response = await page.request.post("/api/trpc/people.create", { data: person(id), headers });
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({ error: "This request came from another website, so it was refused." });
      const lookup = await page.request.get(`/api/trpc/people.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
      expect(lookup.status()).toBe(404);
    }
    const sameSite = await page.request.post("/api/trpc/people.create", {
      data: person("person-same-origin-ok"),
      headers: { origin: `http://localhost:${webPort + 1}`, "sec-fetch-site": "same-origin" },
    });
    expect(sameSite.status()).toBe(200);
  });

  test("sign-in from another website is refused too", async ({ request }) => {
    const account = staffAccount("editor");
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email: account.email, password: account.password },
      headers: { origin: "https://evil.example" },
    });
    expect(response.status()).toBe(403);
  });

  test("the public site's refresh refuses another website even with the secret", async ({ request }) => {
    const signed = signedInvalidation({ all: true });
    const response = await request.post(`http://localhost:${webPort}/api/revalidate`, {
      data: signed.data,
      headers: { ...signed.headers, origin: "https://evil.example" },
    });
    expect(response.status()).toBe(401);
  });
});

test.describe("request size", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("a body over 1 MB gets 413 with a plain reason, on both apps", async ({ page }) => {
    const big = { id: "person-too-big", name: "x".repeat(1024 * 1024), sourceIds: [] };
    const staff = await page.request.post("/api/trpc/people.create", { data: big });
    expect(staff.status()).toBe(413);
    expect((await staff.json()).error).toBe("This request is larger than 1024 KB. Send less at a time.");
    const publicSite = await page.request.post(`http://localhost:${webPort}/api/trpc/search.query`, {
      data: { q: "x".repeat(1024 * 1024) },
    });
    expect(publicSite.status()).toBe(413);
  });
});
