import { formatDate, type PartialDate } from "./partial-date.js";
import {
  effectiveDate,
  enactedOn,
  executiveDeadline,
  type ProcessInput,
  passedWithUrgency,
  readingsStatus,
} from "./process.js";
import { fixedVotesNeeded, type Threshold } from "./rules.js";
import type { Citation, LocalizedText } from "./schemas/common.js";
import {
  bodyPhrase,
  capitalize,
  contractEs,
  executiveTitle,
  measureStage,
  possessive,
  type StageInput,
} from "./stage.js";
import { thresholdForMotion } from "./vote-decision.js";

/** One sentence of what happens next, in English and Spanish, with the rules it rests on. */
export interface NextStep extends LocalizedText {
  /** Where the rule in the sentence comes from; empty when the sentence states no rule. */
  citations: Citation[];
}

/** "8 of 15 votes" when a threshold can be stated as a number, else undefined. */
function votesPhrase(threshold: Threshold | undefined, seats: number | undefined): LocalizedText | undefined {
  if (threshold === undefined) return undefined;
  const needed =
    seats === undefined ? ("count" in threshold ? threshold.count : null) : fixedVotesNeeded(threshold, seats);
  if (needed === null) return undefined;
  return seats === undefined
    ? { en: `${needed} votes`, es: `${needed} votos` }
    : { en: `${needed} of ${seats} votes`, es: `${needed} de ${seats} votos` };
}

function day(date: PartialDate): LocalizedText {
  return { en: formatDate(date, "en"), es: formatDate(date, "es") };
}

/**
 * What happens next, as short plain sentences in English and Spanish, from the measure's stage
 * and its body's rules: the votes it needs, more readings, the executive's deadline and what
 * doing nothing means, a veto override, publication and the effective date. Each sentence that
 * states a rule carries the rule's citations. What the rules do not hold is said plainly, never
 * guessed.
 *
 * @example
 * nextSteps({ measure, actions, body: cityCouncil }).map((s) => s.en)
 * // → ["Awaits the Mayor's signature.", "The Mayor can sign it or veto it.", ...]
 */
