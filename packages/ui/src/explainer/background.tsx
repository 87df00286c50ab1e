import { Citations } from "./citations";
import { RecordLink } from "./record-link";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { RecordLang, RelatedMeasureView, TextBlockView } from "./types";
import type { ExplainerWords } from "./words";

/** How we got here, and the other measures this one builds on or touches. */
export function Background({
  words,
  block,
  related,
  recordLang,
}: {
  words: ExplainerWords;
  block: TextBlockView | null;
  related: RelatedMeasureView[];
  recordLang: RecordLang;
}) {
  const t = words.t("explainer");
  if (!block && related.length === 0) return null;
  return (
    <ExplainerSection id="background" title={t("sections.background")}>
      {block ? (
        <>
          <RichParagraphs paragraphs={block.paragraphs} />
          <Citations words={words} citations={block.citations} />
        </>
      ) : null}
      {related.length ? (
        <>
          <h3 className="mt-6 text-lg font-bold">{t("related.title")}</h3>
          <ul className="mt-2 space-y-3">
            {related.map((measure) => (
              <li key={measure.measureId ?? measure.title} className="rounded-card border border-line bg-paper p-3">
                <p className="text-sm font-bold text-primary-dark">{t(`related.relation.${measure.relation}`)}</p>
                <p className="font-bold" lang={recordLang}>
                  {measure.measureId ? (
                    <RecordLink words={words} kind="measure" id={measure.measureId}>
                      {measure.title}
                    </RecordLink>
                  ) : (
                    measure.title
                  )}
                </p>
                <p className="text-sm text-muted">
                  {measure.classification ? t(`classification.${measure.classification}`) : null}
                  {measure.classification ? " · " : null}
                  {t("facts.identifier")}: {measure.identifier ?? t("notOnRecord")}
                </p>
                {measure.abstract ? (
                  <p className="mt-1" lang={recordLang}>
                    {measure.abstract}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ExplainerSection>
  );
}
