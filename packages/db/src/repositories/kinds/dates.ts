import { dateRange, type PartialDate } from "@legible/core";

/** The first day a partial date covers, so rows of any precision sort together in SQL. */
export function dateStart(date: PartialDate): string {
  return dateRange(date)?.start ?? date;
}