export function nextSteps(input: StageInput): NextStep[] {
  const stage = measureStage(input);
  const rules = input.body?.rules;
  const process: ProcessInput = {
    measure: input.measure,
    actions: input.actions,
    votes: input.votes,
    rules,
    asOf: input.asOf,
  };
  const exec = executiveTitle(rules);
  const body = bodyPhrase(input.body);
  const seats = rules?.seats.value;
  const passage = rules ? thresholdForMotion(rules, "passage", input.measure.classification) : null;
  const override = rules?.executive?.override;
  const toPass = votesPhrase(passage?.threshold, seats);
  const toOverride = votesPhrase(override?.value, seats);
  const seatsCitation = rules ? [rules.seats.citation] : [];
  const steps: NextStep[] = [];
  const add = (en: string, es: string, citations: Citation[] = []) => steps.push({ en, es: contractEs(es), citations });

  if (stage.workedOut) add(stage.workedOut.reason.en, stage.workedOut.reason.es, stage.workedOut.citations);

  switch (stage.stage) {
    case "unknown":
      add("We do not know the next step yet.", "Aún no sabemos cuál es el próximo paso.");
      break;
    case "introduced":
    case "in-committee":
    case "awaiting-vote": {
      if (stage.stage === "in-committee") add("A committee will study it first.", "Una comisión la verá primero.");
      const readings = readingsStatus(process);
      if (readings?.complete === false) {
        add(
          `It did not pass unanimously the first time, so ${body.en} must vote on it again on another day.`,
          `No se aprobó por unanimidad la primera vez, así que ${body.es} debe votarla otra vez otro día.`,
          [readings.citation],
        );
      } else {
        add(`${capitalize(body.en)} will vote on it.`, `${capitalize(body.es)} la votará.`);
      }
      if (toPass && passage) {
        add(`It needs ${toPass.en} to pass.`, `Necesita ${toPass.es} para aprobarse.`, [
          passage.citation,
          ...seatsCitation,
        ]);
      }
      break;
    }
    case "awaiting-executive": {
      const readings = readingsStatus(process);
      if (readings?.complete === null) {
        add(
          "The record does not say if the vote was unanimous, so it may need another vote.",
          "El registro no dice si la votación fue unánime, así que quizá necesite otra votación.",
          [readings.citation],
        );
      }
      add(`Awaits ${possessive(exec.en)} signature.`, `Espera la firma de ${exec.es}.`);
      const deadline = executiveDeadline(process);
      if (deadline) {
        const unit =
          deadline.dayKind === "business" ? { en: "working days", es: "días hábiles" } : { en: "days", es: "días" };
        add(
          `${capitalize(exec.en)} has ${deadline.days} ${unit.en} from delivery to sign it or veto it.`,
          `${capitalize(exec.es)} tiene ${deadline.days} ${unit.es} desde la entrega para firmarla o vetarla.`,
          [deadline.citation],
        );
        if (deadline.lastDay && deadline.deliveredOn) {
          const [from, to] = [day(deadline.deliveredOn), day(deadline.lastDay)];
          add(
            `It arrived on ${from.en}, so the last day is ${to.en}.`,
            `Llegó el ${from.es}, así que el último día es el ${to.es}.`,
            [deadline.citation],
          );
        } else if (!deadline.deliveredOn) {
          add(
            "The day it arrived is not on record, so we cannot say when time runs out.",
            "No consta el día en que llegó, así que no podemos decir cuándo se acaba el plazo.",
          );
        }
      } else {
        add(`${capitalize(exec.en)} can sign it or veto it.`, `${capitalize(exec.es)} puede firmarla o vetarla.`);
      }
      const noAction = rules?.executive?.ifNoAction;
      if (noAction?.value === "becomes-law") {
        add(
          `If ${exec.en} does nothing in time, it becomes law.`,
          `Si ${exec.es} no hace nada a tiempo, se vuelve ley.`,
          [noAction.citation],
        );
      } else if (noAction?.value === "fails") {
        add(`If ${exec.en} does nothing in time, it fails.`, `Si ${exec.es} no hace nada a tiempo, no prospera.`, [
          noAction.citation,
        ]);
      } else {
        add(
          `The rules on record do not say what happens if ${exec.en} does neither.`,
          `Las reglas registradas no dicen qué pasa si ${exec.es} no hace ninguna de las dos cosas.`,
        );
      }
      if (toOverride && override) {
        add(
          `If ${exec.en} vetoes it, ${body.en} can still pass it with ${toOverride.en}.`,
          `Si ${exec.es} la veta, ${body.es} aún puede aprobarla con ${toOverride.es}.`,
          [override.citation, ...seatsCitation],
        );
      }
      break;
    }
    case "vetoed":
      if (toOverride && override) {
        add(
          `${capitalize(body.en)} can override the veto with ${toOverride.en}.`,
          `${capitalize(body.es)} puede anular el veto con ${toOverride.es}.`,
          [override.citation, ...seatsCitation],
        );
      } else {
        add(
          `${capitalize(body.en)} may try to override the veto.`,
          `${capitalize(body.es)} puede intentar anular el veto.`,
        );
        add(
          "The rules on record do not say how many votes that takes.",
          "Las reglas registradas no dicen cuántos votos hacen falta.",
        );
      }
      break;
    case "adopted":
      add("No more votes are needed.", "No hacen falta más votos.");
      break;
    case "enacted":
      add("No more votes are needed.", "No hacen falta más votos.");
      steps.push(...effectSteps(process, stage.workedOut ? stage.since : enactedOn(input.actions)));
      break;
    case "in-effect":
      if (!stage.workedOut) add("It is in effect now.", "Ya está en vigor.");
      break;
    case "failed":
    case "withdrawn":
      add("No more steps are planned.", "No hay más pasos previstos.");
      break;
  }
  return steps;
}

/** When an enacted law takes effect, from its rule and the days on record. */
function effectSteps(process: ProcessInput, enacted: PartialDate | null): NextStep[] {
  const effect = effectiveDate(process, enacted);
  if (!effect) {
    return [
      {
        en: "The rules on record do not say when it takes effect.",
        es: "Las reglas registradas no dicen cuándo entra en vigor.",
        citations: [],
      },
    ];
  }
  const { rule } = effect;
  const cite = [effect.citation];
  const steps: NextStep[] = [];
  const start =
    rule.from === "publication"
      ? { en: "it is published", es: "se publique" }
      : { en: "it becomes law", es: "se haga ley" };
  const urgency = effect.urgent || passedWithUrgency(process);
  if (rule.days === 0) {
    steps.push({
      en: `${urgency ? "As an urgent law, it" : "It"} takes effect when ${start.en}.`,
      es: `${urgency ? "Como ley urgente, entra" : "Entra"} en vigor cuando ${start.es}.`,
      citations: cite,
    });
  } else {
    steps.push({
      en: `It takes effect ${rule.days} days after ${start.en}.`,
      es: `Entra en vigor ${rule.days} días después de que ${start.es}.`,
      citations: cite,
    });
  }
  if (effect.date && effect.countedFrom) {
    const [from, to] = [day(effect.countedFrom), day(effect.date)];
    steps.push(
      rule.from === "publication"
        ? {
            en: `It was published on ${from.en}, so it takes effect on ${to.en}.`,
            es: `Se publicó el ${from.es}, así que entra en vigor el ${to.es}.`,
            citations: cite,
          }
        : { en: `So it takes effect on ${to.en}.`, es: `Así que entra en vigor el ${to.es}.`, citations: cite },
    );
  } else if (rule.from === "publication") {
    steps.push({
      en: "Its publication is not on record yet.",
      es: "Aún no consta su publicación.",
      citations: [],
    });
  }
  return steps;
}
