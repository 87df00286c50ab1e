/** A run of block text; `term` is set when the run is a marked glossary term. */
export interface TextRun {
  text: string;
  term?: string;
}

const TERM = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** Splits `[[term]]` and `[[term|words shown]]` out of text, as the public page shows them. */
export function glossaryRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(TERM)) {
    const index = match.index ?? 0;
    if (index > last) runs.push({ text: text.slice(last, index) });
    const term = (match[1] ?? "").trim();
    runs.push({ text: match[2] ?? term, term });
    last = index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** Paragraphs of block text: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}
