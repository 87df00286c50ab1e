import type { Block, Locale } from "@legible/core";
import { PreviewCitations } from "./preview-citations";
import { PreviewParagraphs } from "./preview-text";
import type { PreviewStatement } from "./preview-types";

/** One block's content as the public page lays it out for its kind. */
export function PreviewBlockBody({
  block,
  statements,
}: {
  block: Block;
  statements: ReadonlyMap<string, PreviewStatement>;
}) {
  switch (block.kind) {
    case "questions":
      return (
        <dl className="mt-3 space-y-4">
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a preview re-renders whole on every edit.
            <div key={index}>
              <dt className="font-bold">{item.question}</dt>
              <dd className="mt-1">
                <PreviewParagraphs text={item.answer} className="mt-1" />
              </dd>
            </div>
          ))}
        </dl>
      );
    case "glossary":
      return (
        <dl className="mt-3 space-y-3">
          {block.entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a preview re-renders whole on every edit.
            <div key={index}>
              <dt className="font-bold">{entry.term}</dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      );
    case "perspectives":
      return (
        <>
          {block.text ? <PreviewParagraphs text={block.text} /> : null}
          <ul className="mt-3 space-y-3">
            {block.statementIds.map((id) => {
              const statement = statements.get(id);
              return (
                <li key={id} className="rounded-card border border-line bg-paper p-3">
                  <blockquote className="font-serif">“{statement?.text ?? id}”</blockquote>
                  {statement?.detail.length ? (
                    <p className="mt-1 text-sm text-muted">{statement.detail.join(" · ")}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      );
    default:
      return <PreviewParagraphs text={block.text} />;
  }
}

/** A block as a titled section of the preview, with its numbered sources. */
export function PreviewSection({
  block,
  title,
  numbers,
  locale,
  anchorPrefix,
  statements,
  boxed,
}: {
  block: Block;
  title: string;
  numbers: readonly number[];
  locale: Locale;
  anchorPrefix: string;
  statements: ReadonlyMap<string, PreviewStatement>;
  /** The summary sits in the public page's top box. */
  boxed: boolean;
}) {
  const headingId = `${anchorPrefix}-${block.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={boxed ? "mt-6 rounded-card border-l-8 border-primary bg-paper p-4 shadow-sm" : "mt-8"}
    >
      <h4 id={headingId} className={`font-serif font-bold text-ink ${boxed ? "text-xl" : "text-2xl"}`}>
        {title}
      </h4>
      <PreviewBlockBody block={block} statements={statements} />
      <PreviewCitations numbers={numbers} locale={locale} anchorPrefix={anchorPrefix} />
    </section>
  );
}
