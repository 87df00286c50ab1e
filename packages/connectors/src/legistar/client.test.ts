import { LegistarMatterInput } from "@legible/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateLegistarData, type LegistarServer, startLegistarServer } from "../test-support/legistar-server";
import {
  LegistarClient,
  type LegistarClientOptions,
  LegistarRequestError,
  legistarDateTime,
  retryAfterMs,
} from "./client";

describe("LegistarClient against a Legistar-shaped server", () => {
  let server: LegistarServer;
  beforeAll(async () => {
    server = await startLegistarServer({ data: generateLegistarData({ matters: 120 }), pageCap: 50, token: "s3cret" });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.clearFaults();
    server.requests.length = 0;
  });

  const client = (options: Partial<LegistarClientOptions> = {}) =>
    new LegistarClient({
      client: server.client,
      baseUrl: server.baseUrl,
      token: "s3cret",
      requestsPerSecond: 500,
      backoffMs: 10,
      timeoutMs: 2_000,
      random: () => 0.5,
      ...options,
    });

  it("pages with $top=1000 and $skip through a server that caps pages at 50, to the last short page", async () => {
    const rows = await client().list("matters", {
      schema: LegistarMatterInput,
      orderBy: "MatterLastModifiedUtc,MatterId",
    });
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => (r as { MatterId: number }).MatterId)).size).toBe(120);
    expect(server.requests.map((r) => [r.query.$top, r.query.$skip])).toEqual([
      ["1000", "0"],
      ["1000", "50"],
      ["1000", "100"],
    ]);
  });

  it("stops after a full page only when the next is empty, and reads incrementally by last-modified time", async () => {
    const c = client({ pageSize: 20 });
    const rows = await c.list("matters", {
      since: { field: "MatterLastModifiedUtc", after: "2024-01-05T12:00:00" },
      orderBy: "MatterLastModifiedUtc",
    });
    // Matters are modified at hour 100 + i: after 2024-01-05T12:00 (hour 108) come i = 9…119.
    expect(rows).toHaveLength(111);
    expect(server.requests[0]?.query.$filter).toBe("MatterLastModifiedUtc gt datetime'2024-01-05T12:00:00.000'");
    expect(server.requests).toHaveLength(6);
  });

  it("retries 429 (waiting as Retry-After says), 500 and a hang past its timeout, then answers", async () => {
    server.fault({ path: "bodies", kind: "429", retryAfterSeconds: 1 });
    server.fault({ path: "bodies", kind: "500", times: 2 });
    server.fault({ path: "bodies", kind: "hang" });
    const c = client({ timeoutMs: 300 });
    const started = Date.now();
    const rows = await c.list("bodies");
    expect(rows).toHaveLength(4);
    // A first page shorter than asked may be the server's cap: one more (empty) page ends the list.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(server.requests.map((r) => r.status)).toEqual([429, 500, 500, "hang", 200, 200]);
    expect(c.retries).toBe(4);
  });

  it("gives up after its tries, naming the request without the token", async () => {
    server.fault({ path: "persons", kind: "500", times: 10 });
    const error = await client({ maxTries: 3 })
      .list("persons")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LegistarRequestError);
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/testville\/persons\?\$top=1000&\$skip=0 failed: HTTP 500/,
    );
    expect((error as Error).message).toContain("after 3 tries");
    expect((error as Error).message).not.toContain("s3cret");
  });

  it("fails at once on HTML instead of JSON, on a 4xx, and on a list whose rows all changed shape", async () => {
    server.fault({ path: "matters/1001/histories", kind: "html" });
    const html = await client()
      .getList("matters/1001/histories")
      .catch((e: unknown) => e as LegistarRequestError);
    expect(html).toMatchObject({
      method: "GET",
      reason: expect.stringMatching(/^the answer is not JSON \(text\/html\)/),
    });
    expect((html as LegistarRequestError).url).toMatch(/\/v1\/testville\/matters\/1001\/histories$/);
    expect(server.requests).toHaveLength(1);

    const denied = await client({ token: "wrong" })
      .getList("bodies")
      .catch((e: unknown) => e as LegistarRequestError);
    expect(denied).toMatchObject({ status: 401 });
    expect((denied as Error).message).not.toContain("wrong");

    const shape = await client()
      .getList("bodies", LegistarMatterInput)
      .catch((e: unknown) => e as LegistarRequestError);
    expect((shape as Error).message).toMatch(
      /the answer changed shape: none of its 4 rows has the expected fields \(MatterId/,
    );
  });

  it("keeps to its request rate", async () => {
    const c = client({ requestsPerSecond: 20 });
    const started = Date.now();
    for (let i = 0; i < 6; i++) await c.get("bodies");
    // Six requests at 20 a second: the sixth starts at least 250 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });
});

describe("Legistar request details", () => {
  it("reads Retry-After as seconds or a date, and writes $filter datetimes without a zone", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(new Date(Date.now() + 5_000).toUTCString())).toBeGreaterThan(3_000);
    expect(legistarDateTime("2024-01-01T00:00:00")).toBe("2024-01-01T00:00:00.000");
    expect(legistarDateTime("2024-01-01T00:00:00-06:00")).toBe("2024-01-01T06:00:00.000");
    expect(() => legistarDateTime("yesterday")).toThrow(/not a date-time/);
    expect(() => new LegistarClient({ client: "no such/client" })).toThrow(/client name/);
  });
});
