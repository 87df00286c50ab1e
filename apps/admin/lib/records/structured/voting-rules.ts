import {
  computeVoteOutcome,
  DAY_KINDS,
  EFFECT_STARTS,
  FRACTIONS,
  MEASURE_CLASSIFICATIONS,
  type MeasureClassification,
  MOTION_RULE_KINDS,
  type MotionRuleKind,
  NO_ACTION_RESULTS,
  type RecordRef,
  SHARE_BASES,
  type Share,
  type Threshold,
} from "@legible/core";

// A body's voting rules as the guided editor holds them (text for each box, a flag for each
// rule the record may leave out), back as core's rules, and the numbers a resident will read.

export type Fraction = Share["fraction"];
export type ShareBase = Share["of"];

/** A rule's citation: one of the record's sources and where in it; a record pointer is kept as it was. */
export interface CitationForm {
  sourceId: string;
  locator: string;
  record?: RecordRef;
}

/** A threshold: a fraction of a base, or a count. `set` is false for a rule the record leaves out. */
export interface ThresholdForm {
  set: boolean;
  mode: "share" | "count";
  fraction: Fraction;
  of: ShareBase;
  count: string;
  citation: CitationForm;
}

export interface CitedTextForm<T extends string = string> {
  set: boolean;
  value: T;
  citation: CitationForm;
}

export interface EffectForm {
  set: boolean;
  from: (typeof EFFECT_STARTS)[number];
  days: string;
  citation: CitationForm;
}

export interface RulesForm {
  /** False when the body has no voting rules on record. */
  set: boolean;
  seats: { value: string; citation: CitationForm };
  quorum: ThresholdForm;
  passage: Record<MeasureClassification, ThresholdForm>;
  otherActions: ThresholdForm;
  motions: Record<MotionRuleKind, ThresholdForm>;
  readings: {
    set: boolean;
    appliesTo: MeasureClassification[];
    count: string;
    unanimousFirstSuffices: boolean;
    citation: CitationForm;
  };
  executive: {
    set: boolean;
    titleEn: string;
    titleEs: string;
    postId: string;
    appliesTo: MeasureClassification[];
    daysToAct: CitedTextForm;
    dayKind: (typeof DAY_KINDS)[number] | "";
    ifNoAction: CitedTextForm<(typeof NO_ACTION_RESULTS)[number]>;
    override: ThresholdForm;
  };
  effect: EffectForm;
  urgentEffect: EffectForm;
}

export {
  DAY_KINDS,
  EFFECT_STARTS,
  FRACTIONS,
  MEASURE_CLASSIFICATIONS,
  MOTION_RULE_KINDS,
  NO_ACTION_RESULTS,
  SHARE_BASES,
};

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === "object" ? (value as Loose) : {});
const text = (value: unknown) => (typeof value === "string" ? value : "");
const numberText = (value: unknown) => (typeof value === "number" ? String(value) : text(value));
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;
const kinds = (value: unknown): MeasureClassification[] =>
  Array.isArray(value) ? value.filter((kind) => (MEASURE_CLASSIFICATIONS as readonly unknown[]).includes(kind)) : [];

function citationFormOf(value: unknown): CitationForm {
  const citation = obj(value);
  return {
    sourceId: text(citation.sourceId),
    locator: text(citation.locator),
    ...(citation.record ? { record: citation.record as RecordRef } : {}),
  };
}

function thresholdFormOf(rule: unknown): ThresholdForm {
  const cited = obj(rule);
  const value = obj(cited.value);
  return {
    set: rule !== undefined && rule !== null,
    mode: "count" in value ? "count" : "share",
    fraction: oneOf(FRACTIONS, value.fraction, "majority"),
    of: oneOf(SHARE_BASES, value.of, "seats"),
    count: numberText(value.count),
    citation: citationFormOf(cited.citation),
  };
}

function effectFormOf(rule: unknown): EffectForm {
  const cited = obj(rule);
  const value = obj(cited.value);
  return {
    set: rule !== undefined && rule !== null,
    from: oneOf(EFFECT_STARTS, value.from, "publication"),
    days: numberText(value.days),
    citation: citationFormOf(cited.citation),
  };
}

