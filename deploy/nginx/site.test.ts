import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import {
  createServer,
  get,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DOWNLOADS } from "@legible/api/open-data";
import { parseDataset } from "@legible/core";
import { findProjectRoot } from "@legible/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDatasetFiles } from "../../packages/api/src/open-data/dataset-files";
import { inMemoryDatasetReader } from "../../packages/api/src/open-data/dataset-reader";
import { nginxMissing, type RunningNginx, startNginx } from "./run";
import { PRODUCTION_EXAMPLE, SITE_LIMITS, siteNginxConfig } from "./site";

// The site's nginx configuration, as docs/production.md shows it and as nginx runs it: the
// open-data files come from disk with the very headers the site's own route sends, the site
// answers before the first write, and the public API and search are shed with the site's words.

const root = findProjectRoot();
const missing = nginxMissing();

describe("docs/production.md", () => {
  it("shows the configuration deploy/nginx/site.ts makes", async () => {
    const docs = await readFile(join(root, "docs", "production.md"), "utf8");
    const blocks = [...docs.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks).toContain(siteNginxConfig(PRODUCTION_EXAMPLE));
  });
});

describe("search processes", () => {
  it("send the public API and the search pages to their own upstream, counted per search process", () => {
    const config = siteNginxConfig({
      ...PRODUCTION_EXAMPLE,
      searchMachines: ["web-1:3002", "web-2:3002", "web-3:3002"],
    });
    const location = (start: string) => config.slice(config.indexOf(start), config.indexOf("}", config.indexOf(start)));
    expect(location("location ~ ^/(?:es/)?search")).toContain("zone=legible_search_pages_all");
    expect(location("location /api/trpc {")).not.toContain("zone=legible_search_pages_all");
    expect(config).toContain(
      `zone=legible_search_pages_all:1m rate=${3 * SITE_LIMITS.searchPagesPerMachine.perSecond}r/s`,
    );
    for (const start of ["location /api/trpc {", "location ~ ^/(?:es/)?search"]) {
      expect(location(start)).toContain("proxy_pass http://legible_search;");
      expect(location(start)).toContain(
        `limit_conn legible_dynamic_in_flight ${3 * SITE_LIMITS.dynamicInFlightPerMachine};`,
      );
    }
    expect(config).toContain(`rate=${3 * SITE_LIMITS.dynamicPerMachine.perSecond}r/s`);
    expect(location("location / {")).toContain("proxy_pass http://legible_web;");
    expect(config).toContain("server web-3:3002 ");
  });
});

/** A page long enough to be worth compressing, with the curly quotes and accents pages have. */
const LONG_PAGE = `<!doctype html><p>The council’s vote — “sí” or “no”: ${"the measure says ".repeat(400)}</p>`;

/** The headers a download's answer carries, nginx's or the site's, without the connection's own. */
const COMPARED = [
  "content-type",
  "content-disposition",
  "content-length",
  "content-encoding",
  "cache-control",
  "etag",
  "last-modified",
  "vary",
  "access-control-allow-origin",
] as const;

function picked(response: Response): Record<string, string | null> {
  return Object.fromEntries(COMPARED.map((name) => [name, response.headers.get(name)]));
}

