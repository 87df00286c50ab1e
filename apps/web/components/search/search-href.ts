import type { SearchFilters } from "@legible/core";

// A search keeps its words, facets, order and page in the query string, in one fixed order and
// without defaults, so each page of a narrowed search has one address to share.

const FACET_KEYS = ["kind", "stage", "body", "year"] as const;

/** The address of a page of a search with these facets and order. */
export function searchHref(query: string, filters: SearchFilters, page = 1): string {
  const params = new URLSearchParams();
  params.set("q", query);
  for (const key of FACET_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}
