import { useTranslations } from "next-intl";
import type { CitationView } from "@/lib/record-views";

// Each reference is at least 24 by 24 pixels (WCAG 2.2 target size): they sit side by side.
const refClass = "inline-block min-h-6 min-w-6 text-center text-sm text-primary underline underline-offset-2";

/** Bracketed links to the page's numbered sources: [1] [2]. */
export function SourceRefs({ numbers }: { numbers: readonly number[] }) {
  const t = useTranslations("records.sources");
  if (!numbers.length) return null;
  return (
    <span className="ml-1 whitespace-nowrap">
      {numbers.map((number) => (
        <a key={number} href={`#source-${number}`} aria-label={t("ref", { number })} className={`${refClass} mr-1`}>
          [{number}]
        </a>
      ))}
    </span>
  );
}

/**
 * The mark a citation leaves in the text: [2, Sec. 244], linking to its numbered source, or the
 * locator alone in parentheses when the source has no number on the page.
 */
export function CitationMark({ citation }: { citation: CitationView }) {
  const t = useTranslations("records.sources");
  if (citation.number === null) return citation.locator ? <span className="text-sm">({citation.locator})</span> : null;
  const label = citation.locator
    ? t("refWithLocator", { number: citation.number, locator: citation.locator })
    : t("ref", { number: citation.number });
  return (
    <a href={`#source-${citation.number}`} aria-label={label} className={`${refClass} ml-1 whitespace-nowrap`}>
      [{citation.locator ? `${citation.number}, ${citation.locator}` : citation.number}]
    </a>
  );
}
