import { Citations } from "./citations";
import { RichParagraphs, RichText } from "./rich-text";
import { ExplainerSection } from "./section";
import type { ExplainerView } from "./types";
import type { ExplainerWords } from "./words";

/** Questions residents ask, answered in plain words; always open, so they read without JavaScript. */
export function Questions({ words, questions }: { words: ExplainerWords; questions: ExplainerView["questions"] }) {
  const t = words.t("explainer.sections");
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
      <Citations words={words} citations={questions.citations} />
    </ExplainerSection>
  );
}
