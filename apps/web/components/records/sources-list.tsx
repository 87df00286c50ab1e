import { RecordSection } from "@legible/ui/record-section";
import { useTranslations } from "next-intl";
import type { SourceView } from "@/lib/record-views";
import { RecordText } from "./record-text";

/** The page's numbered sources, each with its kind, publisher, date and link when on record. */
export function SourcesList({ sources, recordLanguage }: { sources: readonly SourceView[]; recordLanguage: string }) {
  const t = useTranslations("records.sources");
  return (
    <RecordSection id="sources" title={t("title")}>
      {sources.length ? (
        <>
          <p className="text-muted">{t("intro")}</p>
          <ol className="space-y-3">
            {sources.map((source) => (
              <li key={source.id} id={`source-${source.number}`} className="scroll-mt-4">
                <span className="font-bold">[{source.number}]</span>{" "}
                <RecordText lang={recordLanguage}>{source.title}</RecordText>
                <span className="block text-sm text-muted">
                  {t(`kind.${source.kind}`)} · {source.publisher ?? t("publisherUnknown")} ·{" "}
                  {source.date ?? t("dateUnknown")}
                </span>
                {source.url ? (
                  <a href={source.url} className="text-sm text-primary underline" rel="noopener">
                    {t("open")}
                  </a>
                ) : (
                  <span className="block text-sm text-muted">{t("noLink")}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
    </RecordSection>
  );
}
