import { AlertFrequencySchema } from "@legible/core";
import { alertsCallerFor, crossSite, plainFormPage, seeOther } from "@/lib/alerts-routes";
import { pageLocale } from "@/lib/record-page";

export const dynamic = "force-dynamic";

/** The manage page's forms: how often one alert comes, stop one, or delete everything. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const refused = crossSite(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const token = String(form?.get("token") ?? "");
  const action = String(form?.get("action") ?? "");
  const subscriptionId = String(form?.get("subscription") ?? "");
  const caller = await alertsCallerFor(request);
  if (!caller) return plainFormPage(locale, 400, "bad", null);
  const manage = `/alerts/manage?token=${encodeURIComponent(token)}`;
  const problem = (result: { state: string; problem?: string }) =>
    result.state === "invalid" ? seeOther(request, locale, `${manage}`) : null;
  if (action === "frequency") {
    const frequency = AlertFrequencySchema.safeParse(form?.get("frequency"));
    if (!frequency.success) return plainFormPage(locale, 400, "bad", null);
    const result = await caller.changeFrequency({ token, choice: { subscriptionId, frequency: frequency.data } });
    return problem(result) ?? seeOther(request, locale, `/alerts/done?what=changed&back=${encodeURIComponent(token)}`);
  }
  if (action === "remove") {
    const result = await caller.remove({ token, subscriptionId });
    return problem(result) ?? seeOther(request, locale, `/alerts/done?what=removed&back=${encodeURIComponent(token)}`);
  }
  if (action === "delete-everything") {
    const result = await caller.deleteEverything({ token });
    return problem(result) ?? seeOther(request, locale, "/alerts/done?what=deleted");
  }
  return plainFormPage(locale, 400, "bad", null);
}
