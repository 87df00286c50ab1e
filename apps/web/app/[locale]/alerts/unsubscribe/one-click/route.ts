import { alertsCallerFor, seeOther } from "@/lib/alerts-routes";
import { pageLocale } from "@/lib/record-page";

export const dynamic = "force-dynamic";

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs `List-Unsubscribe=One-Click` here, from
 * anywhere, with the token in the address; the token is the only authority. The unsubscribe
 * page's button posts here too and is shown the result page.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const form = await request.formData().catch(() => null);
  const fromPage = form?.get("from") === "page";
  const caller = await alertsCallerFor(request);
  const result = caller ? await caller.unsubscribe({ token: tokenOf(request) }) : null;
  const done = result?.state === "done";
  if (fromPage) {
    return seeOther(
      request,
      locale,
      done ? "/alerts/done?what=unsubscribed" : `/alerts/unsubscribe?token=${encodeURIComponent(tokenOf(request))}`,
    );
  }
  return new Response(done ? "Unsubscribed.\n" : "This unsubscribe link does not work.\n", {
    status: done ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A person who opens the address: the page with the button (a GET never unsubscribes). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  return seeOther(request, locale, `/alerts/unsubscribe?token=${encodeURIComponent(tokenOf(request))}`);
}
