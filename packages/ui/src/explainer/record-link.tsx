import type { ReactNode } from "react";
import type { ExplainerWords, RecordKind } from "./words";

/**
 * A link to a record's own page, in the page's language. A plain link: an explainer names many
 * records, and readers on slow phone networks should not pay for pages they may not open.
 */
export function RecordLink({
  kind,
  id,
  lang,
  className = "text-primary underline",
  words,
  children,
}: {
  kind: RecordKind;
  id: string;
  lang?: string;
  className?: string;
  words: ExplainerWords;
  children: ReactNode;
}) {
  return (
    <a href={words.recordHref(kind, id)} lang={lang} className={className}>
      {children}
    </a>
  );
}
