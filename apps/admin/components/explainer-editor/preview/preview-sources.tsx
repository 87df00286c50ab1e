import type { Locale } from "@legible/core";
import type { PreviewSource } from "./preview-types";
import { PREVIEW_WORDS } from "./preview-words";

/** The numbered sources, as the public page lists them; a source still loading shows its id. */
export function PreviewSources({
  numbers,
  sources,
  locale,
  anchorPrefix,
}: {
  numbers: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, PreviewSource>;
  locale: Locale;
  anchorPrefix: string;
}) {
  if (numbers.size === 0) return null;
  const headingId = `${anchorPrefix}-sources-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h4 id={headingId} className="font-serif text-2xl font-bold">
        {PREVIEW_WORDS[locale].sources}
      </h4>
      <ol className="mt-3 space-y-3">
        {[...numbers].map(([sourceId, number]) => {
          const source = sources.get(sourceId);
          return (
            <li
              key={sourceId}
              id={`${anchorPrefix}-source-${number}`}
              className="flex gap-3 rounded-card border border-line bg-paper p-3"
            >
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary-dark font-bold text-paper"
              >
                {number}
              </span>
              <div className="min-w-0">
                <p className="font-bold">
                  <span className="sr-only">{number}. </span>
                  {source?.title ?? sourceId}
                </p>
                {source?.publisher ? <p className="text-sm text-muted">{source.publisher}</p> : null}
                {source?.url ? <p className="text-sm break-all text-muted">{source.url}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
