import { useLocale, useTranslations } from "next-intl";
import { RecordText } from "@/components/records/record-text";
import { Link } from "@/i18n/navigation";
import type { MeasureView } from "@/lib/record-views";

/** Points to the measure's plain-language explainer, saying so when it is in the other language. */
export function ExplainerCallout({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const locale = useLocale();
  const lang = measure.recordLanguage;
  const explainer = measure.explainer;
  if (!explainer) return null;
  return (
    <aside
      aria-labelledby="explainer-title"
      className="mt-6 rounded-card border-l-8 border-primary bg-primary-light p-4"
    >
      <h2 id="explainer-title" className="font-bold">
        {t("measure.explainerTitle")}
      </h2>
      <p className="mt-1">
        <Link
          href={`/explainers/${encodeURIComponent(measure.id)}`}
          {...(explainer.locale !== locale ? { locale: explainer.locale, hrefLang: explainer.locale } : {})}
          className="font-bold text-primary-dark underline"
        >
          {t.rich("measure.explainerLink", {
            headline: explainer.headline,
            record: (chunks) => <RecordText lang={explainer.locale ?? lang}>{chunks}</RecordText>,
          })}
        </Link>
      </p>
      {explainer.locale !== locale ? (
        <p className="mt-1 text-sm">
          {t("measure.explainerOtherLanguage", { language: t(`language.${explainer.locale}`) })}
        </p>
      ) : null}
    </aside>
  );
}
