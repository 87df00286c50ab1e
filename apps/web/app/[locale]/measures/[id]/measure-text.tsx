import { RecordSection } from "@legible/ui/record-section";
import { useLocale, useTranslations } from "next-intl";
import type { MeasureView } from "@/lib/record-views";

/** The measure's text, section by section, marked with its language when it differs from the page's. */
export function MeasureText({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const locale = useLocale();
  const lang = measure.recordLanguage;
  return (
    <RecordSection id="text" title={t("measure.textTitle")}>
      {measure.textSections.length ? (
        <div className="space-y-4">
          {measure.textSections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections keep their order and may share a number.
            <section key={index} lang={lang === locale ? undefined : lang}>
              {section.number || section.heading ? (
                <h3 className="font-bold">{[section.number, section.heading].filter(Boolean).join(". ")}</h3>
              ) : null}
              <p className="whitespace-pre-line">{section.text}</p>
            </section>
          ))}
        </div>
      ) : (
        <p>{t("measure.textEmpty")}</p>
      )}
    </RecordSection>
  );
}
