import { shareOf } from "./outcome.js";
import { compareDates, type PartialDate } from "./partial-date.js";
import type { Threshold, VotingRules } from "./rules.js";
import { executiveStepApplies } from "./rules.js";
import type { Action, ActionClassification } from "./schemas/action.js";
import type { Body } from "./schemas/body.js";
import type { LocalizedText } from "./schemas/common.js";
import type { Measure } from "./schemas/measure.js";

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
}

/** A measure's stage, when it began, the action that set it, and a short label. */
export interface StageInfo {
  stage: Stage;
  since: PartialDate | null;
  actionId: string | null;
  label: LocalizedText;
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

function executiveTitle(rules: VotingRules | undefined): LocalizedText {
  return rules?.executive?.title ?? { en: "the executive", es: "el Ejecutivo" };
}

function bodyPhrase(body: StageInput["body"]): LocalizedText {
  return body?.phrase ?? { en: "the council", es: "el concejo" };
}

/** Capitalizes the first letter, for phrases that open a sentence. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Spanish contracts "de el" and "a el" to "del" and "al". */
function contractEs(text: string): string {
  return text.replace(/\bde el\b/g, "del").replace(/\ba el\b/g, "al");
}

/** English possessive: "the Mayor" → "the Mayor's". */
function possessive(phrase: string): string {
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

/**
 * A measure's stage from its actions and its body's rules: the latest action that moves it
 * decides. A passage becomes `awaiting-executive` when the rules send that kind of measure to
 * the executive, and `adopted` otherwise.
 *
 * @example
 * measureStage({ measure: { classification: "ordinance" }, actions, body: cityCouncil }).label.en
 * // → "Awaits the Mayor's signature"
 */
export function measureStage(input: StageInput): StageInfo {
  let current: { stage: Stage; action: Action } | undefined;
  for (const action of orderActions(input.actions)) {
    const stage = stageOfAction(action, input);
    if (stage !== undefined) current = { stage, action };
  }
  const stage = current?.stage ?? "unknown";
  return {
    stage,
    since: current?.action.date ?? null,
    actionId: current?.action.id ?? null,
    label: labelFor(stage, input.body?.rules),
  };
}

/** "8 of 15 votes" when a threshold can be stated as a number, else undefined. */
function votesPhrase(threshold: Threshold | undefined, seats: number | undefined): LocalizedText | undefined {
  if (threshold === undefined) return undefined;
  let needed: number | undefined;
  if ("count" in threshold) needed = threshold.count;
  else if (threshold.of === "seats" && seats !== undefined) needed = shareOf(threshold.fraction, seats);
  if (needed === undefined) return undefined;
  return seats === undefined
    ? { en: `${needed} votes`, es: `${needed} votos` }
    : { en: `${needed} of ${seats} votes`, es: `${needed} de ${seats} votos` };
}

/**
 * What happens next, as short plain sentences in English and Spanish, from the measure's
 * stage and its body's rules. Facts the rules do not hold (such as the days the executive
 * has to act) are left out rather than guessed.
 *
 * @example
 * nextSteps({ measure, actions, body: cityCouncil }).map((s) => s.en)
 * // → ["Awaits the Mayor's signature.", "The Mayor can sign it or veto it.", ...]
 */
export function nextSteps(input: StageInput): LocalizedText[] {
  const { stage } = measureStage(input);
  const rules = input.body?.rules;
  const exec = executiveTitle(rules);
  const body = bodyPhrase(input.body);
  const seats = rules?.seats.value;
  const toPass = votesPhrase(rules?.passage[input.measure.classification]?.value, seats);
  const toOverride = votesPhrase(rules?.executive?.override.value, seats);
  const steps: LocalizedText[] = [];
  const add = (en: string, es: string) => steps.push({ en, es: contractEs(es) });

  switch (stage) {
    case "unknown":
      add("We do not know the next step yet.", "Aún no sabemos cuál es el próximo paso.");
      break;
    case "introduced":
    case "in-committee":
    case "awaiting-vote":
      if (stage === "in-committee") add("A committee will study it first.", "Una comisión la verá primero.");
      add(`${capitalize(body.en)} will vote on it.`, `${capitalize(body.es)} la votará.`);
      if (toPass) add(`It needs ${toPass.en} to pass.`, `Necesita ${toPass.es} para aprobarse.`);
      break;
    case "awaiting-executive": {
      add(`Awaits ${possessive(exec.en)} signature.`, `Espera la firma de ${exec.es}.`);
      const days = rules?.executive?.daysToAct?.value;
      if (days !== undefined) {
        add(
          `${capitalize(exec.en)} has ${days} days to sign it or veto it.`,
          `${capitalize(exec.es)} tiene ${days} días para firmarla o vetarla.`,
        );
      } else {
        add(`${capitalize(exec.en)} can sign it or veto it.`, `${capitalize(exec.es)} puede firmarla o vetarla.`);
      }
      const noAction = rules?.executive?.ifNoAction?.value;
      if (noAction === "becomes-law") {
        add(
          `If ${exec.en} does nothing in time, it becomes law.`,
          `Si ${exec.es} no hace nada a tiempo, se vuelve ley.`,
        );
      }
      if (toOverride) {
        add(
          `If ${exec.en} vetoes it, ${body.en} can still pass it with ${toOverride.en}.`,
          `Si ${exec.es} la veta, ${body.es} aún puede aprobarla con ${toOverride.es}.`,
        );
      }
      break;
    }
    case "vetoed":
      if (toOverride) {
        add(
          `${capitalize(body.en)} can override the veto with ${toOverride.en}.`,
          `${capitalize(body.es)} puede anular el veto con ${toOverride.es}.`,
        );
      } else {
        add(
          `${capitalize(body.en)} may try to override the veto.`,
          `${capitalize(body.es)} puede intentar anular el veto.`,
        );
      }
      break;
    case "adopted":
    case "enacted":
      add("No more votes are needed.", "No hacen falta más votos.");
      break;
    case "in-effect":
      add("It is in effect now.", "Ya está en vigor.");
      break;
    case "failed":
    case "withdrawn":
      add("No more steps are planned.", "No hay más pasos previstos.");
      break;
  }
  return steps;
}
