import { compareDates, type PartialDate } from "./partial-date.js";
import type { Action } from "./schemas/action.js";
import { localStart, type Meeting } from "./schemas/meeting.js";
import type { Statement } from "./schemas/statement.js";
import type { VoteEvent } from "./schemas/vote-event.js";

/** One dated entry in a measure's timeline, carrying the record it came from. */
export type TimelineEntry =
  | { kind: "action"; date: PartialDate; id: string; action: Action }
  | { kind: "vote"; date: PartialDate; id: string; vote: VoteEvent }
  | { kind: "statement"; date: PartialDate | null; id: string; statement: Statement }
  | { kind: "meeting"; date: PartialDate; id: string; meeting: Meeting };

/** The records a timeline merges; any may be left out. */
export interface TimelineInput {
  actions?: readonly Action[];
  votes?: readonly VoteEvent[];
  statements?: readonly Statement[];
  /** Meetings whose agenda took the measure up, dated by their local day. */
  meetings?: readonly Meeting[];
}

// On the same date the meeting comes first (actions and votes happen in it), an action before
// the vote that decided it, and statements (which react to both) come last.
const KIND_ORDER = { meeting: 0, action: 1, vote: 2, statement: 3 } as const;

/**
 * Merges actions, votes, statements and meetings into one list in time order (a meeting on the
 * day its own place's clock shows). Coarser dates sort before
 * finer ones that begin on the same day ("2024" before "2024-01-05"); statements with an
 * unknown date go last. The sort is stable and ties break by id, so output is deterministic.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...(input.actions ?? []).map(
      (action): TimelineEntry => ({ kind: "action", date: action.date, id: action.id, action }),
    ),
    ...(input.votes ?? []).map((vote): TimelineEntry => ({ kind: "vote", date: vote.date, id: vote.id, vote })),
    ...(input.statements ?? []).map(
      (statement): TimelineEntry => ({ kind: "statement", date: statement.date, id: statement.id, statement }),
    ),
    ...(input.meetings ?? []).map(
      (meeting): TimelineEntry => ({ kind: "meeting", date: localStart(meeting).date, id: meeting.id, meeting }),
    ),
  ];
  return entries.sort((a, b) => {
    if (a.date === null || b.date === null) {
      if (a.date !== b.date) return a.date === null ? 1 : -1;
    } else {
      const byDate = compareDates(a.date, b.date);
      if (byDate !== 0) return byDate;
    }
    const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (byKind !== 0) return byKind;
    const byOrder =
      (a.kind === "action" ? (a.action.order ?? 0) : 0) - (b.kind === "action" ? (b.action.order ?? 0) : 0);
    if (byOrder !== 0) return byOrder;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
