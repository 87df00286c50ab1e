import { normalizeTerm } from "@legible/core";

/**
 * A run of block text. A glossary term carries `termId`, the anchor of its glossary entry, so
 * the page can link the term to its definition; a term the glossary lacks stays plain text.
 */
export interface TextPart {
  text: string;
  termId?: string;
}

/** Paragraphs of text parts; blank lines in the source text separate paragraphs. */
export type Paragraphs = TextPart[][];

// Core's glossary markup: [[term]] or [[term|words shown]] (see core's markedTerms).
const MARKUP = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** An anchor id safe in any URL: "deportación" → "term-deportacion". */
function anchorFor(term: string): string {
  const slug = term
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `term-${slug || "entry"}`;
}

/** Gives each glossary entry a unique anchor, and finds the anchor of a marked term. */
export class GlossaryAnchors {
  private readonly byKey = new Map<string, string>();

  constructor(terms: readonly string[]) {
    const used = new Set<string>();
    for (const term of terms) {
      const key = normalizeTerm(term);
      if (this.byKey.has(key)) continue;
      let anchor = anchorFor(term);
      for (let n = 2; used.has(anchor); n++) anchor = `${anchorFor(term)}-${n}`;
      used.add(anchor);
      this.byKey.set(key, anchor);
    }
  }

  anchorOf(term: string): string | undefined {
    return this.byKey.get(normalizeTerm(term));
  }

  /** Splits text into paragraphs of plain runs and glossary terms. */
  paragraphs(text: string): Paragraphs {
    return text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => this.parts(paragraph));
  }

  /** Splits one paragraph into plain runs and glossary terms. */
  parts(text: string): TextPart[] {
    const parts: TextPart[] = [];
    let last = 0;
    for (const match of text.matchAll(MARKUP)) {
      const [whole, term = "", shown] = match;
      if (match.index > last) parts.push({ text: text.slice(last, match.index) });
      const termId = this.anchorOf(term);
      parts.push(termId ? { text: shown ?? term, termId } : { text: shown ?? term });
      last = match.index + whole.length;
    }
    if (last < text.length) parts.push({ text: text.slice(last) });
    return parts;
  }
}
