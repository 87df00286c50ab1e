import {
  type Body,
  computeVoteOutcome,
  formatDate,
  type Locale,
  type Measure,
  rulesFor,
  type Threshold,
  VOTE_OPTIONS,
  type VoteEvent,
  type VoteOption,
  type VoteOutcome,
} from "@legible/core";
import type { CitationRef, SourceNumbers } from "./explainer-sources";
import { type InferredView, inferredView } from "./inferred";

/** A vote as the page's vote card shows it: the tally, the math and the rules behind it. */
export interface VoteCardView {
  id: string;
  /** Formatted at the date's own precision. */
  date: string;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  bodyName: string | null;
  /** The motion, as the record words it. */
  motionText: string;
  /** What the record says happened; `outcome.passed` is what the rules make of the counts. */
  recordedResult: "pass" | "fail" | null;
  /** Known counts only, in Open Civic Data's order; an option left out is unknown, not zero. */
  counts: Array<{ option: VoteOption; count: number; inferred: InferredView }>;
  seats: number | null;
  /** Core's vote math: votes needed and won, margin, quorum, veto-proof. Null means unknown. */
  outcome: VoteOutcome;
  /** The shares the rules set; null when the rules do not say. */
  passageRule: Threshold | null;
  quorumRule: Threshold | null;
  overrideRule: Threshold | null;
  /** Where each rule comes from. */
  ruleCitations: { seats: CitationRef[]; passage: CitationRef[]; quorum: CitationRef[]; override: CitationRef[] };
  /** "the Mayor", when a veto can follow. */
  executiveTitle: string | null;
  /** Each member's vote, or null when the roll call is not on record. */
  rollCall: Array<{ voterName: string; option: VoteOption }> | null;
  citations: CitationRef[];
}

/** Builds one vote card with core's `rulesFor` and `computeVoteOutcome`. */
export function voteCardView(
  vote: VoteEvent,
  context: { measure: Measure; body: Body | undefined; locale: Locale; sources: SourceNumbers },
): VoteCardView {
  const { measure, body, locale, sources } = context;
  const rules = body?.rules;
  const applicable = rules ? rulesFor(rules, measure.classification) : null;
  const outcome = computeVoteOutcome({
    counts: vote.counts,
    seats: applicable?.seats ?? null,
    required: applicable?.required ?? null,
    quorum: applicable?.quorum ?? null,
    override: applicable?.override ?? null,
  });
  const citations = sources.citeIds(vote.sourceIds);
  const passageRule = rules?.passage[measure.classification];
  const overrideApplies = applicable?.override != null;
  return {
    id: vote.id,
    date: formatDate(vote.date, locale),
    dateInferred: inferredView(vote, "date", locale),
    bodyName: body?.name ?? null,
    motionText: vote.motionText,
    recordedResult: vote.result,
    counts: VOTE_OPTIONS.flatMap((option) => {
      const count = vote.counts[option];
      return count === undefined ? [] : [{ option, count, inferred: inferredView(vote, `counts.${option}`, locale) }];
    }),
    seats: applicable?.seats ?? null,
    outcome,
    passageRule: applicable?.required ?? null,
    quorumRule: applicable?.quorum ?? null,
    overrideRule: applicable?.override ?? null,
    ruleCitations: {
      seats: rules ? sources.cite([rules.seats.citation]) : [],
      passage: passageRule ? sources.cite([passageRule.citation]) : [],
      quorum: rules ? sources.cite([rules.quorum.citation]) : [],
      override: overrideApplies && rules?.executive ? sources.cite([rules.executive.override.citation]) : [],
    },
    executiveTitle: overrideApplies ? (rules?.executive?.title[locale] ?? null) : null,
    rollCall: vote.rollCall?.map((entry) => ({ voterName: entry.voterName, option: entry.option })) ?? null,
    citations,
  };
}
