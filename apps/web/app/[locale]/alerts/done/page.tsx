import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsPage, type AlertsPageProps, alertsPageMetadata } from "@/components/alerts/alerts-page";
import { Link } from "@/i18n/navigation";

type Props = AlertsPageProps;

const OUTCOMES = ["unsubscribed", "removed", "changed", "deleted"] as const;

export const generateMetadata = alertsPageMetadata("alerts.done");

/** What an alerts form did, in words; a manage link's token (`back`) leads back to the list. */
export default async function DonePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts");
  const query = await searchParams;
  const what = OUTCOMES.find((outcome) => outcome === query.what) ?? "changed";
  const back = typeof query.back === "string" ? query.back : null;
  return (
    <AlertsPage>
      <h1 className="font-serif text-3xl font-bold">{t("done.title")}</h1>
      <p role="status" className="mt-4 text-lg">
        {t(`done.${what}`)}
      </p>
      <p className="mt-6">
        {back ? (
          <Link href={`/alerts/manage?token=${encodeURIComponent(back)}`} className="font-bold underline">
            {t("manage.title")}
          </Link>
        ) : (
          <Link href="/" className="underline">
            {t("done.home")}
          </Link>
        )}
      </p>
    </AlertsPage>
  );
}
