import type { EmbedSnippetText } from "../lib/embed-snippet";

/**
 * "Put this vote on your website": the card's <iframe> code in a read-only text box people can
 * select and copy. No JavaScript needed.
 */
export function EmbedSnippet({ snippet }: { snippet: EmbedSnippetText }) {
  return (
    <section aria-labelledby="embed-snippet-title" className="mt-8 rounded-card border border-line bg-paper p-4">
      <h2 id="embed-snippet-title" className="font-serif text-xl font-bold">
        {snippet.title}
      </h2>
      <p id="embed-snippet-help" className="mt-2">
        {snippet.help}
      </p>
      <label htmlFor="embed-snippet-code" className="mt-3 block font-bold">
        {snippet.label}
      </label>
      <textarea
        id="embed-snippet-code"
        readOnly
        rows={4}
        aria-describedby="embed-snippet-help"
        className="mt-1 w-full rounded-card border border-muted bg-canvas p-2 font-mono text-sm"
        defaultValue={snippet.code}
      />
    </section>
  );
}
