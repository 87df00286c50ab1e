import { type Citation, formatDate, type Locale, type Source, type SourceKind } from "@legible/core";

/** A link from a fact to its entry in the page's numbered sources. */
export interface CitationRef {
  number: number;
  /** Where in the source, such as "Sec. 244", when the citation says. */
  locator?: string;
}

/** One numbered source, as the page lists it. Unknown fields are null, never guessed. */
export interface SourceView {
  number: number;
  id: string;
  title: string;
  publisher: string | null;
  /** Formatted at the date's own precision; null when the date is not on record. */
  date: string | null;
  kind: SourceKind;
  url: string | null;
  /** When someone last checked the URL, formatted. */
  accessedOn: string | null;
}

/**
 * Numbers sources in the order a reader meets them: the first source cited on the page is
 * 1. Call `cite` section by section, in page order.
 */
export class SourceNumbers {
  private readonly sources: Map<string, Source>;
  private readonly numbers = new Map<string, number>();

  constructor(
    sources: readonly Source[],
    private readonly recordSources: Readonly<Record<string, readonly string[]>>,
  ) {
    this.sources = new Map(sources.map((source) => [source.id, source]));
  }

  private numberOf(sourceId: string): number | undefined {
    if (!this.sources.has(sourceId)) return undefined;
    let number = this.numbers.get(sourceId);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(sourceId, number);
    }
    return number;
  }

  /**
   * The numbers of what `citations` point at: a source directly, or the sources of a cited
   * record. Each number once, in order; locators of the same source are joined.
   */
  cite(citations: readonly Citation[]): CitationRef[] {
    const refs = new Map<number, string[]>();
    const add = (sourceId: string, locator?: string) => {
      const number = this.numberOf(sourceId);
      if (number === undefined) return;
      const locators = refs.get(number) ?? [];
      if (locator && !locators.includes(locator)) locators.push(locator);
      refs.set(number, locators);
    };
    for (const citation of citations) {
      if (citation.sourceId) add(citation.sourceId, citation.locator);
      if (citation.record) {
        for (const sourceId of this.recordSources[`${citation.record.type}:${citation.record.id}`] ?? []) add(sourceId);
      }
    }
    return [...refs].map(([number, locators]) =>
      locators.length ? { number, locator: locators.join("; ") } : { number },
    );
  }

  /** The numbers of these sources. */
  citeIds(sourceIds: readonly string[]): CitationRef[] {
    return this.cite(sourceIds.map((sourceId) => ({ sourceId })));
  }

  /** Every source cited so far, by number. */
  list(locale: Locale): SourceView[] {
    return [...this.numbers].flatMap(([id, number]) => {
      const source = this.sources.get(id);
      if (!source) return [];
      return [
        {
          number,
          id,
          title: source.title,
          publisher: source.publisher,
          date: source.date === null ? null : formatDate(source.date, locale),
          kind: source.kind,
          url: source.url ?? null,
          accessedOn: source.accessedOn ? formatDate(source.accessedOn, locale) : null,
        },
      ];
    });
  }
}
