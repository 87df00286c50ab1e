import { spawnSync } from "node:child_process";
import path from "node:path";
import { SIGNATURE_HEADER, signBody } from "@legible/api/http";
import { expect, test } from "@playwright/test";
import { revalidate, signedInvalidation } from "../../support/revalidate";

const root = path.resolve(import.meta.dirname, "../../..");
const secret = process.env.LEGIBLE_REVALIDATE_SECRET ?? "";

function rename(id: string, name: string) {
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=@legible/source", path.join(root, "e2e", "support", "rename-person.ts"), id, name],
    { cwd: root, env: { ...process.env, DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL }, encoding: "utf8" },
  );
  expect(result.status, result.stderr).toBe(0);
}

test("a cached page shows a staff change within seconds of the staff app's refresh call", async ({ page, request }) => {
  // Two renames, each a command started from scratch (tsx, Prisma), run inside the test's time.
  test.slow();
  const address = "/people/person-tom-homan";
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tom Homan");
  expect((await request.get(address)).headers()["x-nextjs-cache"]).toBe("HIT");

  rename("person-tom-homan", "Thomas Homan");
  try {
    // Until told, the site keeps serving the page it cached.
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tom Homan");

    const change = { tags: ["person:person-tom-homan"] };
    expect((await request.post("/api/revalidate", { data: change })).status()).toBe(401);
    const forged = signedInvalidation(change, "not-the-secret");
    expect((await request.post("/api/revalidate", forged)).status()).toBe(401);
    const signed = signedInvalidation(change);
    const refreshed = await request.post("/api/revalidate", signed);
    expect(refreshed.status()).toBe(200);
    expect(await refreshed.json()).toMatchObject({ revalidated: ["person:person-tom-homan"] });
    // The same call again is a replay.
    expect((await request.post("/api/revalidate", signed)).status()).toBe(401);

    await expect
      .poll(
        async () => {
          await page.goto(address);
          return page.getByRole("heading", { level: 1 }).textContent();
        },
        { timeout: 10_000 },
      )
      .toBe("Thomas Homan");
  } finally {
    rename("person-tom-homan", "Tom Homan");
    await revalidate(request, "/api/revalidate", { tags: ["person:person-tom-homan"] });
  }
});

test("the status page and a staff preview render afresh on every request, never from the page cache", async ({
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const status = await visitor.get("/status");
  expect(status.status()).toBe(200);
  expect(status.headers()["cache-control"]).toContain("no-store");
  await visitor.dispose();

  const staff = await playwright.request.newContext({ baseURL });
  expect((await staff.post("/api/preview")).status()).toBe(401);
  expect((await staff.post("/api/preview", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);
  const preview = await staff.get("/explainers/measure-sanctuary-ordinance");
  expect(preview.status()).toBe(200);
  expect(preview.headers()["cache-control"]).toContain("no-store");
  await staff.dispose();
});

test("the refresh call ignores unknown tags, refreshes nothing for an empty list, and refuses an old call", async ({
  request,
}) => {
  const address = "/people/person-karen-bass";
  await expect.poll(async () => (await request.get(address)).headers()["x-nextjs-cache"]).toBe("HIT");

  const unknown = await revalidate(request, "/api/revalidate", { tags: ["person:", "user:1", "home"] });
  expect(await unknown.json()).toMatchObject({ revalidated: ["home"], ignored: ["person:", "user:1"] });
  const empty = await revalidate(request, "/api/revalidate", { tags: [] });
  expect(await empty.json()).toMatchObject({ revalidated: [] });
  // Neither named the page: it is still the cached copy.
  expect((await request.get(address)).headers()["x-nextjs-cache"]).toBe("HIT");

  const data = JSON.stringify({ all: true });
  const sixMinutesAgo = signBody(secret, data, Date.now() - 6 * 60_000);
  const old = await request.post("/api/revalidate", { data, headers: { [SIGNATURE_HEADER]: sixMinutesAgo } });
  expect(old.status()).toBe(401);
  expect(await old.json()).toMatchObject({ reason: "expired" });
  expect((await request.get(address)).headers()["x-nextjs-cache"]).toBe("HIT");
});
