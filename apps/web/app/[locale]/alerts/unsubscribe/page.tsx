import { checkUnsubscribeLink } from "@legible/api/alerts";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsPage, type AlertsPageProps, alertsPageMetadata, tokenFrom } from "@/components/alerts/alerts-page";
import { LinkProblem } from "@/components/alerts/link-problem";
import { getPathname } from "@/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = AlertsPageProps;

export const generateMetadata = alertsPageMetadata("alerts.unsubscribe");

/** An email's "Stop this alert" link: a button, since opening a link must never unsubscribe. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts.unsubscribe");
  const token = await tokenFrom(searchParams);
  const check = checkUnsubscribeLink(token);
  if (!check?.ok) {
    return (
      <AlertsPage>
        <LinkProblem problem={check ? check.reason : "off"} />
      </AlertsPage>
    );
  }
  const action = `${getPathname({ href: "/alerts/unsubscribe/one-click", locale })}?token=${encodeURIComponent(token)}`;
  return (
    <AlertsPage>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t(check.claims.purpose === "unsubscribe-daily" ? "daily" : "body")}</p>
      <form action={action} method="post" className="mt-4">
        <input type="hidden" name="from" value="page" />
        <button
          type="submit"
          className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
        >
          {t("submit")}
        </button>
      </form>
    </AlertsPage>
  );
}
