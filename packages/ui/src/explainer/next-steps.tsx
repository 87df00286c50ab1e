import { Citations, SourceLink } from "./citations";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { StageView, TextBlockView } from "./types";
import type { ExplainerWords } from "./words";

/** What happens next: the steps the rules set, each with the rules it rests on, then what the explainer adds. */
export function NextSteps({
  words,
  stage,
  block,
}: {
  words: ExplainerWords;
  stage: StageView;
  block: TextBlockView | null;
}) {
  const t = words.t("explainer");
  return (
    <ExplainerSection id="next" title={t("sections.next")}>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {stage.nextSteps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.citations.map((citation) => (
              <span key={citation.number} className="ml-1.5">
                <SourceLink words={words} citation={citation} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      {block ? (
        <>
          <RichParagraphs paragraphs={block.paragraphs} />
          <Citations words={words} citations={block.citations} />
        </>
      ) : null}
    </ExplainerSection>
  );
}
