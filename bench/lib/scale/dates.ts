const DAY_MS = 86_400_000;
/** The first day generated records may fall on; terms of office start here too. */
export const FIRST_DAY = Date.UTC(2016, 0, 1);
/** How many days the generated history spans (to mid-2026). */
export const SPAN_DAYS = 3_800;

const dayNames: string[] = [];

/** `YYYY-MM-DD` for a day counted from FIRST_DAY (kept once made: a million records ask for a few thousand days). */
export function isoDay(dayNumber: number): string {
  const known = dayNames[dayNumber];
  if (known) return known;
  const name = new Date(FIRST_DAY + dayNumber * DAY_MS).toISOString().slice(0, 10);
  dayNames[dayNumber] = name;
  return name;
}

/** An instant at 18:00 UTC on that day, as explainer revisions record publication. */
export function isoInstant(dayNumber: number): string {
  return `${isoDay(dayNumber)}T18:00:00.000Z`;
}

/** Council terms are four calendar years: 2016–2019, 2020–2023, 2024 onward (running). */
export const TERMS = [
  { startDate: "2016-01-01", endDate: "2019-12-31" },
  { startDate: "2020-01-01", endDate: "2023-12-31" },
  { startDate: "2024-01-01", endDate: null },
] as const;

export function termOf(dayNumber: number): number {
  const year = Number(isoDay(dayNumber).slice(0, 4));
  return year < 2020 ? 0 : year < 2024 ? 1 : 2;
}
