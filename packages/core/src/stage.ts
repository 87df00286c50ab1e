import { compareDates, formatDate, type PartialDate } from "./partial-date.js";
import { deadlinePassed, effectiveDate, enactedOn, executiveDeadline, readingsStatus } from "./process.js";
import type { VotingRules } from "./rules.js";
import { executiveStepApplies } from "./rules.js";
import type { Action, ActionClassification } from "./schemas/action.js";
import type { Body } from "./schemas/body.js";
import type { Citation, LocalizedText } from "./schemas/common.js";
import type { Measure } from "./schemas/measure.js";
import type { VoteEvent } from "./schemas/vote-event.js";

/** Where a measure stands. */
export const STAGES = [
  "unknown",
  "introduced",
  "in-committee",
  "awaiting-vote",
  "awaiting-executive",
  "vetoed",
  "adopted",
  "enacted",
  "in-effect",
  "failed",
  "withdrawn",
] as const;

/** Where a measure stands. */
export type Stage = (typeof STAGES)[number];

/** What {@link measureStage} and {@link nextSteps} read. */
export interface StageInput {
  measure: Pick<Measure, "classification">;
  actions: readonly Action[];
  /** The body that votes on it, with its rules and `phrase`; without it, sentences stay generic. */
  body?: Pick<Body, "phrase" | "rules"> | undefined;
  /** Its votes in that body: readings and urgency clauses are read from them. */
  votes?: readonly VoteEvent[] | undefined;
  /** Today, as `YYYY-MM-DD`: deadlines and effective dates are judged against it. Without it, only actions decide. */
  asOf?: PartialDate | undefined;
}

/** A measure's stage, when it began, the action that set it, and a short label. */
export interface StageInfo {
  stage: Stage;
  since: PartialDate | null;
  actionId: string | null;
  label: LocalizedText;
  /**
   * Set when the stage was worked out from the rules and the calendar rather than read from an
   * action (a deadline gone by, an effective date reached, another reading due), with how.
   */
  workedOut: { reason: LocalizedText; citations: Citation[] } | null;
}

// Stage each classification leads to. Classifications that do not move a measure
// (amendments, deferral) are left out, so the stage stays where it was.
const STAGE_OF: Partial<Record<ActionClassification, Stage | "passage">> = {
  filing: "introduced",
  introduction: "introduced",
  receipt: "introduced",
  "reading-1": "introduced",
  referral: "in-committee",
  "referral-committee": "in-committee",
  "committee-passage": "awaiting-vote",
  "committee-passage-favorable": "awaiting-vote",
  "committee-passage-unfavorable": "awaiting-vote",
  "reading-2": "awaiting-vote",
  "reading-3": "awaiting-vote",
  "committee-failure": "failed",
  passage: "passage",
  failure: "failed",
  withdrawal: "withdrawn",
  "executive-receipt": "awaiting-executive",
  "executive-veto": "vetoed",
  "executive-veto-line-item": "enacted",
  "executive-signature": "enacted",
  "became-law": "enacted",
  "veto-override-passage": "enacted",
  "veto-override-failure": "failed",
  effective: "in-effect",
};

// When one action carries several classifications, the furthest along wins.
const RANK: Record<Stage, number> = {
  unknown: 0,
  introduced: 1,
  "in-committee": 2,
  "awaiting-vote": 3,
  "awaiting-executive": 4,
  vetoed: 5,
  adopted: 6,
  enacted: 7,
  "in-effect": 8,
  failed: 9,
  withdrawn: 9,
};

