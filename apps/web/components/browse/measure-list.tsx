import { Badge } from "@legible/ui/badge";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { MeasureRowView } from "@/lib/browse-views";
import { RecordText } from "../records/record-text";

/**
 * One page of measures: each title links to its record, with its kind, where it stands, who
 * decides it, its latest step and, when published, its explainer.
 */
export function MeasureList({
  measures,
  recordLanguage,
}: {
  measures: readonly MeasureRowView[];
  recordLanguage: string;
}) {
  const t = useTranslations("browse");
  const tr = useTranslations("records");
  return (
    <ul className="space-y-3">
      {measures.map((measure) => (
        <li key={measure.id} className="rounded-card border border-line bg-paper p-3">
          <h3 className="font-bold">
            <Link href={`/measures/${encodeURIComponent(measure.id)}`} className="text-primary underline">
              <RecordText lang={recordLanguage}>
                {measure.identifier ? `${measure.identifier}: ${measure.title}` : measure.title}
              </RecordText>
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <Badge>{t(`stages.${measure.stage}`)}</Badge>
            <span>{tr(`measureKindShort.${measure.kind}`)}</span>
            {measure.body ? (
              <span>
                {t.rich("measures.decidedBy", {
                  body: measure.body.name,
                  record: (chunks) => <RecordText lang={recordLanguage}>{chunks}</RecordText>,
                })}
              </span>
            ) : null}
          </p>
          <p className="mt-1 text-sm">
            {measure.latestAction ? (
              t.rich("measures.latestAction", {
                date: measure.latestAction.date,
                description: measure.latestAction.description,
                when: (chunks) => <time dateTime={measure.latestAction?.iso}>{chunks}</time>,
                record: (chunks) => <RecordText lang={recordLanguage}>{chunks}</RecordText>,
              })
            ) : (
              <span className="text-muted">{t("measures.noAction")}</span>
            )}
          </p>
          {measure.explainer ? (
            <p className="mt-1 text-sm">
              <Link
                href={`/explainers/${encodeURIComponent(measure.id)}`}
                className="text-primary underline"
                hrefLang={measure.explainer.locale}
              >
                {t("measures.explainer")}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
