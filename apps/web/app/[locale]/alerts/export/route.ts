import { alertsCallerFor, seeOther } from "@/lib/alerts-routes";
import { pageLocale } from "@/lib/record-page";

export const dynamic = "force-dynamic";

/** Everything kept about the address, as a JSON download (a manage link's token). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const caller = await alertsCallerFor(request);
  const result = caller ? await caller.export({ token }) : null;
  if (result?.state !== "ok") {
    return seeOther(request, locale, `/alerts/manage?token=${encodeURIComponent(token)}`);
  }
  return new Response(`${JSON.stringify(result.data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="legible-alerts.json"',
      "Cache-Control": "no-store",
    },
  });
}
