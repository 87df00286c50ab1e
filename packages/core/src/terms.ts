import { dateRange, type PartialDate } from "./partial-date.js";
import type { Membership, Post } from "./schemas/people.js";

/** Whether a term covered a date: `maybe` when partial or missing dates cannot decide it. */
export type Served = "yes" | "no" | "maybe";

/**
 * Whether a membership (a term) was running at some point on `date`. Terms and dates may be
 * partial: a term that started "2022-12" was running on 2022-12-20 only `maybe`. A missing
 * start is unknown (`maybe` unless the end rules it out). A missing end counts as "still
 * running" only when the term is marked `current: true`; otherwise the end is unknown.
 */
export function servedOn(membership: Pick<Membership, "startDate" | "endDate" | "current">, date: PartialDate): Served {
  const on = dateRange(date);
  if (!on) return "maybe";
  const start = membership.startDate === null ? undefined : dateRange(membership.startDate);
  const end = membership.endDate === null ? undefined : dateRange(membership.endDate);
  if (start && start.start > on.end) return "no";
  if (end && end.end < on.start) return "no";
  // Certain only when the latest possible start is no later than the date's last day and
  // the earliest possible end is no earlier than its first day.
  const startsInTime = start !== undefined && start.end <= on.end;
  const runsLongEnough =
    end !== undefined ? end.start >= on.start : membership.endDate === null && membership.current === true;
  return startsInTime && runsLongEnough ? "yes" : "maybe";
}

/** Options for the on-date lookups. */
export interface OnDateOptions {
  /** Include terms that may have been running (`maybe`); default true. */
  includeUncertain?: boolean;
}

function onDate(memberships: readonly Membership[], date: PartialDate, options: OnDateOptions): Membership[] {
  const includeUncertain = options.includeUncertain ?? true;
  return memberships.filter((m) => {
    const served = servedOn(m, date);
    return served === "yes" || (includeUncertain && served === "maybe");
  });
}

/**
 * Who held a post on a date, such as the Mayor on 2024-11-19. Returns the matching terms
 * (there can be two on a day of handover). Terms that may have been running are included
 * unless `includeUncertain` is false; check each with {@link servedOn}.
 */
export function holdersOfPost(
  memberships: readonly Membership[],
  postId: string,
  date: PartialDate,
  options: OnDateOptions = {},
): Membership[] {
  return onDate(
    memberships.filter((m) => m.postId === postId),
    date,
    options,
  );
}

/**
 * Who sat on a body on a date: terms in the body itself, or in any of its posts when
 * `posts` is given (a councilmember's term is usually recorded against a district post).
 */
export function membersOfBody(
  memberships: readonly Membership[],
  bodyId: string,
  date: PartialDate,
  options: OnDateOptions & { posts?: readonly Post[] } = {},
): Membership[] {
  const postIds = new Set((options.posts ?? []).filter((p) => p.bodyId === bodyId).map((p) => p.id));
  return onDate(
    memberships.filter((m) => m.bodyId === bodyId || (m.postId !== undefined && postIds.has(m.postId))),
    date,
    options,
  );
}
