import { RecordSection } from "@legible/ui/record-section";
import { useTranslations } from "next-intl";
import { InferredDetails, InferredMark } from "@/components/inferred";
import { CitationMark } from "@/components/records/source-refs";
import type { MeasureView } from "@/lib/record-views";

/** Where the measure stands, since when, and what happens next, each step cited. */
export function MeasureStage({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const _lang = measure.recordLanguage;
  return (
    <RecordSection id="stage" title={t("measure.stageTitle")}>
      <p className="text-xl font-bold">{measure.stage.label}</p>
      {measure.stage.since ? (
        <>
          <p className="text-muted">
            {t("measure.stageSince", { date: measure.stage.since })}
            <InferredMark inferred={measure.stage.sinceInferred} />
          </p>
          <InferredDetails inferred={measure.stage.sinceInferred} />
        </>
      ) : null}
      {measure.stage.workedOut ? (
        <p className="text-sm text-muted">
          {t("measure.stageWorkedOut")}
          {measure.stage.workedOut.citations.map((citation) => (
            <CitationMark key={`${citation.number}-${citation.locator}`} citation={citation} />
          ))}
        </p>
      ) : null}
      <h3 className="pt-2 text-lg font-bold">{t("measure.nextTitle")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {measure.nextSteps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.citations.map((citation) => (
              <CitationMark key={`${citation.number}-${citation.locator}`} citation={citation} />
            ))}
          </li>
        ))}
      </ul>
    </RecordSection>
  );
}
