import { useTranslations } from "next-intl";
import { Citations, SourceLink } from "./citations";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { StageView, TextBlockView } from "./types";

/** What happens next: the steps the rules set, each with the rules it rests on, then what the explainer adds. */
export function NextSteps({ stage, block }: { stage: StageView; block: TextBlockView | null }) {
  const t = useTranslations("explainer");
  return (
    <ExplainerSection id="next" title={t("sections.next")}>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {stage.nextSteps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.citations.map((citation) => (
              <span key={citation.number} className="ml-1.5">
                <SourceLink citation={citation} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      {block ? (
        <>
          <RichParagraphs paragraphs={block.paragraphs} />
          <Citations citations={block.citations} />
        </>
      ) : null}
    </ExplainerSection>
  );
}
