import {
  isMotionRuleKind,
  MOTIONS_THAT_PASS_A_MEASURE,
  MOTIONS_WITH_THEIR_OWN_SHARE,
  type MotionKind,
  motionKindOf,
} from "./motion.js";
import { computeVoteOutcome, type VoteOutcome } from "./outcome.js";
import { executiveStepApplies, type Threshold, type VotingRules } from "./rules.js";
import type { Citation } from "./schemas/common.js";
import type { Measure, MeasureClassification } from "./schemas/measure.js";
import type { VoteEvent } from "./schemas/vote-event.js";

/**
 * Which rule a threshold comes from: the share a kind of measure needs to pass, a motion's own
 * share, the veto override's, or the share for any other action.
 */
export type ThresholdRule = "passage" | "motion" | "veto-override" | "other-actions";

/** The threshold that applies to a motion, with the rule and the citation behind it. */
export interface AppliedThreshold {
  motion: MotionKind;
  rule: ThresholdRule;
  threshold: Threshold;
  citation: Citation;
}

/**
 * Why a vote's outcome is unknown:
 * - `no-rules`: the body's voting rules are not on record;
 * - `motion-not-recorded`: the record does not say what the vote decided;
 * - `no-rule-for-motion`: the rules on record do not say what this motion needs;
 * - `counts-undecided`: the rule is known, but the counts on record cannot settle it (attendance
 *   or a count is missing).
 */
export type UnknownOutcomeReason = "no-rules" | "motion-not-recorded" | "no-rule-for-motion" | "counts-undecided";

/** What {@link decideVote} returns: the outcome against the threshold for what the vote decided. */
export interface VoteDecision {
  /** The motion that decides the threshold; `null` when the record does not say. */
  motion: MotionKind | null;
  /** The threshold that applies, or `null` when unknown (see `unknownReason`). */
  applied: AppliedThreshold | null;
  seats: { value: number; citation: Citation } | null;
  quorum: { threshold: Threshold; citation: Citation } | null;
  /**
   * For a vote that passes a measure the executive then acts on: the veto override's
   * threshold, so `outcome.vetoProof` says whether the yes votes would also override a veto.
   */
  override: AppliedThreshold | null;
  /** The math against `applied` (all `null` where unknown). */
  outcome: VoteOutcome;
  /** Whether it passed by the rules on record; `null` when they cannot say. */
  passed: boolean | null;
  unknownReason: UnknownOutcomeReason | null;
  /** What the record itself says happened. */
  recordedResult: "pass" | "fail" | null;
  /**
   * `true` when the record's result and the rules agree, `false` when they disagree ("the record
   * says passed; by the rules on record it needed 5"), `null` when either is unknown.
   */
  recordAgrees: boolean | null;
}

/** What {@link decideVote} reads. */
export interface VoteDecisionInput {
  vote: Pick<VoteEvent, "counts" | "motionClassification" | "result">;
  /** The measure voted on; `null` for a vote on no measure. */
  measure: Pick<Measure, "classification"> | null;
  /** The voting body's rules; `null` or absent when not on record. */
  rules: VotingRules | null | undefined;
}

/**
 * The threshold a motion needs under a body's rules, or `null` when the rules do not say. The
 * motion's own share comes first; a veto override takes the executive step's share; a motion
 * that passes a measure takes that kind of measure's passage share; any other ordinary motion
 * takes the share for other actions. Motions with their own share (override, urgency,
 * reconsideration, suspension of rules) never borrow another's.
 */
export function thresholdForMotion(
  rules: VotingRules,
  motion: MotionKind,
  measureKind: MeasureClassification | null,
): AppliedThreshold | null {
  const applied = (rule: ThresholdRule, cited: { value: Threshold; citation: Citation } | undefined) =>
    cited ? { motion, rule, threshold: cited.value, citation: cited.citation } : null;

  if (isMotionRuleKind(motion) && rules.motions?.[motion]) return applied("motion", rules.motions[motion]);
  if (motion === "veto-override") return applied("veto-override", rules.executive?.override);
  if (MOTIONS_WITH_THEIR_OWN_SHARE.has(motion)) return null;
  if (MOTIONS_THAT_PASS_A_MEASURE.has(motion) && measureKind !== null && rules.passage[measureKind]) {
    return applied("passage", rules.passage[measureKind]);
  }
  return applied("other-actions", rules.otherActions);
}

/**
 * Decides a vote against the threshold for what it decided: a veto override against the
 * override share, an urgency clause against the urgency share, a passage against the share that
 * kind of measure needs. When the rules on record do not say what the motion needs, the outcome
 * is unknown with the reason, never a guess; when the record's own result disagrees with the
 * rules, `recordAgrees` is `false`.
 *
 * @example
 * const decision = decideVote({
 *   vote: { counts: { yes: 4, no: 3 }, motionClassification: ["veto-override"], result: "fail" },
 *   measure: { classification: "ordinance" },
 *   rules: sevenSeatCouncil, // override: two-thirds of seats
 * });
 * // decision.applied.rule → "veto-override"; decision.outcome.votesNeeded → 5; decision.passed → false
 */
export function decideVote(input: VoteDecisionInput): VoteDecision {
  const { vote, measure, rules } = input;
  const motion = motionKindOf(vote.motionClassification);
  const measureKind = measure?.classification ?? null;
  const applied = rules && motion ? thresholdForMotion(rules, motion, measureKind) : null;
  const override =
    rules &&
    motion &&
    measureKind !== null &&
    MOTIONS_THAT_PASS_A_MEASURE.has(motion) &&
    executiveStepApplies(rules, measureKind)
      ? thresholdForMotion(rules, "veto-override", measureKind)
      : null;

  const outcome = computeVoteOutcome({
    counts: vote.counts,
    seats: rules?.seats.value ?? null,
    required: applied?.threshold ?? null,
    quorum: rules?.quorum.value ?? null,
    override: override?.threshold ?? null,
  });

  let unknownReason: UnknownOutcomeReason | null = null;
  if (!rules) unknownReason = "no-rules";
  else if (!motion) unknownReason = "motion-not-recorded";
  else if (!applied) unknownReason = "no-rule-for-motion";
  else if (outcome.passed === null) unknownReason = "counts-undecided";

  const passed = applied ? outcome.passed : null;
  return {
    motion,
    applied,
    seats: rules ? { value: rules.seats.value, citation: rules.seats.citation } : null,
    quorum: rules ? { threshold: rules.quorum.value, citation: rules.quorum.citation } : null,
    override,
    outcome,
    passed,
    unknownReason,
    recordedResult: vote.result,
    recordAgrees: passed === null || vote.result === null ? null : (vote.result === "pass") === passed,
  };
}
