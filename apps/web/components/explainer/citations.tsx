import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { CitationRef } from "./types";

/** A link to one numbered source, big enough to tap (24 by 24 pixels at least). */
export function SourceLink({ citation }: { citation: CitationRef }) {
  const t = useTranslations("explainer.citations");
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
  citations,
  className = "mt-3",
}: {
  citations: readonly CitationRef[];
  className?: string;
}) {
  const t = useTranslations("explainer.citations");
  if (citations.length === 0) return null;
  return (
    <p className={`source-refs ${className}`}>
      <span>{t("label", { count: citations.length })}</span>
      {citations.map((citation) => (
        <Fragment key={citation.number}>
          <SourceLink citation={citation} />
        </Fragment>
      ))}
    </p>
  );
}
