import { type Inference, inferenceFor, type Locale } from "@legible/core";

/**
 * Whether a value shown on a page was worked out rather than reported, and how, in the page's
 * language: null when the source reports it. Views set one beside each value a record can
 * mark as inferred (a date, a count, a sponsor, a speaker), so components only render it.
 */
export type InferredView = { reasoning: string } | null;

/** The inference core's `inferenceFor` finds for `field`, as a page shows it. */
export function inferredView(
  record: { inferred?: readonly Inference[] | undefined },
  field: string,
  locale: Locale,
): InferredView {
  const inference = inferenceFor(record, field);
  return inference ? { reasoning: inference.reasoning[locale] } : null;
}

/** A statement's speaker is one field or the other, whichever the record names. */
export function speakerInferredView(
  statement: { speakerPersonId?: string; speakerBodyId?: string; inferred?: readonly Inference[] | undefined },
  locale: Locale,
): InferredView {
  return inferredView(statement, statement.speakerPersonId ? "speakerPersonId" : "speakerBodyId", locale);
}

/** Whether the date of the action that set a measure's stage was worked out, for the stage's "since". */
export function stageActionInferred(
  actionId: string | null,
  actions: ReadonlyArray<{ id: string; inferred?: readonly Inference[] | undefined }>,
  locale: Locale,
): InferredView {
  const action = actionId === null ? undefined : actions.find((candidate) => candidate.id === actionId);
  return action ? inferredView(action, "date", locale) : null;
}
