import { alertsCaller } from "@legible/api/alerts";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsPage, type AlertsPageProps, alertsPageMetadata, tokenFrom } from "@/components/alerts/alerts-page";
import { LinkProblem } from "@/components/alerts/link-problem";

export const dynamic = "force-dynamic";

type Props = AlertsPageProps;

export const generateMetadata = alertsPageMetadata("alerts.confirm");

/** The confirmation email's link: opening it starts the alert (double opt-in). */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts");
  const caller = await alertsCaller(null);
  const result = caller ? await caller.confirm({ token: await tokenFrom(searchParams) }) : null;
  if (result?.state !== "confirmed") {
    return (
      <AlertsPage>
        <LinkProblem problem={result?.problem ?? "off"} />
      </AlertsPage>
    );
  }
  const thing = t(`kinds.${result.scope as "measure"}`, { name: result.name });
  return (
    <AlertsPage>
      <h1 className="font-serif text-3xl font-bold">{t("confirm.title")}</h1>
      <p className="mt-4 text-lg">{t("confirm.body", { thing })}</p>
      <p className="mt-4">{t("confirm.manageHint")}</p>
      <p className="mt-6">
        <a href={result.path} className="font-bold underline">
          {t("confirm.see")}
        </a>
      </p>
    </AlertsPage>
  );
}
