import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisServerMissing, type TestRedis, testRedis } from "../../../../scripts/lib/redis-server";
import { handlePublicRequest } from "../server";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "./client-address";
import { callsIn, createPublicRateLimit, type PublicRateLimit } from "./public-rate-limit";

// The public API's per-address limit: 429 with Retry-After in plain words after the limit,
// counted per address, each procedure of a batch a call; with Redis, two app instances share
// one count, and a Redis that stops leaves each counting on its own without an error.

const missing = redisServerMissing();
if (missing && process.env.CI === "true") throw new Error(`Rate limit tests need Redis: ${missing}`);
if (missing) console.warn(`Shared rate limit tests skipped: ${missing}`);

async function takeAll(limit: PublicRateLimit, address: string, times: number): Promise<(Response | null)[]> {
  const answers: (Response | null)[] = [];
  for (let i = 0; i < times; i++) answers.push(await limit.take(address, 1));
  return answers;
}

describe("the public rate limit on one machine", () => {
  it("answers 429 with Retry-After after the limit, per address", async () => {
    const limit = createPublicRateLimit({ points: 3, windowSeconds: 60, redisUrl: null });
    const answers = await takeAll(limit, "198.51.100.1", 4);
    expect(answers.slice(0, 3)).toEqual([null, null, null]);
    const refused = answers[3];
    expect(refused?.status).toBe(429);
    const wait = Number(refused?.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    const body = (await refused?.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.message).toBe(`Too many requests from your address. Wait ${wait} seconds, then try again.`);
    expect(body.error.data.code).toBe("TOO_MANY_REQUESTS");
    // Another address has its own count.
    expect(await limit.take("198.51.100.2", 1)).toBeNull();
    await limit.close();
  });

  it("counts each procedure of a batch", () => {
    expect(callsIn(new Request("http://site.test/api/trpc/site.latest,search.query,browse.measures?batch=1"))).toBe(3);
    expect(callsIn(new Request("http://site.test/api/trpc/site.latest"))).toBe(1);
  });

  it("guards /api/trpc: a batch over the limit is refused before any procedure runs", async () => {
    const previous = process.env.LEGIBLE_PUBLIC_RATE_LIMIT;
    process.env.LEGIBLE_PUBLIC_RATE_LIMIT = "2";
    const slot = globalThis as unknown as { legiblePublicRateLimit?: PublicRateLimit };
    slot.legiblePublicRateLimit = undefined;
    try {
      const response = await handlePublicRequest(
        new Request("http://site.test/api/trpc/site.latest,site.latest,site.latest?batch=1", {
          headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.7" },
        }),
      );
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBeTruthy();
    } finally {
      await (slot.legiblePublicRateLimit as PublicRateLimit | undefined)?.close();
      slot.legiblePublicRateLimit = undefined;
      if (previous === undefined) delete process.env.LEGIBLE_PUBLIC_RATE_LIMIT;
      else process.env.LEGIBLE_PUBLIC_RATE_LIMIT = previous;
    }
  });
});

describe("the client's address", () => {
  it("is the connection's own with no proxy in front, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("203.0.113.50", "198.51.100.9", 0)).toBe("198.51.100.9");
  });
  it("is the entry before our proxies' behind them, so a forged first entry is ignored", () => {
    // A client sent "X-Forwarded-For: 203.0.113.50"; nginx appended the address it saw.
    expect(clientAddressOf("203.0.113.50, 198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(clientAddressOf("198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(clientAddressOf(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });
});

describe.skipIf(missing !== null)("the public rate limit shared through Redis", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await testRedis();
    await redis.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const connected = async (limit: PublicRateLimit) => {
    // The client connects in the background; until then the machine counts on its own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return limit;
  };

  it("two app instances count one address together", async () => {
    const settings = { points: 4, windowSeconds: 60, redisUrl: redis.url };
    const first = await connected(createPublicRateLimit(settings));
    const second = await connected(createPublicRateLimit(settings));
    try {
      // Round-robin: the calls alternate between the two machines.
      expect(await first.take("203.0.113.1", 1)).toBeNull();
      expect(await second.take("203.0.113.1", 1)).toBeNull();
      expect(await first.take("203.0.113.1", 1)).toBeNull();
      expect(await second.take("203.0.113.1", 1)).toBeNull();
      // Alone, each has counted two of four: only the shared count refuses the fifth.
      expect((await first.take("203.0.113.1", 1))?.status).toBe(429);
      expect((await second.take("203.0.113.1", 1))?.status).toBe(429);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("keeps limiting on each machine, without an error, while Redis is stopped", async () => {
    const limit = await connected(createPublicRateLimit({ points: 2, windowSeconds: 60, redisUrl: redis.url }));
    try {
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answers = await takeAll(limit, "203.0.113.2", 3);
      expect(answers.slice(0, 2)).toEqual([null, null]);
      expect(answers[2]?.status).toBe(429);
    } finally {
      await limit.close();
      await redis.start();
    }
  });
});