function byKind<K extends string>(keys: readonly K[], record: unknown): Record<K, ThresholdForm> {
  const rules = obj(record);
  return Object.fromEntries(keys.map((key) => [key, thresholdFormOf(rules[key])])) as Record<K, ThresholdForm>;
}

/** A body's stored rules (or none) as the editor's form. */
export function rulesFormOf(value: unknown): RulesForm {
  const rules = obj(value);
  const seats = obj(rules.seats);
  const readings = obj(rules.readings);
  const readingsValue = obj(readings.value);
  const executive = obj(rules.executive);
  const title = obj(executive.title);
  const daysToAct = obj(executive.daysToAct);
  const ifNoAction = obj(executive.ifNoAction);
  return {
    set: value !== undefined && value !== null,
    seats: { value: numberText(seats.value), citation: citationFormOf(seats.citation) },
    quorum: { ...thresholdFormOf(rules.quorum), set: true },
    passage: byKind(MEASURE_CLASSIFICATIONS, rules.passage),
    otherActions: thresholdFormOf(rules.otherActions),
    motions: byKind(MOTION_RULE_KINDS, rules.motions),
    readings: {
      set: rules.readings !== undefined,
      appliesTo: kinds(readingsValue.appliesTo),
      count: numberText(readingsValue.count),
      unanimousFirstSuffices: readingsValue.unanimousFirstSuffices === true,
      citation: citationFormOf(readings.citation),
    },
    executive: {
      set: rules.executive !== undefined,
      titleEn: text(title.en),
      titleEs: text(title.es),
      postId: text(executive.postId),
      appliesTo: kinds(executive.appliesTo),
      daysToAct: {
        set: executive.daysToAct !== undefined,
        value: numberText(daysToAct.value),
        citation: citationFormOf(daysToAct.citation),
      },
      dayKind: oneOf([...DAY_KINDS, ""] as const, executive.dayKind, ""),
      ifNoAction: {
        set: executive.ifNoAction !== undefined,
        value: oneOf(NO_ACTION_RESULTS, ifNoAction.value, "becomes-law"),
        citation: citationFormOf(ifNoAction.citation),
      },
      override: thresholdFormOf(executive.override),
    },
    effect: effectFormOf(rules.effect),
    urgentEffect: effectFormOf(rules.urgentEffect),
  };
}

