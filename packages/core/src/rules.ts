import { z } from "zod";
import { shareOf } from "./outcome.js";
import { type Citation, CitationSchema, LocalizedTextSchema, oneOf } from "./schemas/common.js";
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

/** How the days of a deadline are counted: every day, or working days only. */
export const DAY_KINDS = ["calendar", "business"] as const;

/**
 * The executive's approval step: which kinds of measure go to the executive, how long the
 * executive has to act (counted from the day the measure is delivered), what happens when the
 * executive does nothing, and what it takes to override a veto. Every value cites its source;
 * a value left out is unknown, and sentences say so rather than guess.
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
  /** Days the executive has to act, counted from delivery. Leave out when the number is not on record. */
  daysToAct: cited(
    z.int({ error: "must be a whole number of days" }).min(1, { error: "must be 1 day or more" }),
  ).optional(),
  /** How those days are counted; calendar days when left out. */
  dayKind: oneOf(DAY_KINDS, "kind of day").optional(),
  ifNoAction: cited(oneOf(NO_ACTION_RESULTS, "result of no action")).optional(),
  /** The share that overrides a veto. Leave out when it is not on record. */
  override: CitedThresholdSchema.optional(),
});

/** The executive's approval step. */
export type ExecutiveRule = z.infer<typeof ExecutiveRuleSchema>;

/**
 * Motions whose share the rules may set apart from a measure's passage: OCD's vote motion
 * classifications, plus Legible's `urgency` (an urgency clause) and `suspension-of-rules`.
 * A veto override's share lives with the executive step (`executive.override`), so it is not
 * one of these.
 */
export const MOTION_RULE_KINDS = [
  "reading-1",
  "reading-2",
  "reading-3",
  "amendment-passage",
  "committee-passage",
  "urgency",
  "reconsideration",
  "suspension-of-rules",
  "deferral",
  "referral",
] as const;

/** A motion whose share the rules may set. */
export type MotionRuleKind = (typeof MOTION_RULE_KINDS)[number];

/**
 * How many times a kind of measure must be passed, on separate days. With
 * `unanimousFirstSuffices`, a unanimous vote at the first consideration is enough (Los
 * Angeles: an ordinance not passed unanimously comes back for a second vote).
 */
export const ReadingsRuleSchema = z.object({
  appliesTo: z.array(MeasureClassificationSchema).min(1, { error: "must name at least one kind of measure" }),
  count: z.int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" }).max(5, {
    error: "must be at most 5",
  }),
  unanimousFirstSuffices: z.boolean(),
});

/** How many passing votes, on separate days, a kind of measure needs. */
export type ReadingsRule = z.infer<typeof ReadingsRuleSchema>;

/** What the days before a law takes effect are counted from. */
export const EFFECT_STARTS = ["publication", "enactment"] as const;

/**
 * When a law takes effect: a number of days after its publication or its enactment (0 for the
 * same day). Los Angeles: 31 days from publication; urgency ordinances on publication.
 */
export const EffectRuleSchema = z.object({
  from: oneOf(EFFECT_STARTS, "start of the count"),
  days: z.int({ error: "must be a whole number of days" }).min(0, { error: "must be 0 or more" }).max(3650),
});

/** When a law takes effect. */
export type EffectRule = z.infer<typeof EffectRuleSchema>;

/**
 * A body's voting rules as data. Each value carries the citation (charter section, rules of
 * order) that establishes it, so every number shown to readers can be traced. Whatever is left
 * out is unknown: vote math and next steps say so instead of assuming.
 */
