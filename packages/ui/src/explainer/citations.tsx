import { Fragment } from "react";
import type { CitationRef } from "./types";
import type { ExplainerWords } from "./words";

/** A link to one numbered source, big enough to tap (24 by 24 pixels at least). */
export function SourceLink({ words, citation }: { words: ExplainerWords; citation: CitationRef }) {
  const t = words.t("explainer.citations");
  return (
    <>
      <a href={`#source-${citation.number}`} className="source-ref">
        <span className="sr-only">{`${t("source")} `}</span>
        {citation.number}
      </a>
      {citation.locator ? <span className="text-sm text-muted">, {citation.locator}</span> : null}
    </>
  );
}

/** "Sources: 1 2" after a section or a fact; nothing when there are none. */
export function Citations({
  words,
  citations,
  className = "mt-3",
}: {
  words: ExplainerWords;
  citations: readonly CitationRef[];
  className?: string;
}) {
  const t = words.t("explainer.citations");
  if (citations.length === 0) return null;
  return (
    <p className={`source-refs ${className}`}>
      <span>{t("label", { count: citations.length })}</span>
      {citations.map((citation) => (
        <Fragment key={citation.number}>
          <SourceLink words={words} citation={citation} />
        </Fragment>
      ))}
    </p>
  );
}
