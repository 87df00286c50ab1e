import { Citations } from "./citations";
import { RichText } from "./rich-text";
import { ExplainerSection } from "./section";
import type { ExplainerView } from "./types";
import type { ExplainerWords } from "./words";

/** Words to know. A term in the text links here; the entry it opens is highlighted (:target). */
export function Glossary({ words, glossary }: { words: ExplainerWords; glossary: ExplainerView["glossary"] }) {
  const t = words.t("explainer.sections");
  if (!glossary) return null;
  return (
    <ExplainerSection id="glossary" title={t("glossary")}>
      <dl className="mt-3 space-y-2">
        {glossary.entries.map((entry) => (
          <div
            key={entry.id}
            id={entry.id}
            tabIndex={-1}
            className="scroll-mt-4 rounded-card p-2 target:bg-primary-light target:ring-2 target:ring-primary"
          >
            <dt className="font-bold">
              <dfn className="not-italic">{entry.term}</dfn>
            </dt>
            <dd id={`${entry.id}-definition`}>
              <RichText parts={entry.definition} />
            </dd>
          </div>
        ))}
      </dl>
      <Citations words={words} citations={glossary.citations} />
    </ExplainerSection>
  );
}
