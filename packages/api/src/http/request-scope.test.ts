import { Writable } from "node:stream";
import { createLogger, currentRequestId, setProcessLogger } from "@legible/observe";
import { beforeEach, describe, expect, it } from "vitest";
import { inRequestScope } from "./request-scope";

const lines: Record<string, unknown>[] = [];
beforeEach(() => {
  lines.length = 0;
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  setProcessLogger(createLogger({ destination, level: "info" }));
});

const request = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/trpc/people.list?input=%7B%22q%22%3A%22ana%40example.org%22%7D", { headers });

describe("a route handler run as one request", () => {
  it("runs under the incoming id, sends it back and logs the answer without its query string", async () => {
    let seen: string | null = null;
    const response = await inRequestScope(
      request({ "x-request-id": "staff-0001" }),
      async () => {
        seen = currentRequestId();
        return Response.json({ ok: true }, { status: 201 });
      },
      { accessLog: true },
    );
    expect(seen).toBe("staff-0001");
    expect(response.headers.get("x-request-id")).toBe("staff-0001");
    expect(lines).toEqual([
      expect.objectContaining({
        requestId: "staff-0001",
        msg: "request",
        method: "GET",
        path: "/api/trpc/people.list",
        status: 201,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain("example.org");
  });

  it("makes an id for a request without an acceptable one, even on a redirect's fixed headers", async () => {
    const response = await inRequestScope(request({ "x-request-id": "has spaces <b>" }), async () =>
      Response.redirect("http://localhost/elsewhere", 303),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost/elsewhere");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // No access line unless asked for: the public site's own server writes that one.
    expect(lines).toEqual([]);
  });
});
