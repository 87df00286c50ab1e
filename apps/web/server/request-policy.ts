import type { IncomingMessage, ServerResponse } from "node:http";
import { newNonce, publicScriptPolicy } from "@legible/api/http";

// What the public site's server does to every request before Next sees it. This used to be a
// Next proxy (middleware); done here it costs next to nothing, where the proxy step took about
// a third of the CPU of serving a cached page (README, Benchmarks).

const MALFORMED_ADDRESS = "This address is not valid. Check it for typing mistakes.";

/**
 * Prepares one request for Next, or answers it: false when it was answered here.
 * - A malformed address (a broken %-escape) would make Next fail with a 500; it gets a 400.
 * - A fresh script nonce goes on the request as its Content-Security-Policy. Next stamps it on
 *   its own scripts if this request causes a render, and components/script-policy.tsx writes the
 *   same nonce into the page's <meta> policy. A policy a client sent is replaced, never used.
 * - Browsers are told to keep to HTTPS where the site is served over it.
 */
export function applyRequestPolicy(
  request: IncomingMessage,
  response: ServerResponse,
  options: { https: boolean; development?: boolean },
): boolean {
  try {
    decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(MALFORMED_ADDRESS);
    return false;
  }
  request.headers["content-security-policy"] = publicScriptPolicy({
    nonce: newNonce(),
    development: options.development,
  });
  delete request.headers["content-security-policy-report-only"];
  if (options.https) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return true;
}
