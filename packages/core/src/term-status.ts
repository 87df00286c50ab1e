import { compareDates, dateRange, type PartialDate } from "./partial-date.js";
import type { Membership } from "./schemas/people.js";
import { servedOn } from "./terms.js";

/** Where a term stands today: running, over, not begun, or not on record. */
export type TermStatus = "current" | "former" | "upcoming" | "unknown";

/**
 * A term's status on `today` (pass the real today: `current` describes the present). The
 * record's `current` wins when given, since it is what the source says about now; otherwise
 * {@link servedOn} decides from the dates, and a term it cannot decide on stays `unknown`
 * rather than guessed.
 *
 * @example
 * termStatus({ startDate: null, endDate: null, current: false }, "2026-01-15"); // → "former"
 * termStatus({ startDate: "2025-01", endDate: null }, "2026-01-15"); // → "unknown": no end on record
 * termStatus({ startDate: "2030-01-01", endDate: null }, "2026-01-15"); // → "upcoming"
 */
export function termStatus(
  term: Pick<Membership, "startDate" | "endDate" | "current">,
  today: PartialDate,
): TermStatus {
  if (term.current === true) return "current";
  if (term.current === false) return "former";
  const served = servedOn(term, today);
  if (served === "yes") return "current";
  if (served === "maybe") return "unknown";
  const start = term.startDate === null ? undefined : dateRange(term.startDate);
  const day = dateRange(today);
  return start && day && start.start > day.end ? "upcoming" : "former";
}

/** Orders terms for a list: current first, then upcoming, unknown and former; each newest start first, unknown starts last. */
export function compareTerms(
  a: { status: TermStatus; startDate: PartialDate | null },
  b: { status: TermStatus; startDate: PartialDate | null },
): number {
  const rank: Record<TermStatus, number> = { current: 0, upcoming: 1, unknown: 2, former: 3 };
  const byStatus = rank[a.status] - rank[b.status];
  if (byStatus !== 0) return byStatus;
  if (a.startDate === null || b.startDate === null)
    return a.startDate === b.startDate ? 0 : a.startDate === null ? 1 : -1;
  return compareDates(b.startDate, a.startDate);
}
