import { describe, expect, it } from "vitest";
import { guardRequest, MAX_REQUEST_BYTES, refuseCrossSite, withBodyLimit } from "./request-guards";

const URL_ = "http://localhost:3001/api/trpc/people.create";

describe("refusing requests from other websites", () => {
  it("refuses a write a browser sent from another site, by Sec-Fetch-Site", async () => {
    const forged = new Request(URL_, { method: "POST", headers: { "sec-fetch-site": "cross-site" } });
    const refused = refuseCrossSite(forged);
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: "This request came from another website, so it was refused." });
    expect(
      refuseCrossSite(new Request(URL_, { method: "POST", headers: { "sec-fetch-site": "same-site" } }))?.status,
    ).toBe(403);
  });

  it("refuses a write whose Origin is another site, or opaque", () => {
    for (const origin of ["https://evil.example", "http://localhost:3000", "null"]) {
      expect(refuseCrossSite(new Request(URL_, { method: "POST", headers: { origin } }))?.status, origin).toBe(403);
    }
  });

  it("lets the app's own pages, trusted origins, reads and server-to-server calls through", () => {
    const own = new Request(URL_, {
      method: "POST",
      headers: { origin: "http://localhost:3001", "sec-fetch-site": "same-origin" },
    });
    expect(refuseCrossSite(own)).toBeNull();
    const trusted = new Request(URL_, { method: "POST", headers: { origin: "https://staff.example.org" } });
    expect(refuseCrossSite(trusted, ["https://staff.example.org/"])).toBeNull();
    expect(refuseCrossSite(new Request(URL_, { headers: { "sec-fetch-site": "cross-site" } }))).toBeNull();
    expect(refuseCrossSite(new Request(URL_, { method: "POST" }))).toBeNull();
  });
});

describe("the request size limit", () => {
  it("refuses a body over the limit with 413, whether or not it declares its length", async () => {
    const big = "x".repeat(MAX_REQUEST_BYTES + 1);
    const declared = await withBodyLimit(new Request(URL_, { method: "POST", body: big }));
    expect(declared).toBeInstanceOf(Response);
    expect((declared as Response).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("y".repeat(300 * 1024)));
        controller.close();
      },
    });
    const undeclared = await withBodyLimit(
      new Request(URL_, { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    expect((undeclared as Response).status).toBe(413);
  });

  it("passes a body within the limit on unchanged", async () => {
    const guarded = await guardRequest(new Request(URL_, { method: "POST", body: '{"name":"Ada"}' }));
    expect(guarded).toBeInstanceOf(Request);
    expect(await (guarded as Request).json()).toEqual({ name: "Ada" });
  });
});
