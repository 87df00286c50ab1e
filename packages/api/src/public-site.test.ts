import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SeenSignatures, SIGNATURE_HEADER, verifySignedBody } from "./http/signed-invalidation";
import { publicSiteFromEnv, publicSiteUrls, SETTLE_MS } from "./public-site";
import { createPurgeWebhook, purgeHealthParts, purgeWebhookFromEnv } from "./purge-webhook";

const SECRET = "the-secret-both-apps-share";

interface Received {
  body: string;
  signature: string | undefined;
}

/** A real HTTP server on loopback that answers each call with the next status in `statuses`. */
async function listen(statuses: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ body, signature: request.headers[SIGNATURE_HEADER] as string | undefined });
      response.statusCode = statuses[received.length - 1] ?? 200;
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const silent = { warn: () => {}, error: () => {} };

describe("the public site's refresh", () => {
  it("reads every machine from LEGIBLE_PUBLIC_URLS, else LEGIBLE_PUBLIC_URL", () => {
    expect(
      publicSiteUrls({ LEGIBLE_PUBLIC_URLS: " http://a:3000, http://b:3000 ,", LEGIBLE_PUBLIC_URL: "http://c" }),
    ).toEqual(["http://a:3000", "http://b:3000"]);
    expect(publicSiteUrls({ LEGIBLE_PUBLIC_URL: "http://c" })).toEqual(["http://c"]);
    expect(publicSiteFromEnv({ LEGIBLE_PUBLIC_URL: "http://c" })).toBeNull();
  });

  it("sends the known tags, signed, to every machine, and says whether all confirmed", async () => {
    const [one, two] = [await listen([200, 200]), await listen([503, 503])];
    const site = publicSiteFromEnv({ LEGIBLE_PUBLIC_URLS: `${one.url},${two.url}`, LEGIBLE_REVALIDATE_SECRET: SECRET });
    expect(await site?.refresh(["person:p1", "no such tag", "home"])).toBe(false);
    for (const machine of [one, two]) {
      expect(machine.received).toHaveLength(1);
      const [call] = machine.received as [Received];
      expect(JSON.parse(call.body)).toEqual({ tags: ["person:p1", "home"] });
      expect(verifySignedBody(SECRET, call.signature ?? null, call.body, new SeenSignatures())).toEqual({ ok: true });
    }
    expect(await site?.refresh("all")).toBe(false);
    expect(JSON.parse(one.received[1]?.body ?? "")).toEqual({ tags: [], all: true });
  });

  it("tells every machine again once renders begun before the save have settled", async () => {
    const machine = await listen([200, 200]);
    const site = publicSiteFromEnv({ LEGIBLE_PUBLIC_URL: machine.url, LEGIBLE_REVALIDATE_SECRET: SECRET });
    expect(await site?.refresh(["person:p1"])).toBe(true);
    expect(machine.received).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300));
    expect(machine.received.map((call) => JSON.parse(call.body))).toEqual([
      { tags: ["person:p1"] },
      { tags: ["person:p1"] },
    ]);
    // Signed afresh: the second call is not refused as a replay of the first.
    expect(machine.received[0]?.signature).not.toBe(machine.received[1]?.signature);
  });

  it("sends nothing when no known tag changed", async () => {
    const machine = await listen([]);
    const site = publicSiteFromEnv({ LEGIBLE_PUBLIC_URL: machine.url, LEGIBLE_REVALIDATE_SECRET: SECRET });
    expect(await site?.refresh([])).toBe(true);
    expect(machine.received).toHaveLength(0);
  });

  it("answers false, without throwing, when a machine is down", async () => {
    const machine = await listen([]);
    await new Promise((resolve) => machine.server.close(resolve));
    const site = publicSiteFromEnv({ LEGIBLE_PUBLIC_URL: machine.url, LEGIBLE_REVALIDATE_SECRET: SECRET });
    expect(await site?.refresh(["home"])).toBe(false);
  });
});

describe("the CDN purge webhook", () => {
  it("retries a failure with a fresh signature, then reports the success", async () => {
    const cdn = await listen([500, 502, 200]);
    const webhook = createPurgeWebhook({ url: cdn.url, secret: SECRET, retryDelaysMs: [20, 40, 80], log: silent });
    const started = Date.now();
    webhook.purge({ tags: ["measure:m1", "home"] });
    expect(webhook.report().pending).toBe(1);
    await webhook.settled();
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect(cdn.received).toHaveLength(3);
    const seen = new SeenSignatures();
    for (const call of cdn.received) {
      expect(JSON.parse(call.body)).toEqual({ tags: ["measure:m1", "home"] });
      // Each try is signed anew: a CDN that remembers signatures accepts the retry.
      expect(verifySignedBody(SECRET, call.signature ?? null, call.body, seen).ok).toBe(true);
    }
    expect(webhook.report()).toMatchObject({ status: "ok", pending: 0, lastFailure: null });
    expect(webhook.report().lastSuccessAt).not.toBeNull();
  });

  it("gives up after the last retry, logs each failure and reports it", async () => {
    const cdn = await listen([500, 500, 500]);
    const logged: string[] = [];
    const log = { warn: (line: string) => logged.push(line), error: (line: string) => logged.push(line) };
    const webhook = createPurgeWebhook({ url: cdn.url, secret: SECRET, retryDelaysMs: [10, 10], log });
    webhook.purge({ tags: [], all: true });
    await webhook.settled();
    expect(cdn.received).toHaveLength(3);
    expect(logged).toHaveLength(3);
    expect(webhook.report()).toMatchObject({
      status: "failing",
      lastFailure: { tags: "all", attempts: 3, error: "answered 500" },
    });
  });

  it("is called by every refresh, without holding it up", async () => {
    const [machine, cdn] = [await listen([200]), await listen([500, 200])];
    const env = {
      LEGIBLE_PUBLIC_URL: machine.url,
      LEGIBLE_REVALIDATE_SECRET: SECRET,
      LEGIBLE_PURGE_WEBHOOK_URL: `${cdn.url}/purge`,
    };
    const site = publicSiteFromEnv(env);
    expect(await site?.refresh(["vote:v1"])).toBe(true);
    // The refresh answered while the webhook's retry (after 1 s) is still to come.
    expect(cdn.received.length).toBeLessThan(2);
    expect(purgeHealthParts(env)).toEqual([
      { name: "purge", state: "ok", detail: "CDN purge webhook: no purge sent yet" },
    ]);
    await purgeWebhookFromEnv(env)?.settled();
    expect(cdn.received.map((call) => JSON.parse(call.body))).toEqual([{ tags: ["vote:v1"] }, { tags: ["vote:v1"] }]);
    expect(purgeHealthParts(env)).toMatchObject([{ name: "purge", state: "ok" }]);
    expect(purgeHealthParts({})).toEqual([]);
  });
});
