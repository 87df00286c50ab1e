import { ExplainerSection } from "./section";
import type { RecordLang, SourceView } from "./types";
import type { ExplainerWords } from "./words";

/** Every source the page cites, numbered as the citations link to them. */
export function SourcesList({
  words,
  sources,
  recordLang,
}: {
  words: ExplainerWords;
  sources: SourceView[];
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.sources");
  const sections = words.t("explainer.sections");
  const notOnRecord = words.t("explainer")("notOnRecord");
  if (sources.length === 0) return null;
  return (
    <ExplainerSection id="sources" title={sections("sources")}>
      <ol className="mt-3 space-y-3">
        {sources.map((source) => (
          <li
            key={source.id}
            id={`source-${source.number}`}
            tabIndex={-1}
            className="flex scroll-mt-4 gap-3 rounded-card border border-line bg-paper p-3 target:ring-2 target:ring-primary"
          >
            <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary-dark font-bold text-paper">
              {source.number}
            </span>
            <div className="min-w-0">
              <p className="font-bold" lang={recordLang}>
                {source.title}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-muted">{t("kind")}</dt>
                <dd>{t(`kinds.${source.kind}`)}</dd>
                <dt className="text-muted">{t("publisher")}</dt>
                <dd lang={source.publisher ? recordLang : undefined}>{source.publisher ?? notOnRecord}</dd>
                <dt className="text-muted">{t("date")}</dt>
                <dd>{source.date ?? notOnRecord}</dd>
                <dt className="text-muted">{t("link")}</dt>
                <dd className="break-all">
                  {source.url ? (
                    <a href={source.url} className="text-primary underline">
                      {source.url}
                    </a>
                  ) : (
                    notOnRecord
                  )}
                </dd>
                {source.accessedOn ? (
                  <>
                    <dt className="text-muted">{t("checked")}</dt>
                    <dd>{source.accessedOn}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          </li>
        ))}
      </ol>
    </ExplainerSection>
  );
}
