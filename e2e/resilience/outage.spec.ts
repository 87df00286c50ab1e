// Hardening promise: with the database unreachable, public pages already generated are still
// served; /api/health answers 503 with a JSON reason; pages that need the database show a
// plain-language error page; no stack trace, SQL or file path in any response. When the
// database returns, the apps recover without a restart.
//
// PostgreSQL only: a SQLite database is a file the server process already holds open, so there is
// no server to lose. Moving or chmod-ing the file changes nothing for the open handle (reads and
// writes go on against the same inode), which would make an "outage" test pass without testing
// anything. Nor can another process lock it out: in WAL mode the server holds a shared lock on
// the file, so an exclusive lock from outside is refused (tried with better-sqlite3).
import { randomBytes } from "node:crypto";
import type { PostgresCluster } from "@legible/db/postgres-cluster";
import { expect, test } from "@playwright/test";
import {
  type AppEnv,
  type AppServer,
  freePort,
  leaksIn,
  prepareDatabase,
  type Scratch,
  scratchDatabase,
  signIn,
  startApp,
  startCluster,
  waitForHealth,
} from "./servers";

test.describe("outage on PostgreSQL", () => {
  let cluster: PostgresCluster | undefined;
  let scratch: Scratch | undefined;
  const servers: AppServer[] = [];

  test.afterAll(async () => {
    for (const server of servers) await server.stop();
    await scratch?.remove();
    cluster?.stop();
  });

  test("cached pages stay up, the rest fail plainly, and both apps recover when the database returns", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    cluster = await startCluster();
    scratch = await scratchDatabase(cluster);
    const [webPort, adminPort] = [await freePort(), await freePort()];
    const env: AppEnv = {
      databaseUrl: scratch.config.url,
      webUrl: `http://localhost:${webPort}`,
      adminUrl: `http://localhost:${adminPort}`,
    };
    await prepareDatabase(scratch.config, env.adminUrl);
    const [web, admin] = await Promise.all([startApp("web", webPort, env), startApp("admin", adminPort, env)]);
    servers.push(web, admin);
    await Promise.all([waitForHealth(web, 200, 60_000), waitForHealth(admin, 200, 60_000)]);
    const cookie = await signIn(admin);

    const seen: Array<{ what: string; status: number; body: string }> = [];
    const get = async (server: AppServer, address: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}${address}`, {
        headers: { origin: server.url, ...headers },
        redirect: "manual",
      });
      const body = await response.text();
      const what = `${server.app} ${address} → ${response.status} ${response.headers.get("location") ?? ""}`;
      seen.push({ what, status: response.status, body });
      return { status: response.status, body, what };
    };
    const asStaff = { cookie };

    // Pages residents have visited are generated and cached (the [locale] layout's revalidate).
    const cachedPages = [
      { address: "/people/person-karen-bass", text: "Karen Bass" },
      { address: "/es/people/person-karen-bass", text: "Karen Bass" },
    ];
    for (const page of cachedPages) {
      const first = await get(web, page.address);
      expect(first.status, first.what).toBe(200);
      const again = await get(web, page.address);
      expect(again.status).toBe(200);
      expect(again.body).toContain(page.text);
    }
    expect((await get(admin, "/api/trpc/people.list?input=%7B%7D", asStaff)).status).toBe(200);

    cluster.halt();

    // 1. Cached public pages are still served, whole.
    for (const page of cachedPages) {
      const response = await get(web, page.address);
      expect(response.status, page.address).toBe(200);
      expect(response.body).toContain(page.text);
    }

    // 2. Health says so, on both apps, as JSON with a reason.
    for (const server of [web, admin]) {
      const response = await get(server, "/api/health");
      expect(response.status, `${server.app} health`).toBe(503);
      expect(JSON.parse(response.body)).toEqual({ status: "unavailable", reason: expect.any(String) });
    }

    // 3. Pages that need the database: a plain-language error page, with a server-error status.
    // Next sends a failed render as an error shell that the browser draws with app/error.tsx (its
    // words are in its own script; reading pages carry no message catalogue), so a browser reads it.
    const unseenId = `person-outage-${randomBytes(4).toString("hex")}`;
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    for (const [address, words] of [
      ["/search?q=bass", "Something went wrong on our side"],
      [`/people/${unseenId}`, "Something went wrong on our side"],
      ["/es/search?q=bass", "Algo salió mal de nuestro lado"],
    ] as const) {
      const response = await get(web, address);
      expect(response.status, address).toBeGreaterThanOrEqual(500);
      const shown = await readerPage.goto(`${web.url}${address}`);
      expect(shown?.status(), address).toBeGreaterThanOrEqual(500);
      await expect(readerPage.getByRole("heading", { level: 1, name: words }), address).toBeVisible();
      seen.push({
        what: `web ${address} in a browser`,
        status: shown?.status() ?? 0,
        body: await readerPage.content(),
      });
    }
    await reader.close();

    // 4. The staff app: its pages and its API fail in plain words too.
    // A page that fails in the staff layout (the session check) has no server-rendered shell;
    // Next sends the error for the browser to draw with app/error.tsx, which staff (a JavaScript
    // app) always have. So a browser checks it, signed in with the same cookie.
    const dashboard = await get(admin, "/", asStaff);
    expect(dashboard.status).toBeGreaterThanOrEqual(500);
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name as string, value: value.join("="), url: admin.url };
      }),
    );
    const page = await context.newPage();
    const shown = await page.goto(`${admin.url}/`);
    expect(shown?.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { level: 1, name: "This page could not be loaded" })).toBeVisible();
    seen.push({ what: "admin / in a browser", status: shown?.status() ?? 0, body: await page.content() });
    await context.close();
    // The staff API checks the session first, so it knows the database is down (503); a public
    // query fails inside its procedure (500). Either way the words are plain.
    for (const [server, procedure, headers, status, message] of [
      [admin, "people.list?input=%7B%7D", asStaff, 503, "The database is not answering. Try again in a minute."],
      [web, "site.sitemapCounts", {}, 500, "Something went wrong on our side. Try again in a minute."],
    ] as const) {
      const response = await get(server, `/api/trpc/${procedure}`, headers);
      expect(response.status, response.what).toBe(status);
      expect(JSON.parse(response.body).error.message).toBe(message);
    }

    // 5. Nothing internal in any response of the outage.
    const leaks = seen.flatMap(({ what, body }) => leaksIn(body).map((leak) => `${what}: ${leak}`));
    expect(leaks).toEqual([]);
    // The details went to the server's log instead.
    expect(web.output() + admin.output()).toMatch(/Can't reach database server|ECONNREFUSED/);

    // 6. The database returns: both apps answer again, with no restart.
    cluster.resume();
    const recovered = await Promise.all([waitForHealth(web, 200, 15_000), waitForHealth(admin, 200, 15_000)]);
    test
      .info()
      .annotations.push({ type: "recovery", description: `health 200 again after ${Math.max(...recovered)} ms` });
    const search = await get(web, "/search?q=bass");
    expect(search.status).toBe(200);
    expect(search.body).toContain('href="/people/person-karen-bass"');
    expect((await get(web, `/people/${unseenId}`)).status).toBe(404);
    const list = await get(admin, "/api/trpc/people.list?input=%7B%7D", asStaff);
    expect(list.status).toBe(200);
    expect((await get(admin, "/", asStaff)).status).toBe(200);
  });
});
