import { Citations } from "./citations";
import { InferredDetails, InferredMark } from "./inferred";
import { ExplainerSection } from "./section";
import type { RecordLang, TimelineItemView } from "./types";
import type { ExplainerWords } from "./words";

/** The measure's dated steps, oldest first, each at the precision its date is known. */
export function Timeline({
  words,
  items,
  recordLang,
}: {
  words: ExplainerWords;
  items: TimelineItemView[];
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.timeline");
  const sections = words.t("explainer.sections");
  if (items.length === 0) return null;
  return (
    <ExplainerSection id="timeline" title={sections("timeline")}>
      <ol className="mt-4 border-l-4 border-primary-light">
        {items.map((item) => (
          <li key={item.id} className="relative pb-6 pl-5 last:pb-0">
            <span aria-hidden="true" className="absolute top-1.5 -left-2.5 size-4 rounded-full bg-primary-dark" />
            <p className="font-bold">
              {item.date ?? t("dateNotOnRecord")}
              <InferredMark words={words} inferred={item.dateInferred} />
            </p>
            <InferredDetails words={words} inferred={item.dateInferred} />
            <p className="mt-1">
              {item.speakerName ? (
                <>
                  {item.speakerName}
                  <InferredMark words={words} inferred={item.speakerInferred} />:{" "}
                </>
              ) : null}
              <span lang={recordLang}>{item.text}</span>
            </p>
            <InferredDetails words={words} inferred={item.speakerInferred} subject={item.speakerName ?? undefined} />
            {item.voteId ? (
              <p className="mt-1">
                <a href={`#vote-${item.voteId}`} className="text-primary underline">
                  {t("seeVote")}
                </a>
              </p>
            ) : null}
            <Citations words={words} citations={item.citations} className="mt-1" />
          </li>
        ))}
      </ol>
    </ExplainerSection>
  );
}
