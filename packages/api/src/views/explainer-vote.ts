import {
  type Body,
  formatDate,
  type Locale,
  type Measure,
  VOTE_OPTIONS,
  type VoteEvent,
  type VoteOption,
} from "@legible/core";
import type { CitationRef, SourceNumbers } from "./explainer-sources";
import { type InferredView, inferredView } from "./inferred";
import { type VoteDecisionView, voteDecisionView } from "./vote-decision-view";

/**
 * A vote as the page's vote card shows it: the tally, and core's decision (`decideVote`): what
 * the vote decided, the rule for that motion with its citations, the result by that rule.
 */
export interface VoteCardView {
  id: string;
  /** Formatted at the date's own precision. */
  date: string;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  bodyName: string | null;
  /** The motion, as the record words it. */
  motionText: string;
  /** Known counts only, in Open Civic Data's order; an option left out is unknown, not zero. */
  counts: Array<{ option: VoteOption; count: number; inferred: InferredView }>;
  /** Core's decision; each rule cites its sources (`recordedResult` is what the record says happened). */
  decision: VoteDecisionView<CitationRef[]>;
  /** Each member's vote, or null when the roll call is not on record. */
  rollCall: Array<{ voterName: string; option: VoteOption }> | null;
  citations: CitationRef[];
}

/** Builds one vote card with core's `decideVote`. */
export function voteCardView(
  vote: VoteEvent,
  context: { measure: Measure; body: Body | undefined; locale: Locale; sources: SourceNumbers },
): VoteCardView {
  const { measure, body, locale, sources } = context;
  const citations = sources.citeIds(vote.sourceIds);
  const decision = voteDecisionView({
    vote,
    measure,
    rules: body?.rules,
    locale,
    cite: (citation) => sources.cite([citation]),
  });
  return {
    id: vote.id,
    date: formatDate(vote.date, locale),
    dateInferred: inferredView(vote, "date", locale),
    bodyName: body?.name ?? null,
    motionText: vote.motionText,
    counts: VOTE_OPTIONS.flatMap((option) => {
      const count = vote.counts[option];
      return count === undefined ? [] : [{ option, count, inferred: inferredView(vote, `counts.${option}`, locale) }];
    }),
    decision,
    rollCall: vote.rollCall?.map((entry) => ({ voterName: entry.voterName, option: entry.option })) ?? null,
    citations,
  };
}
