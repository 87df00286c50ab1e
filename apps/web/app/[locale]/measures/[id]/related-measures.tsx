import { RecordSection } from "@legible/ui/record-section";
import { useTranslations } from "next-intl";
import { RecordText } from "@/components/records/record-text";
import { Link } from "@/i18n/navigation";
import type { MeasureView } from "@/lib/record-views";

/** Measures this one codifies, amends, supersedes or relates to. */
export function RelatedMeasures({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const lang = measure.recordLanguage;
  const link = "text-primary underline";
  return (
    <RecordSection id="related" title={t("measure.relatedTitle")}>
      {measure.relatedMeasures.length ? (
        <ul className="space-y-2">
          {measure.relatedMeasures.map((related) => {
            const name = <RecordText lang={lang}>{related.title ?? related.identifier ?? t("notOnRecord")}</RecordText>;
            return (
              <li key={`${related.relation}-${related.measureId ?? related.title ?? related.identifier}`}>
                <span className="block text-sm font-bold text-muted">{t(`relation.${related.relation}`)}</span>
                {related.measureId ? (
                  <Link href={`/measures/${encodeURIComponent(related.measureId)}`} className={link}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("measure.relatedEmpty")}</p>
      )}
    </RecordSection>
  );
}
