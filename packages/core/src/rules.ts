import { z } from "zod";
import { CitationSchema, LocalizedTextSchema, oneOf } from "./schemas/common.js";
import { type MeasureClassification, MeasureClassificationSchema } from "./schemas/measure.js";

/** Fractions a rule can require. A majority is more than half; the others round up. */
export const FRACTIONS = ["majority", "two-thirds", "three-quarters", "unanimous"] as const;

/**
 * What a fraction is taken of: every seat (vacant or not), the members present, or the
 * members voting yes or no.
 */
export const SHARE_BASES = ["seats", "present", "voting"] as const;

/** A fraction of a base, such as a majority of seats or two-thirds of those present. */
export const ShareSchema = z.object({
  fraction: oneOf(FRACTIONS, "fraction"),
  of: oneOf(SHARE_BASES, "share base"),
});

/** A fraction of a base, such as a majority of seats. */
export type Share = z.infer<typeof ShareSchema>;

/** A fixed number of votes, for rules written as a number ("eight members"). */
export const CountThresholdSchema = z.object({
  count: z.int().min(1, { error: "must be 1 or more" }),
});

/** How many votes a rule requires: a share, or a fixed count. */
export const ThresholdSchema = z.union([ShareSchema, CountThresholdSchema], {
  error: 'must be a share like { "fraction": "majority", "of": "seats" } or a count like { "count": 8 }',
});

/** How many votes a rule requires: a share, or a fixed count. */
export type Threshold = z.infer<typeof ThresholdSchema>;

/** A rule's value with the citation that establishes it. */
function cited<T extends z.ZodType>(value: T) {
  return z.object({ value, citation: CitationSchema });
}

/** A threshold with its citation. */
export const CitedThresholdSchema = cited(ThresholdSchema);

/** A threshold with its citation. */
export type CitedThreshold = z.infer<typeof CitedThresholdSchema>;

/** What happens when the executive neither signs nor vetoes in time. */
export const NO_ACTION_RESULTS = ["becomes-law", "fails"] as const;

/**
 * The executive's approval step: which kinds of measure go to the executive, how long the
 * executive has to act, and what it takes to override a veto. Every value cites its source.
 */
export const ExecutiveRuleSchema = z.object({
  /**
   * How sentences name the office, with its article: `{ en: "the Mayor", es: "la Alcaldía" }`.
   * It names the office, not the person, because rules outlive officeholders.
   */
  title: LocalizedTextSchema,
  /** The post that holds the power, such as the Mayor's post. */
  postId: z.string().min(1).max(200).optional(),
  appliesTo: z.array(MeasureClassificationSchema).min(1, { error: "must name at least one kind of measure" }),
  /** Days the executive has to act. Leave out when the number is not on record. */
  daysToAct: cited(z.int().min(1)).optional(),
  ifNoAction: cited(oneOf(NO_ACTION_RESULTS, "result of no action")).optional(),
  override: CitedThresholdSchema,
});

/** The executive's approval step. */
export type ExecutiveRule = z.infer<typeof ExecutiveRuleSchema>;

/**
 * A body's voting rules as data. Each value carries the citation (charter section, rules of
 * order) that establishes it, so every number shown to readers can be traced.
 */
export const VotingRulesSchema = z.object({
  seats: cited(z.int().min(1, { error: "must be 1 or more" })),
  quorum: CitedThresholdSchema,
  /**
   * The share each kind of measure needs to pass. A kind left out has an unknown threshold,
   * and vote math reports "unknown" rather than assume a simple majority.
   */
  passage: z.partialRecord(MeasureClassificationSchema, CitedThresholdSchema),
  executive: ExecutiveRuleSchema.optional(),
});

/** A body's voting rules. */
export type VotingRules = z.infer<typeof VotingRulesSchema>;

/** The thresholds that apply to one vote, ready for `computeVoteOutcome`. */
export interface ApplicableRules {
  seats: number;
  /** Share needed to pass; `null` when the rules do not cover this kind of measure. */
  required: Threshold | null;
  quorum: Threshold;
  /** Share needed to override a veto; `null` when no executive step applies. */
  override: Threshold | null;
}

/**
 * Picks the thresholds that apply to a vote on a given kind of measure, so the result can be
 * passed straight to `computeVoteOutcome` along with the counts.
 */
export function rulesFor(rules: VotingRules, classification: MeasureClassification): ApplicableRules {
  return {
    seats: rules.seats.value,
    required: rules.passage[classification]?.value ?? null,
    quorum: rules.quorum.value,
    override: executiveStepApplies(rules, classification) ? (rules.executive?.override.value ?? null) : null,
  };
}

/** True when a measure of this kind goes to the executive after it passes. */
export function executiveStepApplies(rules: VotingRules | undefined, classification: MeasureClassification): boolean {
  return rules?.executive?.appliesTo.includes(classification) ?? false;
}
