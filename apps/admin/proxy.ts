import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@legible/api/http";
import { REQUEST_ID_HEADER, requestIdOf } from "@legible/observe/request-id";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Every staff page gets a fresh script nonce in its Content-Security-Policy (Next puts the
 * nonce on its own scripts when it finds the policy on the request), may not be framed, and
 * carries the shared security headers. Its request id (an acceptable incoming x-request-id, or a
 * new one) goes on to the routes behind, whose logs and queries carry it, and back in the answer.
 */
export default function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameAncestors: "'none'",
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set(REQUEST_ID_HEADER, requestId);
  const https = (process.env.BETTER_AUTH_URL ?? request.nextUrl.origin).startsWith("https:");
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https, referrerPolicy: "same-origin" }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Everything but Next's own static files, which carry no user data, and the import upload: a
  // proxy makes Next buffer a request's body (10 MB at most, the rest cut off), and an upload of
  // any size must reach its route as a stream. The route sets its own headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/imports).*)"],
};