/** A typed whole number as a number; anything else as typed, for core to refuse with its own words. */
export function wholeNumber(raw: string): number | string {
  const trimmed = raw.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function citationOf(form: CitationForm) {
  return {
    ...(form.sourceId ? { sourceId: form.sourceId } : {}),
    ...(form.record ? { record: form.record } : {}),
    ...(form.locator.trim() ? { locator: form.locator.trim() } : {}),
  };
}

/** A threshold form's value as core's threshold (a count as typed when it is not a number yet). */
export function thresholdOf(form: ThresholdForm): { fraction: Fraction; of: ShareBase } | { count: number | string } {
  return form.mode === "count" ? { count: wholeNumber(form.count) } : { fraction: form.fraction, of: form.of };
}

const citedThreshold = (form: ThresholdForm) => ({ value: thresholdOf(form), citation: citationOf(form.citation) });
const effectOf = (form: EffectForm) =>
  form.set
    ? { value: { from: form.from, days: wholeNumber(form.days) }, citation: citationOf(form.citation) }
    : undefined;

function setOnly<K extends string>(forms: Record<K, ThresholdForm>) {
  return Object.fromEntries(
    (Object.entries(forms) as Array<[K, ThresholdForm]>)
      .filter(([, form]) => form.set)
      .map(([key, form]) => [key, citedThreshold(form)]),
  );
}

/** The form as core's rules; `undefined` when the body has none on record. Core's schema judges the rest. */
export function rulesOf(form: RulesForm | undefined): Record<string, unknown> | undefined {
  if (!form?.set) return undefined;
  const motions = setOnly(form.motions);
  const { executive, readings } = form;
  const rules: Record<string, unknown> = {
    seats: { value: wholeNumber(form.seats.value), citation: citationOf(form.seats.citation) },
    quorum: citedThreshold(form.quorum),
    passage: setOnly(form.passage),
    ...(form.otherActions.set ? { otherActions: citedThreshold(form.otherActions) } : {}),
    ...(Object.keys(motions).length ? { motions } : {}),
    ...(readings.set
      ? {
          readings: {
            value: {
              appliesTo: readings.appliesTo,
              count: wholeNumber(readings.count),
              unanimousFirstSuffices: readings.unanimousFirstSuffices,
            },
            citation: citationOf(readings.citation),
          },
        }
      : {}),
    ...(executive.set
      ? {
          executive: {
            title: { en: executive.titleEn, es: executive.titleEs },
            ...(executive.postId ? { postId: executive.postId } : {}),
            appliesTo: executive.appliesTo,
            ...(executive.daysToAct.set
              ? {
                  daysToAct: {
                    value: wholeNumber(executive.daysToAct.value),
                    citation: citationOf(executive.daysToAct.citation),
                  },
                }
              : {}),
            ...(executive.dayKind ? { dayKind: executive.dayKind } : {}),
            ...(executive.ifNoAction.set
              ? {
                  ifNoAction: {
                    value: executive.ifNoAction.value,
                    citation: citationOf(executive.ifNoAction.citation),
                  },
                }
              : {}),
            ...(executive.override.set ? { override: citedThreshold(executive.override) } : {}),
          },
        }
      : {}),
  };
  const effect = effectOf(form.effect);
  const urgentEffect = effectOf(form.urgentEffect);
  if (effect) rules.effect = effect;
  if (urgentEffect) rules.urgentEffect = urgentEffect;
  return rules;
}

/** An empty form with every rule left out but seats and quorum, for a body getting rules for the first time. */
export function newRulesForm(): RulesForm {
  return { ...rulesFormOf(undefined), set: true };
}

const FRACTION_WORDS: Record<Fraction, string> = {
  majority: "a majority",
  "two-thirds": "two-thirds",
  "three-quarters": "three-quarters",
  unanimous: "every one",
};

/** The seats typed, when they are a whole number of 1 or more. */
export function seatsOf(raw: string): number | null {
  const seats = wholeNumber(raw);
  return typeof seats === "number" && seats >= 1 ? seats : null;
}

/**
 * What a threshold comes to, as a resident will read it: "8 of 15 seats", with the share in
 * words ("a majority of the 15 seats"). The votes come from core's vote math with no counts,
 * as the public body page works them out; null when the seats and the share cannot say yet.
 */
export function thresholdWords(form: ThresholdForm, seatsRaw: string): { votes: string | null; share: string } {
  const seats = seatsOf(seatsRaw);
  const value = thresholdOf(form);
  if ("count" in value) {
    const count = typeof value.count === "number" && value.count >= 1 ? value.count : null;
    if (count === null) return { votes: null, share: "a number of votes" };
    const share = `${count} ${count === 1 ? "vote" : "votes"}`;
    return { votes: seats === null ? share : `${count} of ${seats} seats`, share };
  }
  const fraction = FRACTION_WORDS[value.fraction];
  const share =
    value.of === "seats"
      ? seats === null
        ? `${fraction} of the seats`
        : `${fraction} of the ${seats} seats`
      : `${fraction} of the members ${value.of === "present" ? "present" : "voting"}`;
  const needed = computeVoteOutcome({ counts: {}, seats, required: value as Threshold }).votesNeeded;
  return { votes: needed === null || seats === null ? null : `${needed} of ${seats} seats`, share };
}

/** The sentence shown under a threshold: "Needs 8 of 15 seats (a majority of the 15 seats)." */
export function thresholdSentence(form: ThresholdForm, seatsRaw: string): string {
  const words = thresholdWords(form, seatsRaw);
  if (words.votes !== null) return `Needs ${words.votes} (${words.share}).`;
  if (form.mode === "count") return "Type the number of votes to see what it comes to.";
  if (form.of !== "seats") return `Needs ${words.share}: the number depends on who attends.`;
  return `Needs ${words.share}: give the seats to see the number.`;
}
