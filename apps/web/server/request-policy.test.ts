import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { applyRequestPolicy } from "./request-policy";

function visit(url: string, headers: Record<string, string> = {}, options = { https: false }) {
  const request = new IncomingMessage(new Socket());
  request.url = url;
  request.method = "GET";
  Object.assign(request.headers, headers);
  const response = new ServerResponse(request);
  const body: string[] = [];
  response.end = ((chunk?: string) => {
    if (chunk) body.push(chunk);
    return response;
  }) as ServerResponse["end"];
  const handOn = applyRequestPolicy(request, response, options);
  return { handOn, request, response, body: body.join("") };
}

const nonceOf = (policy: string | string[] | undefined) => /'nonce-([^']+)'/.exec(String(policy))?.[1];

describe("the public site's request policy", () => {
  it("hands each request a fresh script nonce for Next to stamp on the scripts of a render", () => {
    const [first, second] = [visit("/people/person-karen-bass"), visit("/people/person-karen-bass")];
    expect(first.handOn).toBe(true);
    const policy = String(first.request.headers["content-security-policy"]);
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline");
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.request.headers["content-security-policy"])).not.toBe(nonceOf(policy));
  });

  it("never lets a policy a client sent reach the render", () => {
    const { request } = visit("/", {
      "content-security-policy": "script-src 'nonce-chosen-by-attacker'",
      "content-security-policy-report-only": "script-src 'nonce-chosen-by-attacker'",
    });
    expect(request.headers["content-security-policy"]).not.toContain("chosen-by-attacker");
    expect(request.headers["content-security-policy-report-only"]).toBeUndefined();
  });

  it("asks for strict transport only when the site's public address is https", () => {
    expect(visit("/", {}, { https: true }).response.getHeader("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(visit("/", {}, { https: false }).response.getHeader("strict-transport-security")).toBeUndefined();
  });

  it("refuses a malformed address with 400 and a plain sentence", () => {
    const { handOn, response, body } = visit("/people/%E0%A4%A");
    expect(handOn).toBe(false);
    expect(response.statusCode).toBe(400);
    expect(body).toBe("This address is not valid. Check it for typing mistakes.");
  });
});
