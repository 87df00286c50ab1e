import { z } from "zod";
import { PageNumberSchema } from "./paging.js";
import { IdSchema } from "./schemas/common.js";
import { MEASURE_CLASSIFICATIONS } from "./schemas/measure.js";
import { STAGES } from "./stage.js";

// The browse lists' filters come from addresses anyone can type. Each one is read on its own:
// a value that does not fit is left out (and named, so the page can say it was ignored) rather
// than failing the whole page.

/** How the measures list can be ordered: latest action first, or by title. */
export const MEASURE_SORTS = ["latest", "title"] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** The earliest and latest year a filter accepts: far around any record, a guard on typed-in years. */
export const BROWSE_YEARS = { min: 1800, max: 2200 } as const;

/** What the measures list can be narrowed to and how it is ordered. */
export const MeasureBrowseFiltersSchema = z.object({
  stage: z.enum(STAGES).optional(),
  kind: z.enum(MEASURE_CLASSIFICATIONS).optional(),
  body: IdSchema.optional(),
  subject: z.string().trim().min(1).max(200).optional(),
  year: z.int().min(BROWSE_YEARS.min).max(BROWSE_YEARS.max).optional(),
  sort: z.enum(MEASURE_SORTS).default("latest"),
});
export type MeasureBrowseFilters = z.infer<typeof MeasureBrowseFiltersSchema>;

/** The meetings list: upcoming (soonest first) or past (latest first), of one body or all. */
export const MeetingBrowseFiltersSchema = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  body: IdSchema.optional(),
});
export type MeetingBrowseFilters = z.infer<typeof MeetingBrowseFiltersSchema>;

/** A query string's values as Next and URLSearchParams hand them over. */
export type QueryValues = Record<string, string | string[] | undefined>;

/** Filters read from an address, the page asked for, and the names of the values left out. */
export interface ReadFilters<F> {
  filters: F;
  page: number;
  ignored: string[];
}

const PAGE_TEXT = /^[1-9][0-9]*$/;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  // An empty field is a form's "any", not a bad value.
  return one === undefined || one.trim() === "" ? undefined : one;
}

/** Reads `page` from an address: absent is 1; anything but a plain page number is ignored. */
function readPage(values: QueryValues, ignored: string[]): number {
  const text = first(values.page);
  if (text === undefined) return 1;
  const parsed = PAGE_TEXT.test(text) ? PageNumberSchema.safeParse(Number(text)) : null;
  if (parsed?.success) return parsed.data;
  ignored.push("page");
  return 1;
}

/**
 * Reads a list's filters from an address, each against its own part of `schema`: a value that
 * does not fit is ignored and named in `ignored`; unknown names are not filters and are skipped.
 */
export function readBrowseFilters<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  values: QueryValues,
): ReadFilters<z.infer<z.ZodObject<Shape>>> {
  const ignored: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const text = first(values[name]);
    if (text === undefined) continue;
    const value = name === "year" ? (/^[0-9]{1,4}$/.test(text) ? Number(text) : Number.NaN) : text;
    const parsed = field.safeParse(value);
    if (parsed.success) raw[name] = parsed.data;
    else ignored.push(name);
  }
  const page = readPage(values, ignored);
  return { filters: schema.parse(raw), page, ignored };
}
