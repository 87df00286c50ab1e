import { MOTION_RULE_KINDS, type MotionRuleKind } from "./rules.js";

/**
 * What a vote decided: Open Civic Data's vote motion classifications (`passage`,
 * `veto-override`, `reading-1`, `amendment-passage`, `committee-passage`, …) plus Legible's
 * `urgency` (an urgency clause) and `suspension-of-rules`.
 */
export const MOTION_KINDS = ["passage", "veto-override", ...MOTION_RULE_KINDS] as const;

/** What a vote decided. */
export type MotionKind = (typeof MOTION_KINDS)[number];

// Words other systems use for the same motions (OCD's bill action vocabulary among them).
const ALIASES: Readonly<Record<string, MotionKind>> = {
  "veto-override-passage": "veto-override",
  override: "veto-override",
  "final-passage": "passage",
  adoption: "passage",
  amendment: "amendment-passage",
  "urgency-clause": "urgency",
  "referral-committee": "referral",
};

/**
 * When a vote carries several classifications, the motion that sets its own share decides: a
 * vote classified `passage` and `urgency` needs the urgency share.
 */
const PRECEDENCE: readonly MotionKind[] = [
  "veto-override",
  "urgency",
  "suspension-of-rules",
  "reconsideration",
  "passage",
  "reading-3",
  "reading-2",
  "reading-1",
  "committee-passage",
  "amendment-passage",
  "deferral",
  "referral",
];

/**
 * Motions that never borrow another rule's share: when the rules on record do not set theirs,
 * what they need is unknown. (Los Angeles passes most actions by a majority of seats "except as
 * otherwise provided", and these are the ones charters provide for otherwise.)
 */
export const MOTIONS_WITH_THEIR_OWN_SHARE: ReadonlySet<MotionKind> = new Set([
  "veto-override",
  "urgency",
  "reconsideration",
  "suspension-of-rules",
]);

/** Motions that pass the measure itself, at a reading or finally, so readings and the executive step follow them. */
export const MOTIONS_THAT_PASS_A_MEASURE: ReadonlySet<MotionKind> = new Set([
  "passage",
  "reading-1",
  "reading-2",
  "reading-3",
  "urgency",
]);

/** Reads one classification, in any case, with the aliases other systems use; `null` when unknown. */
export function parseMotionKind(value: string): MotionKind | null {
  const word = value.trim().toLowerCase();
  if ((MOTION_KINDS as readonly string[]).includes(word)) return word as MotionKind;
  return ALIASES[word] ?? null;
}

/**
 * The motion that decides a vote's threshold, from its classifications; `null` when none is a
 * motion Legible knows, or there are none.
 *
 * @example
 * motionKindOf(["passage", "urgency"]) // → "urgency"
 */
export function motionKindOf(classifications: readonly string[] | undefined): MotionKind | null {
  const kinds = new Set((classifications ?? []).flatMap((value) => parseMotionKind(value) ?? []));
  return PRECEDENCE.find((kind) => kinds.has(kind)) ?? null;
}

/** True when the rules may set this motion's share in `motions`. */
export function isMotionRuleKind(kind: MotionKind): kind is MotionRuleKind {
  return (MOTION_RULE_KINDS as readonly string[]).includes(kind);
}
