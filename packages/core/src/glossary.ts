// Explainer text marks a glossary term as `[[term]]` or `[[term|words shown]]`. This is the one
// reader of that markup: lint, reading grades, search snippets, the public page and the staff
// preview all split text through it, so they cannot disagree about what a term is.

/** A run of explainer text; `term` is set when the run is a marked glossary term. */
export interface GlossaryRun {
  /** The words readers see. */
  text: string;
  /** The glossary term the run stands for, as marked (trimmed). */
  term?: string;
}

const MARKUP = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** Splits `[[term]]` and `[[term|words shown]]` out of text, in order; plain text between stays whole. */
export function glossaryRuns(text: string): GlossaryRun[] {
  const runs: GlossaryRun[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    const [whole, marked = "", shown] = match;
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    const term = marked.trim();
    runs.push({ text: shown ?? marked, term });
    last = match.index + whole.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** Terms a text marks with `[[term]]` or `[[term|shown]]`. */
export function markedTerms(text: string): string[] {
  return glossaryRuns(text).flatMap((run) => (run.term === undefined ? [] : [run.term]));
}

/** Drops glossary markup (`[[term|shown]]` → `shown`), leaving the words readers see. */
export function plainText(text: string): string {
  return glossaryRuns(text)
    .map((run) => run.text)
    .join("");
}

/**
 * The form in which glossary terms are compared: case, outer spaces and runs of spaces do not
 * count, so `[[Sanctuary  City]]` in a block matches the glossary's "sanctuary city".
 */
export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Paragraphs of block text: a blank line separates paragraphs; a single line break does not. */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
