import {
  type Citation,
  decideVote,
  executiveStepApplies,
  type Locale,
  type MeasureClassification,
  MOTIONS_THAT_PASS_A_MEASURE,
  type MotionKind,
  type Threshold,
  type ThresholdRule,
  type UnknownOutcomeReason,
  type VoteEvent,
  type VoteOutcome,
  type VotingRules,
} from "@legible/core";

/** A rule as a page shows it: its share and where it comes from, in the page's citation form. */
export interface CitedRuleView<C> {
  threshold: Threshold;
  citation: C;
}

/**
 * Core's decision on a vote ({@link decideVote}), with each rule's citation in the page's form
 * (a vote page's numbered source, or an explainer's list of references). Every sentence a page
 * says about a vote's result comes from this: what the vote decided, the rule for that motion,
 * the result by that rule, and whether the record agrees.
 */
export interface VoteDecisionView<C> {
  /** What the vote decided (core's motion kind); null when the record does not say. */
  motion: MotionKind | null;
  /** The kind of measure voted on; null when the vote names none. */
  measureKind: MeasureClassification | null;
  /** True when the motion passes the measure itself (finally, at a reading, or as urgent). */
  passesMeasure: boolean;
  /** How sentences name the executive ("the Mayor"), when the rules name one. */
  executive: string | null;
  seats: { value: number; citation: C } | null;
  /** The rule for this motion: which rule it is, its share and citation; null when unknown. */
  applied: (CitedRuleView<C> & { rule: ThresholdRule }) | null;
  quorum: CitedRuleView<C> | null;
  /**
   * Set for a vote that passes a measure the executive then signs or vetoes: `override` is the
   * share that overrides a veto, or null when the rules on record do not say.
   */
  veto: { executive: string; override: CitedRuleView<C> | null } | null;
  /** Core's math against the rule for this motion: votes needed and won, margin, quorum, veto-proof. */
  outcome: VoteOutcome;
  /** Whether it passed by the rules on record; null when they cannot say (see `unknownReason`). */
  passed: boolean | null;
  unknownReason: UnknownOutcomeReason | null;
  /** What the record itself says happened. */
  recordedResult: "pass" | "fail" | null;
  /** False when the record's result and the rules disagree; null when either is unknown. */
  recordAgrees: boolean | null;
}

/**
 * Decides a vote with core's {@link decideVote} and puts its rules' citations in the page's form.
 * `cite` is called in page order: seats, the rule for the motion, quorum, then the override.
 */
export function voteDecisionView<C>(input: {
  vote: Pick<VoteEvent, "counts" | "motionClassification" | "result">;
  measure: { classification: MeasureClassification } | null;
  rules: VotingRules | null | undefined;
  locale: Locale;
  cite: (citation: Citation) => C;
}): VoteDecisionView<C> {
  const { vote, measure, rules, locale, cite } = input;
  const decision = decideVote({ vote, measure, rules });
  const executive = rules?.executive ? rules.executive.title[locale] : null;
  const passesMeasure = decision.motion !== null && MOTIONS_THAT_PASS_A_MEASURE.has(decision.motion);
  const vetoFollows =
    passesMeasure && measure !== null && executiveStepApplies(rules ?? undefined, measure.classification);

  const seats = decision.seats && { value: decision.seats.value, citation: cite(decision.seats.citation) };
  const applied = decision.applied && {
    rule: decision.applied.rule,
    threshold: decision.applied.threshold,
    citation: cite(decision.applied.citation),
  };
  const quorum = decision.quorum && { threshold: decision.quorum.threshold, citation: cite(decision.quorum.citation) };
  const override = decision.override && {
    threshold: decision.override.threshold,
    citation: cite(decision.override.citation),
  };
  return {
    motion: decision.motion,
    measureKind: measure?.classification ?? null,
    passesMeasure,
    executive,
    seats,
    applied,
    quorum,
    veto: vetoFollows && executive !== null ? { executive, override } : null,
    outcome: decision.outcome,
    passed: decision.passed,
    unknownReason: decision.unknownReason,
    recordedResult: decision.recordedResult,
    recordAgrees: decision.recordAgrees,
  };
}
