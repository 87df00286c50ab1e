import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

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

    expect((await request.post("/api/revalidate")).status()).toBe(401);
    expect((await request.post("/api/revalidate", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
    const refreshed = await request.post("/api/revalidate", { headers: { authorization: `Bearer ${secret}` } });
    expect(refreshed.status()).toBe(200);

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
    await request.post("/api/revalidate", { headers: { authorization: `Bearer ${secret}` } });
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
