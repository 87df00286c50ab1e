import { z } from "zod";
import { BROWSE_YEARS } from "./browse.js";
import { IdSchema } from "./schemas/common.js";
import { STAGES } from "./stage.js";

// Search narrows by facets read from the address, like the browse lists: each value is read on
// its own (core's readBrowseFilters), so a value that does not fit is named and left out.

/** The kinds of record search finds. */
export const SEARCH_KINDS = ["explainer", "measure", "meeting", "person"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Best match first, or the latest step (a measure's latest action, a meeting's start) first. */
export const SEARCH_SORTS = ["relevance", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Results a page of search shows. */
export const SEARCH_PAGE_SIZE = 30;

/**
 * How many matches search counts and pages through. A very common word matches tens of thousands
 * of records; counting or ordering all of them would make every such search slow, and nobody reads
 * past a few pages. Past this, the page says "1,000+" and asks for more words or a filter.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** The facets search can be narrowed by, and its order. */
export const SearchFiltersSchema = z.object({
  kind: z.enum(SEARCH_KINDS).optional(),
  stage: z.enum(STAGES).optional(),
  body: IdSchema.optional(),
  year: z.int().min(BROWSE_YEARS.min).max(BROWSE_YEARS.max).optional(),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** The facet names that narrow a search (the order does not). */
export const SEARCH_FACETS = ["kind", "stage", "body", "year"] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Whether any facet narrows the search. */
export function narrowsSearch(filters: SearchFilters): boolean {
  return SEARCH_FACETS.some((facet) => filters[facet] !== undefined);
}
