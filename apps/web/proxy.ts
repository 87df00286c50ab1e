import { newNonce, publicScriptPolicy } from "@legible/api/http";
import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

const localize = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // A malformed address (a broken %-escape) makes Next fail with a 500 further in; refuse it here.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new Response("This address is not valid. Check it for typing mistakes.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  // Next stamps this nonce on its scripts if this request causes a render; the page's own
  // <meta> policy (components/script-policy.tsx) then names it.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", publicScriptPolicy({ nonce: newNonce() }));
  const response = localize(new NextRequest(request, { headers }));
  // Browsers remember to use HTTPS only where the site is served over it.
  if (process.env.LEGIBLE_PUBLIC_URL?.startsWith("https:")) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [
    // Pages only: not the API, feeds, open data, embeds, Next's files or anything with an extension…
    "/((?!api|_next|_vercel|embed|feeds|data|.*\\..*).*)",
    // …but record pages whatever their id, since core's ids may hold a dot: every page must pass
    // here for its language and for its script nonce.
    "/(explainers|measures|people|bodies|votes)/:path*",
    "/(en|es)/(explainers|measures|people|bodies|votes)/:path*",
  ],
};
