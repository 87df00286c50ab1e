/** A run of text, marked when it matched the search. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Text with the words that matched a search in <mark>. Parts are rendered as text, never as
 * HTML, so nothing stored in a record can inject markup.
 */
export function SearchHighlight({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder; the same text can repeat.
          <mark key={index} className="rounded-sm bg-primary-light px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder; the same text can repeat.
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
