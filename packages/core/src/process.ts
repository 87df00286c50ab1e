import { MOTIONS_THAT_PASS_A_MEASURE, motionKindOf } from "./motion.js";
import { addDays, compareDates, datePrecision, type PartialDate } from "./partial-date.js";
import { type EffectRule, executiveStepApplies, type VotingRules } from "./rules.js";
import type { Action, ActionClassification } from "./schemas/action.js";
import type { Citation } from "./schemas/common.js";
import type { Measure } from "./schemas/measure.js";
import type { VoteEvent } from "./schemas/vote-event.js";
import { decideVote } from "./vote-decision.js";

// The steps after a measure's votes that a body's rules decide: more readings, the executive's
// deadline, and the day the law takes effect. Pure: "today" is an input (`asOf`).

/** What the process computations read. */
export interface ProcessInput {
  measure: Pick<Measure, "classification">;
  actions: readonly Action[];
  /** The measure's votes in the body whose rules apply; readings and urgency read them. */
  votes?: readonly VoteEvent[] | undefined;
  rules?: VotingRules | undefined;
  /** Today, as `YYYY-MM-DD`; without it, nothing is decided by the calendar. */
  asOf?: PartialDate | undefined;
}

/** Where a measure stands on the readings its rules require. */
export interface ReadingsStatus {
  needed: number;
  /** Days on which a vote passed it, oldest first. */
  passedOn: PartialDate[];
  /** Whether its first passing vote was unanimous; `null` when the counts cannot tell. */
  firstUnanimous: boolean | null;
  /** `true` when no more readings are needed, `false` when more are, `null` when the record cannot tell. */
  complete: boolean | null;
  citation: Citation;
}

/** The executive's deadline, worked out from the day the measure reached the executive. */
export interface ExecutiveDeadline {
  days: number;
  dayKind: "calendar" | "business";
  /** The day it reached the executive (an `executive-receipt` action); `null` when not on record. */
  deliveredOn: PartialDate | null;
  /** The last day to act; `null` when the delivery day is not on record or days are working days. */
  lastDay: PartialDate | null;
  citation: Citation;
}

/** When the law takes effect, worked out from its rule. */
export interface EffectiveDate {
  rule: EffectRule;
  /** True when the urgency rule applies (it passed with an urgency clause). */
  urgent: boolean;
  /** The day the count starts from (publication or enactment); `null` when not on record. */
  countedFrom: PartialDate | null;
  /** The day it takes effect; `null` when the start is not on record. */
  date: PartialDate | null;
  citation: Citation;
}

function byDate<T extends { date: PartialDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDates(a.date, b.date));
}

function isDay(date: PartialDate): boolean {
  return datePrecision(date) === "day";
}

/** Votes that passed the measure itself (at a reading or finally), by the rules or, failing that, by the record. */
function passingVotes(input: ProcessInput): VoteEvent[] {
  return byDate(input.votes ?? []).filter((vote) => {
    const motion = motionKindOf(vote.motionClassification);
    if (motion === null || !MOTIONS_THAT_PASS_A_MEASURE.has(motion)) return false;
    const decision = decideVote({ vote, measure: input.measure, rules: input.rules });
    return decision.passed ?? vote.result === "pass";
  });
}

function unanimous(vote: VoteEvent): boolean | null {
  const { yes, no, abstain } = vote.counts;
  if (yes === undefined || no === undefined) return null;
  return yes > 0 && no === 0 && (abstain ?? 0) === 0;
}

/**
 * How far the measure is through the readings its rules require, or `null` when the rules set
 * none for its kind or no vote on it is on record.
 */
export function readingsStatus(input: ProcessInput): ReadingsStatus | null {
  const rule = input.rules?.readings;
  if (!rule?.value.appliesTo.includes(input.measure.classification) || input.votes === undefined) return null;
  const passed = passingVotes(input);
  if (passed.length === 0) return null;
  const passedOn = [...new Set(passed.map((vote) => vote.date))];
  const first = passed[0];
  const firstUnanimous = first ? unanimous(first) : null;
  let complete: boolean | null = passedOn.length >= rule.value.count;
  if (!complete && rule.value.unanimousFirstSuffices) {
    complete = firstUnanimous === null ? null : firstUnanimous;
  }
  return { needed: rule.value.count, passedOn, firstUnanimous, complete, citation: rule.citation };
}

const ENACTING: readonly ActionClassification[] = [
  "executive-signature",
  "became-law",
  "veto-override-passage",
  "executive-veto-line-item",
];

/** The latest action with one of these classifications, on or after `since`. */
function latest(actions: readonly Action[], kinds: readonly ActionClassification[], since?: PartialDate) {
  return byDate(actions)
    .filter((a) => a.classification.some((c) => kinds.includes(c)))
    .filter((a) => since === undefined || compareDates(a.date, since) >= 0)
    .at(-1);
}

/**
 * The executive's deadline for a measure sent to the executive, or `null` when the rules do not
 * send this kind of measure there or do not say how many days the executive has.
 */
export function executiveDeadline(input: ProcessInput): ExecutiveDeadline | null {
  const rules = input.rules;
  const days = rules?.executive?.daysToAct;
  if (!days || !executiveStepApplies(rules, input.measure.classification)) return null;
  const dayKind = rules?.executive?.dayKind ?? "calendar";
  const passage = latest(input.actions, ["passage"]);
  const delivery = latest(input.actions, ["executive-receipt"], passage?.date);
  const deliveredOn = delivery && isDay(delivery.date) ? delivery.date : null;
  const lastDay = deliveredOn && dayKind === "calendar" ? (addDays(deliveredOn, days.value) ?? null) : null;
  return { days: days.value, dayKind, deliveredOn, lastDay, citation: days.citation };
}

/** True when, by `asOf`, the executive's last day has gone by. */
export function deadlinePassed(deadline: ExecutiveDeadline | null, asOf: PartialDate | undefined): boolean {
  return deadline?.lastDay != null && asOf !== undefined && compareDates(asOf, deadline.lastDay) > 0;
}

/** True when a vote passed the measure with an urgency clause. */
export function passedWithUrgency(input: ProcessInput): boolean {
  return passingVotes(input).some((vote) => motionKindOf(vote.motionClassification) === "urgency");
}

/**
 * When an enacted measure takes effect by its rules, or `null` when the rules do not say.
 * `enactedOn` is the day it became law, when known (an action's or a computed deadline's).
 */
export function effectiveDate(input: ProcessInput, enactedOn: PartialDate | null): EffectiveDate | null {
  const urgent = passedWithUrgency(input);
  const cited = (urgent ? input.rules?.urgentEffect : undefined) ?? input.rules?.effect;
  if (!cited) return null;
  const rule = cited.value;
  let countedFrom: PartialDate | null = null;
  if (rule.from === "publication") {
    const published = latest(input.actions, ["publication"], enactedOn ?? undefined);
    countedFrom = published && isDay(published.date) ? published.date : null;
  } else {
    countedFrom = enactedOn && isDay(enactedOn) ? enactedOn : null;
  }
  const date = countedFrom ? (addDays(countedFrom, rule.days) ?? null) : null;
  return { rule, urgent: urgent && cited === input.rules?.urgentEffect, countedFrom, date, citation: cited.citation };
}

/** The day the latest enacting action happened (signature, law without signature, override). */
export function enactedOn(actions: readonly Action[]): PartialDate | null {
  return latest(actions, ENACTING)?.date ?? null;
}
