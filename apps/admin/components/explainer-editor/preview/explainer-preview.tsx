import type { Explainer } from "@legible/core";
import { blockSourceNumbers, sourceNumbers } from "../citation-numbers";
import { inPageOrder } from "../page-order";
import { PreviewSection } from "./preview-block";
import { PreviewSources } from "./preview-sources";
import type { PreviewSource, PreviewStatement } from "./preview-types";
import { PREVIEW_WORDS } from "./preview-words";

/**
 * An explainer's working copy laid out like the public page: headline, the summary box, each
 * block in page order with its numbered sources, the sources list and the corrections log.
 * The public page also shows the measure's record (stage, vote, timeline); the preview shows
 * only what the explainer itself says.
 */
export function ExplainerPreview({
  explainer,
  sources,
  statements,
  anchorPrefix,
  label,
}: {
  explainer: Pick<Explainer, "headline" | "blocks" | "corrections" | "locale">;
  sources: ReadonlyMap<string, PreviewSource>;
  statements: ReadonlyMap<string, PreviewStatement>;
  /** Keeps this preview's anchors apart from another preview's on the same screen. */
  anchorPrefix: string;
  /** The region's accessible name, such as "Live preview". */
  label: string;
}) {
  const numbers = sourceNumbers(explainer.blocks);
  const words = PREVIEW_WORDS[explainer.locale];
  const headingId = `${anchorPrefix}-headline`;
  return (
    <section aria-label={label} className="rounded-card border border-line bg-canvas p-4">
      <article lang={explainer.locale} aria-labelledby={headingId}>
        <h3 id={headingId} className="font-serif text-3xl leading-tight font-bold">
          {explainer.headline.trim() || "(No headline yet)"}
        </h3>
        {inPageOrder(explainer.blocks).map((block) => (
          <PreviewSection
            key={block.id}
            block={block}
            title={words.sections[block.kind]}
            numbers={blockSourceNumbers(block, numbers)}
            locale={explainer.locale}
            anchorPrefix={anchorPrefix}
            statements={statements}
            boxed={block.kind === "summary"}
          />
        ))}
        <PreviewSources numbers={numbers} sources={sources} locale={explainer.locale} anchorPrefix={anchorPrefix} />
        {explainer.corrections.length > 0 ? (
          <section aria-labelledby={`${anchorPrefix}-updates`} className="mt-8">
            <h4 id={`${anchorPrefix}-updates`} className="font-serif text-2xl font-bold">
              {words.updates}
            </h4>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {explainer.corrections.map((correction) => (
                <li key={correction.id}>
                  <time dateTime={correction.date}>{correction.date.slice(0, 10)}</time>: {correction.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </section>
  );
}
