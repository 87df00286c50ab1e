import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import proxy from "./proxy";

function visit(address: string) {
  return proxy(new NextRequest(new URL(address, "http://localhost:3001")));
}

describe("the staff app's proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("asks for strict transport only when the staff app's address is https", () => {
    vi.stubEnv("BETTER_AUTH_URL", "https://staff.example.org");
    expect(visit("/").headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    vi.stubEnv("BETTER_AUTH_URL", "http://localhost:3001");
    expect(visit("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("gives every response its own nonce, the same in the policy it sends and the one the render reads", () => {
    const [first, second] = [visit("/"), visit("/")];
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    for (const response of [first, second]) {
      const sent = response.headers.get("content-security-policy");
      expect(sent).toContain("frame-ancestors 'none'");
      const scripts = sent?.split("; ").find((directive) => directive.startsWith("script-src "));
      expect(scripts).toContain("'strict-dynamic'");
      expect(scripts).not.toContain("unsafe-inline");
      expect(nonceOf(response.headers.get("x-middleware-request-content-security-policy"))).toBe(nonceOf(sent));
    }
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(
      nonceOf(second.headers.get("content-security-policy")),
    );
  });
});
