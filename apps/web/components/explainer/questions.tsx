import { useTranslations } from "next-intl";
import { Citations } from "./citations";
import { RichParagraphs, RichText } from "./rich-text";
import { ExplainerSection } from "./section";
import type { ExplainerView } from "./types";

/** Questions residents ask, answered in plain words; always open, so they read without JavaScript. */
export function Questions({ questions }: { questions: ExplainerView["questions"] }) {
  const t = useTranslations("explainer.sections");
  if (!questions) return null;
  return (
    <ExplainerSection id="questions" title={t("questions")}>
      {questions.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: questions keep their published order.
        <div key={index} className="mt-5">
          <h3 className="text-lg font-bold">
            <RichText parts={item.question} />
          </h3>
          <RichParagraphs paragraphs={item.answer} className="mt-1" />
        </div>
      ))}
      <Citations citations={questions.citations} />
    </ExplainerSection>
  );
}