function orderActions(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) =>
      compareDates(a.date, b.date) || (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function stageOfAction(action: Action, input: StageInput): Stage | undefined {
  let best: Stage | undefined;
  for (const classification of action.classification) {
    const mapped = STAGE_OF[classification];
    if (mapped === undefined) continue;
    const stage =
      mapped === "passage"
        ? executiveStepApplies(input.body?.rules, input.measure.classification)
          ? "awaiting-executive"
          : "adopted"
        : mapped;
    if (best === undefined || RANK[stage] > RANK[best]) best = stage;
  }
  return best;
}

/** How sentences name the executive: the rules' title, or a generic one. */
export function executiveTitle(rules: VotingRules | undefined): LocalizedText {
  return rules?.executive?.title ?? { en: "the executive", es: "el Ejecutivo" };
}

/** How sentences name the body: its phrase, or a generic one. */
export function bodyPhrase(body: StageInput["body"]): LocalizedText {
  return body?.phrase ?? { en: "the council", es: "el concejo" };
}

/** Capitalizes the first letter, for phrases that open a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Spanish contracts "de el" and "a el" to "del" and "al". */
export function contractEs(text: string): string {
  return text.replace(/\bde el\b/g, "del").replace(/\ba el\b/g, "al");
}

/** English possessive: "the Mayor" → "the Mayor's". */
export function possessive(phrase: string): string {
  return phrase.endsWith("s") ? `${phrase}'` : `${phrase}'s`;
}

function labelFor(stage: Stage, rules: VotingRules | undefined): LocalizedText {
  const exec = executiveTitle(rules);
  switch (stage) {
    case "unknown":
      return { en: "Status unknown", es: "Estado desconocido" };
    case "introduced":
      return { en: "Introduced", es: "Presentada" };
    case "in-committee":
      return { en: "In committee", es: "En comisión" };
    case "awaiting-vote":
      return { en: "Awaits a vote", es: "Espera una votación" };
    case "awaiting-executive":
      return { en: `Awaits ${possessive(exec.en)} signature`, es: contractEs(`Espera la firma de ${exec.es}`) };
    case "vetoed":
      return { en: "Vetoed", es: "Vetada" };
    case "adopted":
      return { en: "Adopted", es: "Aprobada" };
    case "enacted":
      return { en: "Law", es: "Es ley" };
    case "in-effect":
      return { en: "In effect", es: "En vigor" };
    case "failed":
      return { en: "Failed", es: "Rechazada" };
    case "withdrawn":
      return { en: "Withdrawn", es: "Retirada" };
  }
}

/** The stage its latest moving action gives, before the rules and the calendar have their say. */
function stageFromActions(input: StageInput): { stage: Stage; action: Action | undefined; fromPassage: boolean } {
  let current: { stage: Stage; action: Action } | undefined;
  for (const action of orderActions(input.actions)) {
    const stage = stageOfAction(action, input);
    if (stage !== undefined) current = { stage, action };
  }
  return {
    stage: current?.stage ?? "unknown",
    action: current?.action,
    fromPassage: current?.action.classification.includes("passage") ?? false,
  };
}

function dayWords(date: PartialDate): LocalizedText {
  return { en: formatDate(date, "en"), es: formatDate(date, "es") };
}

/**
 * A measure's stage from its actions, its body's rules, its votes and today's date. The latest
 * action that moves it decides first: a passage becomes `awaiting-executive` when the rules
 * send that kind of measure to the executive, and `adopted` otherwise. Then the rules: a passage
 * that still needs another reading awaits a vote; an executive deadline gone by with no
 * signature or veto on record follows the rule for no action; an enacted law whose effective
 * date has come is in effect. Those last three carry `workedOut`, with how.
 *
 * @example
 * measureStage({ measure: { classification: "ordinance" }, actions, body: cityCouncil }).label.en
 * // → "Awaits the Mayor's signature"
 */
export function measureStage(input: StageInput): StageInfo {
  const rules = input.body?.rules;
  const process = { measure: input.measure, actions: input.actions, votes: input.votes, rules, asOf: input.asOf };
  const base = stageFromActions(input);
  let info: StageInfo = {
    stage: base.stage,
    since: base.action?.date ?? null,
    actionId: base.action?.id ?? null,
    label: labelFor(base.stage, rules),
    workedOut: null,
  };

  if (base.fromPassage && (base.stage === "awaiting-executive" || base.stage === "adopted")) {
    const readings = readingsStatus(process);
    if (readings?.complete === false) {
      info = {
        ...info,
        stage: "awaiting-vote",
        label: { en: "Awaits another vote", es: "Espera otra votación" },
        workedOut: {
          reason: {
            en: `It has passed ${readings.passedOn.length} of the ${readings.needed} votes the rules require.`,
            es: `Se aprobó en ${readings.passedOn.length} de las ${readings.needed} votaciones que piden las reglas.`,
          },
          citations: [readings.citation],
        },
      };
    }
  }

  const noAction = rules?.executive?.ifNoAction;
  if (info.stage === "awaiting-executive" && noAction) {
    const deadline = executiveDeadline(process);
    if (deadline?.lastDay && deadlinePassed(deadline, input.asOf)) {
      const exec = executiveTitle(rules);
      const stage: Stage = noAction.value === "becomes-law" ? "enacted" : "failed";
      const day = dayWords(deadline.lastDay);
      info = {
        stage,
        since: deadline.lastDay,
        actionId: null,
        label: labelFor(stage, rules),
        workedOut: {
          reason:
            stage === "enacted"
              ? {
                  en: `No signature or veto by ${exec.en} is on record by ${day.en}. By the rules, it became law without a signature.`,
                  es: contractEs(
                    `No consta firma ni veto de ${exec.es} hasta el ${day.es}. Según las reglas, se hizo ley sin firma.`,
                  ),
                }
              : {
                  en: `No signature by ${exec.en} is on record by ${day.en}. By the rules, it failed.`,
                  es: contractEs(`No consta la firma de ${exec.es} hasta el ${day.es}. Según las reglas, no prosperó.`),
                },
          citations: [deadline.citation, noAction.citation],
        },
      };
    }
  }

  if (info.stage === "enacted" && input.asOf !== undefined) {
    const effect = effectiveDate(process, info.workedOut ? info.since : enactedOn(input.actions));
    if (effect?.date && compareDates(input.asOf, effect.date) >= 0) {
      const day = dayWords(effect.date);
      info = {
        stage: "in-effect",
        since: effect.date,
        actionId: null,
        label: labelFor("in-effect", rules),
        workedOut: {
          reason: {
            en: `By the rules, it took effect on ${day.en}.`,
            es: `Según las reglas, entró en vigor el ${day.es}.`,
          },
          citations: [...(info.workedOut?.citations ?? []), effect.citation],
        },
      };
    }
  }
  return info;
}
