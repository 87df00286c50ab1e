import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisServerMissing, type TestRedis, testRedis } from "../../../scripts/lib/redis-server";
import { createSharedCacheHandler } from "./shared-cache-handler.mjs";

// Two handler classes over one real Redis stand for two web machines: what one caches or
// invalidates, the other sees; with Redis gone, each serves its own copy and nothing throws.

const missing = redisServerMissing();
if (missing && process.env.CI === "true") throw new Error(`Shared cache tests need Redis: ${missing}`);
if (missing) console.warn(`Shared cache tests skipped: ${missing}`);

/** A cached App Router page as Next hands it to the handler: HTML, an RSC payload and segments as Buffers. */
const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc of ${html}`),
  segmentData: new Map([["/_tree", Buffer.from("segment")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
  postponed: undefined,
});
const PAGE_CONTEXT = { kind: "APP_PAGE", isRoutePPREnabled: false, softTags: ["_N_T_/layout"] };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(missing !== null)("the shared cache on Redis", () => {
  let redis: TestRedis;
  let first: ReturnType<typeof createSharedCacheHandler>;
  let second: ReturnType<typeof createSharedCacheHandler>;
  const machine = (Handler: typeof first) => new Handler({});

  beforeAll(async () => {
    redis = await testRedis();
    await redis.start();
    // Every request asks Redis here: these tests are of what the machines share.
    first = createSharedCacheHandler({ url: redis.url, prefix: "test:", confirmedForMs: 0 });
    second = createSharedCacheHandler({ url: redis.url, prefix: "test:", confirmedForMs: 0 });
    await until(() => !first.status().degraded && !second.status().degraded, "both machines to connect");
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.stop();
  });

  it("a page one machine cached is served by the other, Buffers and Maps intact", async () => {
    await machine(first).set("/en/measures/m-1", page("<p>one</p>", "measure:m-1,_N_T_/en/measures/m-1"), {});
    const entry = await machine(second).get("/en/measures/m-1", PAGE_CONTEXT);
    expect(entry?.value.html).toBe("<p>one</p>");
    expect(Buffer.isBuffer(entry?.value.rscData) && entry.value.rscData.toString()).toBe("rsc of <p>one</p>");
    expect(entry?.value.segmentData.get("/_tree").toString()).toBe("segment");
    expect(entry?.tags).toEqual(["measure:m-1", "_N_T_/en/measures/m-1"]);
  });

  it("keeps a page for its lifetime, a data entry for its revalidate time and an hour, within 30 days", async () => {
    const data = (revalidate: number) => ({
      kind: "FETCH",
      data: { headers: {}, body: "[]", status: 200, url: "" },
      revalidate,
    });
    // As Next's unstable_cache stores them: the revalidate time in the entry, no lifetime given.
    await machine(first).set("browse-measures-page-1", data(300), { fetchCache: true, tags: ["list:measure"] });
    await machine(first).set("legible-page-tags-1", data(31_536_000), { fetchCache: true, tags: ["home"] });
    await machine(first).set("/en/bodies", page("<p>bodies</p>", "list:body"), { cacheControl: { expire: 7200 } });
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      expect(await client.ttl("test:browse-measures-page-1")).toBeGreaterThan(3_890);
      expect(await client.ttl("test:browse-measures-page-1")).toBeLessThanOrEqual(3_900);
      expect(await client.ttl("test:legible-page-tags-1")).toBeGreaterThan(30 * 24 * 60 * 60 - 10);
      expect(await client.ttl("test:legible-page-tags-1")).toBeLessThanOrEqual(30 * 24 * 60 * 60);
      expect(await client.ttl("test:/en/bodies")).toBeLessThanOrEqual(7_200);
      expect(await client.ttl("test:/en/bodies")).toBeGreaterThan(7_190);
    } finally {
      await client.close();
    }
  });

  it("a tag invalidated on one machine hides every page carrying it on the other, and only those", async () => {
    await machine(first).set("/en/people/p-1", page("<p>person</p>", "person:p-1"), {});
    await machine(first).set("/en/people/p-2", page("<p>other</p>", "person:p-2"), {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await machine(first).revalidateTag(["person:p-1"], undefined);
    expect(await machine(second).get("/en/people/p-1", PAGE_CONTEXT)).toBeNull();
    expect((await machine(second).get("/en/people/p-2", PAGE_CONTEXT))?.value.html).toBe("<p>other</p>");
    // Rebuilt after the invalidation, the page is served again.
    await machine(second).set("/en/people/p-1", page("<p>person, edited</p>", "person:p-1"), {});
    expect((await machine(first).get("/en/people/p-1", PAGE_CONTEXT))?.value.html).toBe("<p>person, edited</p>");
    // A soft tag (a path Next adds when reading) invalidates too; an unknown tag changes nothing.
    await machine(first).revalidateTag("no-such-tag", undefined);
    expect(await machine(second).get("/en/people/p-2", PAGE_CONTEXT)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await machine(first).revalidateTag("_N_T_/layout", undefined);
    expect(await machine(second).get("/en/people/p-2", PAGE_CONTEXT)).toBeNull();
  });

  it("machines of two builds (a rolling deploy) never serve each other's pages, and a save reaches both", async () => {
    const older = createSharedCacheHandler({ url: redis.url, prefix: "test:", build: "build-a", confirmedForMs: 0 });
    const newer = createSharedCacheHandler({ url: redis.url, prefix: "test:", build: "build-b", confirmedForMs: 0 });
    try {
      await until(() => !older.status().degraded && !newer.status().degraded, "both builds to connect");
      await machine(older).set("/en/measures/m-9", page("<p>built by a</p>", "measure:m-9"), {});
      expect(await machine(newer).get("/en/measures/m-9", PAGE_CONTEXT)).toBeNull();
      await machine(newer).set("/en/measures/m-9", page("<p>built by b</p>", "measure:m-9"), {});
      // A replaced build's versions do not stay in Redis for ever.
      const client = createClient({ url: redis.url });
      await client.connect();
      try {
        expect(await client.ttl("test:build:build-a:versions")).toBeGreaterThan(0);
      } finally {
        await client.close();
      }
      expect((await machine(older).get("/en/measures/m-9", PAGE_CONTEXT))?.value.html).toBe("<p>built by a</p>");
      expect((await machine(newer).get("/en/measures/m-9", PAGE_CONTEXT))?.value.html).toBe("<p>built by b</p>");
      await new Promise((resolve) => setTimeout(resolve, 5));
      await machine(newer).revalidateTag("measure:m-9", undefined);
      expect(await machine(older).get("/en/measures/m-9", PAGE_CONTEXT)).toBeNull();
      expect(await machine(newer).get("/en/measures/m-9", PAGE_CONTEXT)).toBeNull();
    } finally {
      await older.close();
      await newer.close();
    }
  });

  it("a copy Redis confirmed is served for a quarter second without asking; another machine's change shows after it, this machine's own at once", async () => {
    const WINDOW = 300;
    const busy = createSharedCacheHandler({ url: redis.url, prefix: "test:", confirmedForMs: WINDOW });
    const other = createSharedCacheHandler({ url: redis.url, prefix: "test:", confirmedForMs: WINDOW });
    const counter = createClient({ url: redis.url });
    await counter.connect();
    /** Redis's count of version reads so far: each request that asks Redis makes one. */
    const versionReads = async () =>
      Number(/cmdstat_hget:calls=(\d+)/.exec(await counter.info("commandstats"))?.[1] ?? 0);
    try {
      await until(() => !busy.status().degraded && !other.status().degraded, "both machines to connect");
      await machine(other).set("/en/explainers/e-1", page("<p>explainer</p>", "explainer:e-1"), {});
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect((await machine(busy).get("/en/explainers/e-1", PAGE_CONTEXT))?.value.html).toBe("<p>explainer</p>");
      const before = await versionReads();
      for (let request = 0; request < 20; request++) {
        expect((await machine(busy).get("/en/explainers/e-1", PAGE_CONTEXT))?.value.html).toBe("<p>explainer</p>");
      }
      expect(await versionReads()).toBe(before);
      // Another machine invalidates: served a little longer, then hidden.
      await machine(other).revalidateTag("explainer:e-1", undefined);
      await new Promise((resolve) => setTimeout(resolve, WINDOW + 50));
      expect(await machine(busy).get("/en/explainers/e-1", PAGE_CONTEXT)).toBeNull();
      // This machine's own invalidation ends its confirmations at once.
      await machine(busy).set("/en/explainers/e-2", page("<p>second</p>", "explainer:e-2"), {});
      expect((await machine(busy).get("/en/explainers/e-2", PAGE_CONTEXT))?.value.html).toBe("<p>second</p>");
      await new Promise((resolve) => setTimeout(resolve, 5));
      await machine(busy).revalidateTag("explainer:e-2", undefined);
      expect(await machine(busy).get("/en/explainers/e-2", PAGE_CONTEXT)).toBeNull();
    } finally {
      await counter.close();
      await busy.close();
      await other.close();
    }
  });

  it("a tag marked stale with a lifetime serves the page once more, to be rebuilt behind", async () => {
    await machine(first).set("/en/bodies/b-1", page("<p>body</p>", "body:b-1"), {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await machine(second).revalidateTag("body:b-1", { expire: 300 });
    const entry = await machine(first).get("/en/bodies/b-1", PAGE_CONTEXT);
    expect(entry?.value.html).toBe("<p>body</p>");
    expect(entry?.lastModified).toBe(-1);
  });

  it("with Redis gone each machine serves its own copy, says degraded and throws nothing; with Redis back it shares again", async () => {
    await machine(first).set("/en/votes/v-1", page("<p>vote</p>", "vote:v-1"), {});
    // The second machine rebuilt a page the first still holds, and invalidated another the first had read.
    await machine(first).set("/en/votes/v-3", page("<p>old</p>", "vote:v-3"), {});
    await machine(second).set("/en/votes/v-3", page("<p>new</p>", "vote:v-3"), {});
    expect((await machine(first).get("/en/votes/v-3", PAGE_CONTEXT))?.value.html).toBe("<p>new</p>");
    await machine(first).set("/en/votes/v-4", page("<p>to go</p>", "vote:v-4"), {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await machine(second).revalidateTag("vote:v-4", undefined);
    expect(await machine(first).get("/en/votes/v-4", PAGE_CONTEXT)).toBeNull();
    await redis.stop();
    await until(() => first.status().degraded && second.status().degraded, "both machines to notice");
    expect(first.status().reason).toBeTruthy();
    // Its own copy, kept when it cached the page; the other machine has none and rebuilds.
    expect((await machine(first).get("/en/votes/v-1", PAGE_CONTEXT))?.value.html).toBe("<p>vote</p>");
    expect(await machine(second).get("/en/votes/v-1", PAGE_CONTEXT)).toBeNull();
    // What it last saw in Redis, not its own older copy; and what the other invalidated stays hidden.
    expect((await machine(first).get("/en/votes/v-3", PAGE_CONTEXT))?.value.html).toBe("<p>new</p>");
    expect(await machine(first).get("/en/votes/v-4", PAGE_CONTEXT)).toBeNull();
    await machine(second).set("/en/votes/v-1", page("<p>vote, second's copy</p>", "vote:v-1"), {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await machine(first).revalidateTag("vote:v-1", undefined);
    expect(await machine(first).get("/en/votes/v-1", PAGE_CONTEXT)).toBeNull();

    await redis.start();
    await until(() => !first.status().degraded && !second.status().degraded, "both machines to reconnect");
    await machine(second).set("/en/votes/v-2", page("<p>after</p>", "vote:v-2"), {});
    expect((await machine(first).get("/en/votes/v-2", PAGE_CONTEXT))?.value.html).toBe("<p>after</p>");
  });
});
