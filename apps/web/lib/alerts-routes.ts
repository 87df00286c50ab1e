import "server-only";
import { alertsCaller } from "@legible/api/alerts";
import { CLIENT_ADDRESS_HEADER, refuseCrossSite } from "@legible/api/http";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { escapeHtml } from "@/lib/html";
import { pageLocale } from "@/lib/record-page";

// Shared by the email-alert form handlers: the caller with the client's address (stamped by the
// site's server, never taken from the client), a 303 to a page after a POST, and a plain page
// for a refused form (a 400 or a 429 cannot come from a page component).

export async function alertsCallerFor(request: Request) {
  return alertsCaller(request.headers.get(CLIENT_ADDRESS_HEADER));
}

/**
 * After a POST: see the result page (303, so a reload does not send the form again). The address
 * is relative: the host Next sees behind the site's server can differ from the browser's, and CSP's
 * form-action 'self' blocks a form's redirect to another origin.
 */
export function seeOther(_request: Request, locale: string, href: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: getPathname({ href, locale }), "Cache-Control": "no-store" },
  });
}

/** Refuses a form posted from another site (the one-click unsubscribe is the one exception). */
export function crossSite(request: Request): Response | null {
  // The site's own addresses count as this site, whatever host the request reached it by.
  const own = [process.env.LEGIBLE_PUBLIC_URL, ...(process.env.LEGIBLE_PUBLIC_URLS ?? "").split(",")]
    .map((url) => url?.trim())
    .filter((url): url is string => Boolean(url) && URL.canParse(url as string));
  return refuseCrossSite(request, own);
}

/** A small page in the visitor's language saying what went wrong with a form and what to do. */
export async function plainFormPage(
  locale: string,
  status: 400 | 429,
  kind: "bad" | "tooMany",
  back: string | null,
): Promise<Response> {
  const language = pageLocale(locale);
  const t = await getTranslations({ locale: language, namespace: "alerts.form" });
  const title = t(kind === "bad" ? "badTitle" : "tooManyTitle");
  const link = back ?? getPathname({ href: "/", locale: language });
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Legible</title></head>
<body style="font-family:Georgia,serif;font-size:18px;line-height:1.5;max-width:40em;margin:2em auto;padding:0 1em"><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t(kind))}</p><p><a href="${escapeHtml(link)}">${escapeHtml(t("back"))}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...(status === 429 ? { "Retry-After": "600" } : {}),
    },
  });
}

/** The page a form came from, when it is this site's own page (to go back to). */
export function sameSiteReferrer(request: Request): string | null {
  const referrer = request.headers.get("referer");
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    return url.origin === new URL(request.url).origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}
