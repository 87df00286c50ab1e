import { type Citation, formatDate, type Locale, type Source, type SourceKind } from "@legible/core";

/** One entry of a page's numbered source list. */
export interface SourceView {
  number: number;
  id: string;
  kind: SourceKind;
  title: string;
  /** null when not on record. */
  publisher: string | null;
  /** Formatted for the page's locale; null when not on record. */
  date: string | null;
  url: string | null;
}

/** A rule's citation: the source's number on the page, and where in it (a section). */
export interface CitationView {
  /** null when the citation names no source on the page (it points at a record only). */
  number: number | null;
  locator: string | null;
}

/**
 * Numbers a page's sources in the order the page first cites them, so "[2]" in the text is the
 * second entry of the list at the bottom. Sources the page loads but never cites still get a
 * number, after the cited ones, so nothing the record rests on is hidden.
 */
export function createSourceNumbering(sources: readonly Source[], locale: Locale) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const order: string[] = [];

  function cite(id: string | undefined): number | null {
    if (id === undefined || !byId.has(id)) return null;
    const index = order.indexOf(id);
    if (index !== -1) return index + 1;
    order.push(id);
    return order.length;
  }

  return {
    /** The number of one source, numbering it if this is its first citation. */
    cite,
    /** The numbers of several sources, in order, each once. */
    citeAll(ids: readonly string[]): number[] {
      return [...new Set(ids.map(cite).filter((n): n is number => n !== null))];
    },
    citation(citation: Citation): CitationView {
      return { number: cite(citation.sourceId), locator: citation.locator ?? null };
    },
    /** The numbered list, once every citation has been made. */
    list(): SourceView[] {
      for (const source of sources) cite(source.id);
      return order.flatMap((id, index) => {
        const source = byId.get(id);
        if (!source) return [];
        return [
          {
            number: index + 1,
            id: source.id,
            kind: source.kind,
            title: source.title,
            publisher: source.publisher,
            date: source.date === null ? null : formatDate(source.date, locale),
            url: source.url ?? null,
          },
        ];
      });
    },
  };
}

export type SourceNumbering = ReturnType<typeof createSourceNumbering>;
