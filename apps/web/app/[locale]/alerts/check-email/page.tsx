import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsPage, type AlertsPageProps, alertsPageMetadata } from "@/components/alerts/alerts-page";

type Props = Pick<AlertsPageProps, "params">;

export const generateMetadata = alertsPageMetadata("alerts.check");

/** After "Follow by email": the same words for every address, known or not. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts.check");
  return (
    <AlertsPage>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("body")}</p>
      <p className="mt-4">{t("notThere")}</p>
    </AlertsPage>
  );
}
