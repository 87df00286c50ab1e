import { Citations, SourceLink } from "./citations";
import { InferredDetails, InferredMark } from "./inferred";
import { RecordLink } from "./record-link";
import { RichParagraphs } from "./rich-text";
import { StageSteps } from "./stage-steps";
import type { ExplainerView, RecordLang } from "./types";
import type { ExplainerWords } from "./words";

/** The top box: the short version, where the measure stands, and the facts about it. */
export function SummaryBox({
  words,
  view,
  recordLang,
}: {
  words: ExplainerWords;
  view: ExplainerView;
  recordLang: RecordLang;
}) {
  const t = words.t("explainer");
  const { stage, measure } = view;
  const introducers = measure.sponsors.filter((sponsor) => sponsor.primary);
  const notOnRecord = <span className="text-muted">{t("notOnRecord")}</span>;
  return (
    <section
      id="summary"
      aria-labelledby="summary-heading"
      className="mt-6 rounded-card border-l-8 border-primary bg-paper p-4 shadow-sm sm:p-6"
    >
      <h2 id="summary-heading" className="font-serif text-xl font-bold">
        {t("summary.title")}
      </h2>
      {view.summary ? (
        <>
          <RichParagraphs paragraphs={view.summary.paragraphs} className="mt-2 text-lg" />
          <Citations words={words} citations={view.summary.citations} />
        </>
      ) : null}

      <h3 className="mt-6 font-bold">{t("stage.title")}</h3>
      <p className="mt-1 text-lg">
        <strong>{stage.label}</strong>
        {stage.since ? (
          <span className="text-muted">
            {" "}
            · {t("stage.since", { date: stage.since, precision: stage.sincePrecision ?? "day" })}
            <InferredMark words={words} inferred={stage.sinceInferred} />
          </span>
        ) : null}
      </p>
      <InferredDetails words={words} inferred={stage.sinceInferred} className="mt-1" />
      {stage.workedOut ? (
        <p className="mt-1 text-sm text-muted">
          {t("stage.workedOut")}
          {stage.workedOut.citations.map((citation) => (
            <span key={citation.number} className="ml-1.5">
              <SourceLink words={words} citation={citation} />
            </span>
          ))}
        </p>
      ) : null}
      <StageSteps words={words} stage={stage} />

      <h3 className="mt-6 font-bold">{t("facts.title")}</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">{t("facts.name")}</dt>
        <dd lang={recordLang}>{measure.title}</dd>
        <dt className="text-muted">{t("facts.kind")}</dt>
        <dd>{t(`classification.${measure.classification}`)}</dd>
        <dt className="text-muted">{t("facts.identifier")}</dt>
        <dd>{measure.identifier ?? notOnRecord}</dd>
        <dt className="text-muted">{t("facts.body")}</dt>
        <dd lang={recordLang}>{measure.bodyName ?? notOnRecord}</dd>
        <dt className="text-muted">{t("facts.introducedBy")}</dt>
        <dd>
          {introducers.length
            ? introducers.map((sponsor, index) => (
                <span key={sponsor.name}>
                  {index > 0 ? ", " : null}
                  {sponsor.name}
                  <InferredMark words={words} inferred={sponsor.inferred} />
                </span>
              ))
            : notOnRecord}
          {introducers.map((sponsor) => (
            <InferredDetails
              words={words}
              key={sponsor.name}
              inferred={sponsor.inferred}
              subject={sponsor.name}
              className="mt-1"
            />
          ))}
        </dd>
      </dl>
      <Citations words={words} citations={measure.citations} />
      <p className="mt-3">
        <RecordLink words={words} kind="measure" id={view.measureId}>
          {t("facts.fullRecord")}
        </RecordLink>
      </p>
    </section>
  );
}
