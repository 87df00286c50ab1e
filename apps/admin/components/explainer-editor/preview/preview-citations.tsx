import type { Locale } from "@legible/core";
import { PREVIEW_WORDS } from "./preview-words";

/** "Sources: 1 2" after a block, numbered as on the public page; the numbers link to the preview's list. */
export function PreviewCitations({
  numbers,
  locale,
  anchorPrefix,
}: {
  numbers: readonly number[];
  locale: Locale;
  anchorPrefix: string;
}) {
  if (numbers.length === 0) return null;
  const words = PREVIEW_WORDS[locale];
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-muted">
      <span>{numbers.length === 1 ? words.sourcesLabel.replace(/s:$/, ":") : words.sourcesLabel}</span>
      {numbers.map((number) => (
        <a
          key={number}
          href={`#${anchorPrefix}-source-${number}`}
          className="inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-primary px-1 text-sm font-bold text-primary no-underline hover:bg-primary-light"
        >
          <span className="sr-only">{words.source} </span>
          {number}
        </a>
      ))}
    </p>
  );
}
