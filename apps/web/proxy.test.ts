import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import proxy, { config } from "./proxy";

function visit(address: string) {
  return proxy(new NextRequest(new URL(address, "http://localhost:3000")));
}

/** The request headers the proxy hands on to the page render (Next's override protocol). */
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe("the public site's proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("asks for strict transport only when the site's public address is https", () => {
    vi.stubEnv("LEGIBLE_PUBLIC_URL", "https://legible.example.org");
    expect(visit("/").headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    vi.stubEnv("LEGIBLE_PUBLIC_URL", "http://localhost:3000");
    expect(visit("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("hands each request a fresh script nonce for Next to stamp on the scripts of a render", () => {
    const nonces = [visit("/people/person-karen-bass"), visit("/people/person-karen-bass")].map((response) => {
      const policy = forwardedRequestHeader(response, "content-security-policy") ?? "";
      expect(policy).not.toContain("unsafe-inline");
      return /'nonce-([^']+)'/.exec(policy)?.[1];
    });
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[1]).not.toBe(nonces[0]);
  });

  it("refuses a malformed address with 400 and a plain sentence", async () => {
    const response = visit("/people/%E0%A4%A");
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("This address is not valid. Check it for typing mistakes.");
  });

  it("runs for every page, record ids with a dot included, and for no file, feed or API call", () => {
    const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const page of ["/", "/es", "/search", "/people/person-karen-bass", "/es/people/ocd-person.j.smith"]) {
      expect(runsFor(page), page).toBe(true);
    }
    expect(runsFor("/people/person-j.smith")).toBe(true);
    expect(runsFor("/en/measures/measure-2024.11")).toBe(true);
    for (const other of [
      "/api/health",
      "/_next/static/chunks/app.js",
      "/icon.svg",
      "/feeds/en/site.rss",
      "/embed/votes/x",
    ]) {
      expect(runsFor(other), other).toBe(false);
    }
  });
});