/** The answer's headers and its bytes as sent: fetch would decode a gzipped body, node:http does not. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe.skipIf(missing !== null && process.env.CI !== "true")("nginx with the site's configuration", () => {
  let dir: string;
  let site: Server;
  let sitePort: number;
  let nginx: RunningNginx | undefined;
  let front: string;
  /** What reached the web machine, and the most API calls it had at once. */
  const seen = { data: 0, api: 0, apiAtOnce: 0, apiMostAtOnce: 0, pageEncodings: [] as (string | undefined)[] };

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    dir = await mkdtemp(join(tmpdir(), "legible-nginx-data-"));
    // nginx's workers (nobody, when the tests run as root) read the folder, as in production.
    await chmod(dir, 0o755);
    // The site's own server code for the downloads, reading the same folder.
    process.env.LEGIBLE_DATA_DIR = dir;
    const { serveOpenDataFile } = await import("../../apps/web/server/open-data-files");
    site = createServer((request: IncomingMessage, response: ServerResponse) => {
      const path = (request.url ?? "").split("?")[0] ?? "";
      if (path.startsWith("/data/")) {
        seen.data += 1;
        if (serveOpenDataFile(request, response)) return;
      }
      if (path.startsWith("/api/trpc")) {
        seen.api += 1;
        seen.apiAtOnce += 1;
        seen.apiMostAtOnce = Math.max(seen.apiMostAtOnce, seen.apiAtOnce);
        // A search's time on the machine.
        setTimeout(() => {
          seen.apiAtOnce -= 1;
          response.writeHead(200, { "Content-Type": "application/json" }).end('{"result":{}}');
        }, 200);
        return;
      }
      if (path === "/explainers/long") {
        seen.pageEncodings.push(request.headers["accept-encoding"]);
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(LONG_PAGE);
        return;
      }
      response.writeHead(200, { "Content-Type": "text/plain" }).end(`page ${path}`);
    });
    sitePort = await listen(site);
    const probe = createServer();
    const port = await listen(probe);
    probe.close();
    front = `http://127.0.0.1:${port}`;
    nginx = await startNginx(
      siteNginxConfig({
        listen: `127.0.0.1:${port}`,
        serverName: "localhost",
        webMachines: [`127.0.0.1:${sitePort}`],
        dataDir: dir,
        trustForwardedFrom: ["127.0.0.1"],
      }),
      front,
      { workers: 1 },
    );
  });
  afterAll(async () => {
    await nginx?.stop();
    site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("leaves a download to the site before the first write: 503, being prepared", async () => {
    const response = await fetch(`${front}/data/votes.csv`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("being prepared");
    expect(seen.data).toBe(1);
  });

  it("then serves every file from disk itself, gzipped or plain, with the site's headers and a 304", async () => {
    const parsed = parseDataset(JSON.parse(await readFile(join(root, "prisma", "seed", "seed-story.json"), "utf8")));
    if (!parsed.ok) throw new Error("the seed story does not parse");
    await writeDatasetFiles(inMemoryDatasetReader(parsed.value), dir);
    const before = seen.data;
    for (const download of DOWNLOADS) {
      for (const encoding of ["gzip", "identity"]) {
        const headers = { "accept-encoding": encoding };
        const fromNginx = await fetch(`${front}${download.path}`, { headers });
        const fromSite = await fetch(`http://127.0.0.1:${sitePort}${download.path}`, { headers });
        expect(fromNginx.status, download.path).toBe(200);
        expect(picked(fromNginx), `${download.path} ${encoding}`).toEqual(picked(fromSite));
        // fetch decodes gzip itself: the same bytes either way.
        expect(await fromNginx.text()).toBe(await fromSite.text());
        const again = await fetch(`${front}${download.path}`, {
          headers: { ...headers, "if-none-match": fromNginx.headers.get("etag") ?? "" },
        });
        expect(again.status, download.path).toBe(304);
      }
    }
    // Only the comparison's own requests reached the site; nginx answered every one of its own.
    expect(seen.data - before).toBe(DOWNLOADS.length * 2);
    // The stored gzip went out as it is.
    const raw = await rawGet(`${front}/data/votes.csv`, { "accept-encoding": "gzip" });
    expect(raw.body.equals(await readFile(join(dir, "current", "votes.csv.gz")))).toBe(true);
  });

  it("compresses pages itself: the web machine is never asked to", async () => {
    const raw = await rawGet(`${front}/explainers/long`, { "accept-encoding": "gzip, br" });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.vary).toContain("Accept-Encoding");
    expect(gunzipSync(raw.body).toString("utf8")).toBe(LONG_PAGE);
    expect(raw.body.length).toBeLessThan(Buffer.byteLength(LONG_PAGE) / 4);
    // A reader whose browser cannot take gzip gets the page as it is.
    const plain = await fetch(`${front}/explainers/long`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(LONG_PAGE);
    expect(seen.pageEncodings).toEqual([undefined, undefined]);
  });

  it("passes any other address under /data/ to the site", async () => {
    const before = seen.data;
    expect(await (await fetch(`${front}/data/nothing.json`)).text()).toBe("page /data/nothing.json");
    expect(seen.data - before).toBe(1);
  });

  it("holds one address to its pace on the public API and refuses the rest with the site's 429", async () => {
    const from = { "x-forwarded-for": "10.9.0.1" };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${front}/api/trpc/search.query`, { headers: from })),
    );
    const refused = answers.filter((response) => response.status === 429);
    // One at once, `burst` more held to the pace; every other refused.
    expect(refused.length).toBe(20 - 1 - SITE_LIMITS.apiPerAddress.burst);
    const first = refused[0] as Response;
    expect(first.headers.get("retry-after")).toBe(String(SITE_LIMITS.retryAfterSeconds));
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(await first.json()).toMatchObject({
      error: { message: expect.stringContaining("Too many requests"), data: { code: "TOO_MANY_REQUESTS" } },
    });
  });

  it("lets the machine work on a few API calls at once and tells the rest it is busy (503)", async () => {
    seen.apiMostAtOnce = 0;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, client) =>
        fetch(`${front}/api/trpc/search.query`, { headers: { "x-forwarded-for": `10.9.1.${client}` } }),
      ),
    );
    const busy = answers.filter((response) => response.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(seen.apiMostAtOnce).toBeLessThanOrEqual(SITE_LIMITS.dynamicInFlightPerMachine);
    const first = busy[0] as Response;
    expect(first.headers.get("retry-after")).toBe(String(SITE_LIMITS.retryAfterSeconds));
    expect(await first.json()).toMatchObject({ error: { data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 } } });
  });

  it("answers too many searches from one address with a plain page in English and Spanish", async () => {
    const from = { "x-forwarded-for": "10.9.2.1" };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${front}/es/search?q=vivienda`, { headers: from })),
    );
    const refused = answers.find((response) => response.status === 429);
    expect(refused?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await refused?.text();
    expect(page).toContain("Too many searches");
    expect(page).toContain('lang="es"');
  });

  it("holds search pages from every address together to what a machine renders in a second", async () => {
    // A second for the machine-wide allowances to refill after the tests before; then one request
    // after another, each from its own address, so neither an address's pace nor the count in
    // flight is what refuses them.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const statuses: number[] = [];
    for (let client = 0; client < 20; client++) {
      const response = await fetch(`${front}/search?q=housing`, { headers: { "x-forwarded-for": `10.9.3.${client}` } });
      statuses.push(response.status);
      await response.text();
    }
    const served = statuses.filter((status) => status === 200).length;
    // The first and `burst` more (and what refills while they run): fewer than the API's allowance.
    expect(served).toBeGreaterThanOrEqual(1 + SITE_LIMITS.searchPagesPerMachine.burst);
    expect(served).toBeLessThanOrEqual(SITE_LIMITS.searchPagesPerMachine.burst + 2);
    expect(served).toBeLessThan(1 + SITE_LIMITS.dynamicPerMachine.burst);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - served);
  });

  it("serves pages without any of those limits", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(`${front}/explainers/x`)));
    expect(answers.map((response) => response.status)).toEqual(Array(40).fill(200));
  });
});
