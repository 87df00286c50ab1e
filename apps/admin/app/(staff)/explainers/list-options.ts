/** The sorts staff can pick on the explainers list, as sort column and direction. */
export const SORTS = {
  "updatedAt-desc": { label: "Recently changed first", sort: "updatedAt", direction: "desc" },
  "updatedAt-asc": { label: "Least recently changed first", sort: "updatedAt", direction: "asc" },
  "headline-asc": { label: "Headline, A to Z", sort: "headline", direction: "asc" },
  "headline-desc": { label: "Headline, Z to A", sort: "headline", direction: "desc" },
  "createdAt-desc": { label: "Newest first", sort: "createdAt", direction: "desc" },
} as const;

export type SortKey = keyof typeof SORTS;

export const PAGE_SIZE = 20;

/** The list's filters as the API takes them: only the ones set. */
export function listFilters(status: string, locale: string): Record<string, string> | undefined {
  const filters = { ...(status ? { status } : {}), ...(locale ? { locale } : {}) };
  return Object.keys(filters).length ? filters : undefined;
}

/** How many pages `total` rows fill; at least one, so "page 1 of 1" reads right when empty. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
