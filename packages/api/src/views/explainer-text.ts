import { glossaryRuns, normalizeTerm, textParagraphs } from "@legible/core";

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

  /** Splits text into paragraphs (at blank lines) of plain runs and glossary terms. */
  paragraphs(text: string): Paragraphs {
    return textParagraphs(text).map((paragraph) => this.parts(paragraph));
  }

  /** Splits one paragraph into plain runs and glossary terms; a term the glossary lacks stays plain text. */
  parts(text: string): TextPart[] {
    return glossaryRuns(text).map((run) => {
      const termId = run.term === undefined ? undefined : this.anchorOf(run.term);
      return termId ? { text: run.text, termId } : { text: run.text };
    });
  }
}
