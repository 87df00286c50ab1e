import type { MeasureBrowseFilters, MeetingBrowseFilters } from "@legible/core";

// The browse lists keep their filters and page number in the query string, in one fixed order
// and without defaults, so each filtered page has one address (and one cache entry).

const MEASURE_KEYS = ["stage", "kind", "body", "subject", "year"] as const;

function withQuery(path: string, entries: [string, string | number | undefined][]): string {
  const query = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The address of a page of the measures list with these filters. */
export function measuresHref(filters: MeasureBrowseFilters, page = 1): string {
  return withQuery("/measures", [
    ...MEASURE_KEYS.map((key): [string, string | number | undefined] => [key, filters[key]]),
    ["sort", filters.sort === "latest" ? undefined : filters.sort],
    ["page", page > 1 ? page : undefined],
  ]);
}

/** Whether any filter narrows the measures list (the order alone does not). */
export function narrowsMeasures(filters: MeasureBrowseFilters): boolean {
  return MEASURE_KEYS.some((key) => filters[key] !== undefined);
}

/** The address of a page of the meetings list with these filters. */
export function meetingsHref(filters: MeetingBrowseFilters, page = 1): string {
  return withQuery("/meetings", [
    ["when", filters.when === "upcoming" ? undefined : filters.when],
    ["body", filters.body],
    ["page", page > 1 ? page : undefined],
  ]);
}

/** The address of a page of past officials: /people/past, /people/past/2, … */
export function pastOfficialsHref(page = 1): string {
  return page > 1 ? `/people/past/${page}` : "/people/past";
}

/**
 * Whether an address's query already is `canonical`'s: the same names and values, whatever their
 * order. A filter form sends every field, empty ones and defaults included; the page sends such
 * an address on to its short form, so a filtered list has one address to share and cache.
 */
export function isCanonicalQuery(values: Record<string, string | string[] | undefined>, canonical: string): boolean {
  const given = Object.entries(values)
    .flatMap(([key, value]) => (Array.isArray(value) ? value.map((one) => [key, one]) : [[key, value ?? ""]]))
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  const wanted = [...new URLSearchParams(canonical.split("?")[1] ?? "").entries()]
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  return given.length === wanted.length && given.every((pair, index) => pair === wanted[index]);
}