const VotingRulesObject = z.object({
  seats: cited(z.int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" })),
  quorum: CitedThresholdSchema,
  /**
   * The share each kind of measure needs to pass. A kind left out falls back to
   * `otherActions` when the rules set it, and is unknown otherwise.
   */
  passage: z.partialRecord(MeasureClassificationSchema, CitedThresholdSchema),
  /** The share any action needs unless the rules say otherwise ("except as otherwise provided"). */
  otherActions: CitedThresholdSchema.optional(),
  /** Shares for motions the rules set apart, such as an urgency clause or reconsideration. */
  motions: z.partialRecord(oneOf(MOTION_RULE_KINDS, "motion"), CitedThresholdSchema).optional(),
  readings: cited(ReadingsRuleSchema).optional(),
  executive: ExecutiveRuleSchema.optional(),
  /** When a passed and enacted law takes effect. */
  effect: cited(EffectRuleSchema).optional(),
  /** When a law passed with an urgency clause takes effect, when that differs. */
  urgentEffect: cited(EffectRuleSchema).optional(),
});

export const VotingRulesSchema = VotingRulesObject.superRefine((rules, ctx) => {
  for (const issue of contradictions(rules)) ctx.addIssue({ code: "custom", ...issue });
});

/** A body's voting rules. */
export type VotingRules = z.infer<typeof VotingRulesSchema>;

/** Yes votes a threshold needs when that does not depend on attendance; otherwise `null`. */
export function fixedVotesNeeded(threshold: Threshold, seats: number): number | null {
  if ("count" in threshold) return threshold.count;
  return threshold.of === "seats" ? shareOf(threshold.fraction, seats) : null;
}

const FRACTION_ORDER: Record<Share["fraction"], number> = {
  majority: 0,
  "two-thirds": 1,
  "three-quarters": 2,
  unanimous: 3,
};

/**
 * -1 when `a` can need fewer votes than `b` in every room, 1 when more, 0 when they need the
 * same, `null` when the bases differ so much that attendance decides.
 */
function compareThresholds(a: Threshold, b: Threshold, seats: number): number | null {
  const fixedA = fixedVotesNeeded(a, seats);
  const fixedB = fixedVotesNeeded(b, seats);
  if (fixedA !== null && fixedB !== null) return Math.sign(fixedA - fixedB);
  if ("count" in a || "count" in b || a.of !== b.of) return null;
  return Math.sign(FRACTION_ORDER[a.fraction] - FRACTION_ORDER[b.fraction]);
}

function describeNeed(threshold: Threshold, seats: number): string {
  const fixed = fixedVotesNeeded(threshold, seats);
  if (fixed !== null) return `${fixed} of ${seats} seats`;
  return "count" in threshold ? `${threshold.count} votes` : `${threshold.fraction} of those ${threshold.of}`;
}

/**
 * Rules that contradict themselves: a fixed count above the seats, and a veto override or an
 * urgency clause that would need fewer votes than passing the measure in the first place.
 */
function contradictions(rules: z.infer<typeof VotingRulesObject>): Array<{ path: PropertyKey[]; message: string }> {
  const seats = rules.seats.value;
  const found: Array<{ path: PropertyKey[]; message: string }> = [];
  const checkCount = (threshold: Threshold | undefined, path: PropertyKey[]) => {
    if (threshold && "count" in threshold && threshold.count > seats) {
      found.push({
        path: [...path, "value", "count"],
        message: `needs ${threshold.count} votes, but the body has ${seats} seats`,
      });
    }
  };
  checkCount(rules.quorum.value, ["quorum"]);
  checkCount(rules.otherActions?.value, ["otherActions"]);
  checkCount(rules.executive?.override?.value, ["executive", "override"]);
  for (const [kind, rule] of Object.entries(rules.passage)) checkCount(rule?.value, ["passage", kind]);
  for (const [kind, rule] of Object.entries(rules.motions ?? {})) checkCount(rule?.value, ["motions", kind]);

  const atLeastPassage = (
    threshold: Threshold | undefined,
    kinds: readonly MeasureClassification[],
    path: PropertyKey[],
    what: string,
  ) => {
    if (!threshold) return;
    for (const kind of kinds) {
      const passage = rules.passage[kind]?.value ?? rules.otherActions?.value;
      if (!passage || compareThresholds(threshold, passage, seats) !== -1) continue;
      found.push({
        path: [...path, "value"],
        message: `${what} cannot need fewer votes than passage (${kind}: ${describeNeed(passage, seats)}); this needs ${describeNeed(threshold, seats)}`,
      });
      return;
    }
  };
  const executive = rules.executive;
  if (executive)
    atLeastPassage(executive.override?.value, executive.appliesTo, ["executive", "override"], "overriding a veto");
  atLeastPassage(
    rules.motions?.urgency?.value,
    Object.keys(rules.passage) as MeasureClassification[],
    ["motions", "urgency"],
    "an urgency clause",
  );
  return found;
}
/** True when a measure of this kind goes to the executive after it passes. */
export function executiveStepApplies(rules: VotingRules | undefined, classification: MeasureClassification): boolean {
  return rules?.executive?.appliesTo.includes(classification) ?? false;
}

/**
 * Every citation in a body's rules with its dotted path (`passage.ordinance.citation`), so
 * reference checks and source lists walk the rules in one way.
 */
export function ruleCitations(rules: VotingRules): Array<{ path: string; citation: Citation }> {
  const found: Array<{ path: string; citation: Citation }> = [];
  const add = (path: string, cited: { citation: Citation } | undefined) => {
    if (cited) found.push({ path: `${path}.citation`, citation: cited.citation });
  };
  add("seats", rules.seats);
  add("quorum", rules.quorum);
  for (const [kind, rule] of Object.entries(rules.passage)) add(`passage.${kind}`, rule);
  add("otherActions", rules.otherActions);
  for (const [kind, rule] of Object.entries(rules.motions ?? {})) add(`motions.${kind}`, rule);
  add("readings", rules.readings);
  add("executive.daysToAct", rules.executive?.daysToAct);
  add("executive.ifNoAction", rules.executive?.ifNoAction);
  add("executive.override", rules.executive?.override);
  add("effect", rules.effect);
  add("urgentEffect", rules.urgentEffect);
  return found;
}
