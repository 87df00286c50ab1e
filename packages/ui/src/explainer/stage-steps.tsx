import type { StageView } from "./types";
import type { ExplainerWords } from "./words";

const markers = {
  done: "border-primary-dark bg-primary-dark text-paper",
  current: "border-primary-dark bg-paper text-primary-dark ring-4 ring-primary-light",
  upcoming: "border-line bg-paper text-muted",
  stopped: "border-error bg-paper text-error",
} as const;

const symbols = { done: "✓", current: "", upcoming: "", stopped: "✕" } as const;

/** The measure's path as numbered steps, the current one marked; readable as a plain list. */
export function StageSteps({ words, stage }: { words: ExplainerWords; stage: StageView }) {
  const t = words.t("explainer.stage");
  const names = {
    introduced: t("steps.introduced"),
    passed: t("steps.passed", { body: stage.bodyPhrase ?? t("theCouncil") }),
    signed: t("steps.signed", { executive: stage.executiveTitle ?? t("theExecutive") }),
    law: t("steps.law"),
  };
  return (
    <ol aria-label={t("stepsLabel")} className="mt-4 grid auto-cols-fr grid-flow-col gap-2">
      {stage.steps.map((step, index) => (
        <li
          key={step.key}
          aria-current={step.state === "current" ? "step" : undefined}
          className="flex flex-col items-center text-center text-sm"
        >
          <span
            aria-hidden="true"
            className={`flex size-8 items-center justify-center rounded-full border-2 font-bold ${markers[step.state]}`}
          >
            {symbols[step.state] || index + 1}
          </span>
          <span className={`mt-1 ${step.state === "current" ? "font-bold text-ink" : "text-muted"}`}>
            {names[step.key]}
          </span>
          <span className="sr-only">({t(`state.${step.state}`)})</span>
        </li>
      ))}
    </ol>
  );
}
