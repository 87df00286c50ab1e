import { Citations } from "./citations";
import { InferredDetails, InferredMark } from "./inferred";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { PerspectivesView, RecordLang, StatementView } from "./types";
import type { ExplainerWords } from "./words";

function Quote({
  words,
  statement,
  recordLang,
}: {
  words: ExplainerWords;
  statement: StatementView;
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.perspectives");
  return (
    <figure className="rounded-card bg-paper p-4">
      <blockquote lang={recordLang} className="font-serif text-lg">
        <p>“{statement.text}”</p>
      </blockquote>
      <figcaption className="mt-2 text-sm">
        <span className="font-bold">{statement.speakerName}</span>
        <InferredMark words={words} inferred={statement.speakerInferred} />
        {statement.speakerRole ? <span lang={recordLang}>, {statement.speakerRole}</span> : null}
        {statement.medium ? <span>, {t(`medium.${statement.medium}`)}</span> : null}
        <span className="text-muted">
          {" · "}
          {statement.date ?? t("dateNotOnRecord")}
          <InferredMark words={words} inferred={statement.dateInferred} />
        </span>
        <InferredDetails
          words={words}
          inferred={statement.speakerInferred}
          subject={statement.speakerName}
          className="mt-1"
        />
        <InferredDetails
          words={words}
          inferred={statement.dateInferred}
          subject={statement.date ?? undefined}
          className="mt-1"
        />
        <Citations words={words} citations={statement.citations} className="mt-1" />
      </figcaption>
    </figure>
  );
}

/** Who is for it and who is against it, in their own words, each quote with its source. */
export function Perspectives({
  words,
  view,
  recordLang,
}: {
  words: ExplainerWords;
  view: PerspectivesView | null;
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.perspectives");
  const sections = words.t("explainer.sections");
  if (!view) return null;
  return (
    <ExplainerSection id="perspectives" title={sections("perspectives")}>
      <RichParagraphs paragraphs={view.intro} />
      <Citations words={words} citations={view.citations} />
      {view.groups.map((group) => (
        // Every side looks the same: colors must not suggest which side is right.
        <div key={group.stance} className="mt-6 border-l-4 border-primary-light pl-4">
          <h3 className="text-lg font-bold">{t(`stance.${group.stance}`)}</h3>
          <ul className="mt-2 space-y-3">
            {group.statements.map((statement) => (
              <li key={statement.id}>
                <Quote words={words} statement={statement} recordLang={recordLang} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </ExplainerSection>
  );
}
