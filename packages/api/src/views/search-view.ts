import { type Locale, type PageWindow, plainText, type SearchFilters, type SearchKind } from "@legible/core";
import type { SearchFacetCounts, SearchHit, SearchPage, TextPart } from "@legible/db";

/** What the search page should say. */
export type SearchState =
  /** Nothing typed yet. */
  | "empty"
  /** Only symbols or operators: nothing to search for. */
  | "no-words"
  | "no-results"
  | "results";

export type SearchResultType = SearchKind;

export interface SearchResultView {
  type: SearchResultType;
  id: string;
  /** The page to open, without the locale prefix (ids URL-encoded). */
  path: string;
  /** The language of the page it opens: the search page's, except for an explainer in the other language. */
  locale: Locale;
  /** The language of the title and snippet (records are indexed in English). */
  textLanguage: Locale;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchView {
  query: string;
  state: SearchState;
  results: SearchResultView[];
}

/** A page of the search page: its results, where it sits and what narrows it. */
export interface SearchPageView extends SearchView {
  /** What the search is narrowed to and how it is ordered. */
  filters: SearchFilters;
  /** Which counted matches this page shows. */
  paging: PageWindow;
  /** More matched than search counts: the total and every facet count are floors ("1,000+"). */
  capped: boolean;
  /** How many of the counted matches have each facet value. */
  facets: SearchFacetCounts;
}

const START = "\u0002";
const STOP = "\u0003";

/**
 * Drops glossary markup (`[[sanctuary city]]`) from highlighted text, as readers see it. The
 * index keeps an explainer's raw block text, so the markup can even straddle a match: the parts
 * are joined with marks, cleaned whole with core's plainText, and split again.
 */
export function withoutMarkup(parts: readonly TextPart[]): TextPart[] {
  const marked = parts.map((part) => (part.match ? `${START}${part.text}${STOP}` : part.text)).join("");
  // A snippet can cut markup in half ("…[[ciudad santuario"): its leftover brackets go too.
  const cleaned = plainText(marked).replace(/\[\[|\]\]/g, "");
  const result: TextPart[] = [];
  for (const [index, piece] of cleaned.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) result.push({ text: piece, match: index % 2 === 1 });
  }
  return result;
}

/** Letters or digits: what search can match. Everything else is dropped before searching. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Whether a query has anything search could match, so the page can say why it found nothing. */
export function searchState(query: string, found: number): SearchState {
  if (query.trim() === "") return "empty";
  if (!SEARCHABLE.test(query)) return "no-words";
  return found ? "results" : "no-results";
}

/**
 * Turns search hits into links. Explainers are per measure, so a hit on one opens its
 * measure's explainer page in the explainer's own language; a hit whose explainer is no longer
 * published (`explainerMeasures` lacks it) is dropped.
 */
export function buildSearchView(
  query: string,
  hits: readonly SearchHit[],
  explainerMeasures: ReadonlyMap<string, { measureId: string; locale: Locale }>,
  locale: Locale,
): SearchView {
  const results = hits.flatMap((hit) => resultOf(hit, explainerMeasures, locale));
  // Pages in the reader's language first; the search engine's ranking within each.
  const ordered = [
    ...results.filter((result) => result.locale === locale),
    ...results.filter((result) => result.locale !== locale),
  ];
  return { query, state: searchState(query, ordered.length), results: ordered };
}

/**
 * A page of the search page: its hits as links (as buildSearchView makes them), in the search's
 * own order (relevance or newest), with the counts of what matched and where the page sits.
 */
export function buildSearchPageView(
  query: string,
  found: Pick<SearchPage, "hits" | "total" | "capped" | "facets">,
  explainerMeasures: ReadonlyMap<string, { measureId: string; locale: Locale }>,
  locale: Locale,
  page: { filters: SearchFilters; paging: PageWindow },
): SearchPageView {
  return {
    query,
    state: searchState(query, found.total),
    results: found.hits.flatMap((hit) => resultOf(hit, explainerMeasures, locale)),
    filters: page.filters,
    paging: page.paging,
    capped: found.capped,
    facets: found.facets,
  };
}

function resultOf(
  hit: SearchHit,
  explainerMeasures: ReadonlyMap<string, { measureId: string; locale: Locale }>,
  locale: Locale,
): SearchResultView[] {
  const base = {
    id: hit.recordId,
    title: withoutMarkup(hit.title),
    snippet: withoutMarkup(hit.snippet),
    textLanguage: hit.locale,
  };
  switch (hit.recordType) {
    case "measure":
      return [{ ...base, type: "measure", path: `/measures/${encodeURIComponent(hit.recordId)}`, locale }];
    case "person":
      return [{ ...base, type: "person", path: `/people/${encodeURIComponent(hit.recordId)}`, locale }];
    case "meeting":
      return [{ ...base, type: "meeting", path: `/meetings/${encodeURIComponent(hit.recordId)}`, locale }];
    case "explainer": {
      const explainer = explainerMeasures.get(hit.recordId);
      if (!explainer) return [];
      return [
        {
          ...base,
          type: "explainer",
          path: `/explainers/${encodeURIComponent(explainer.measureId)}`,
          locale: explainer.locale,
        },
      ];
    }
    default:
      return [];
  }
}
