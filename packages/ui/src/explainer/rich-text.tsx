import type { Paragraphs, TextPart } from "./types";

/**
 * A glossary term links to its entry in "Words to know", and screen readers hear the
 * definition as the link's description. Works without JavaScript.
 */
function Term({ part }: { part: TextPart & { termId: string } }) {
  return (
    <a href={`#${part.termId}`} aria-describedby={`${part.termId}-definition`} className="term-link">
      {part.text}
    </a>
  );
}

/** One run of text with its glossary terms linked. */
export function RichText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.termId ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never move; a term may repeat.
          <Term key={index} part={{ ...part, termId: part.termId }} />
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** Paragraphs of block text. */
export function RichParagraphs({ paragraphs, className = "mt-3" }: { paragraphs: Paragraphs; className?: string }) {
  return (
    <>
      {paragraphs.map((parts, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of published text never reorder.
        <p key={index} className={className}>
          <RichText parts={parts} />
        </p>
      ))}
    </>
  );
}
