import { AlertSubscribeInputSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { alertsCallerFor, crossSite, plainFormPage, sameSiteReferrer, seeOther } from "@/lib/alerts-routes";
import { pageLocale } from "@/lib/record-page";

export const dynamic = "force-dynamic";

/**
 * The "Follow by email" form. Whatever the address (new, known, confirmed, paused), the answer is
 * the same "check your email" page; a flood from one connection gets 429 before anything is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const refused = crossSite(request);
  if (refused) return refused;
  const back = sameSiteReferrer(request);
  const form = await request.formData().catch(() => null);
  const parsed = AlertSubscribeInputSchema.safeParse({
    email: form?.get("email"),
    scope: form?.get("scope"),
    target: form?.get("target"),
    frequency: form?.get("frequency") ?? undefined,
    locale,
  });
  const caller = await alertsCallerFor(request);
  if (!caller) return plainFormPage(locale, 400, "bad", back);
  try {
    if (!parsed.success) return plainFormPage(locale, 400, "bad", back);
    await caller.subscribe(parsed.data);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS")
      return plainFormPage(locale, 429, "tooMany", back);
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) {
      return plainFormPage(locale, 400, "bad", back);
    }
    throw error;
  }
  return seeOther(request, locale, "/alerts/check-email");
}
