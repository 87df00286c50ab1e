import type { FieldSpec, FormValues, InferableChoice } from "../fields";

/** The sources a record cites; most records need at least one to be trusted. */
export const sourcesField: FieldSpec = {
  kind: "references",
  name: "sourceIds",
  label: "Sources",
  hint: "Where these facts come from. Search by title or publisher.",
  collection: "sources",
};

export function idField(prefix: string, slugFrom: string): FieldSpec {
  return {
    kind: "id",
    name: "id",
    label: "Id",
    prefix,
    slugFrom,
    hint: "Made from the name; you can change it until the first save. Letters, digits and . _ : / ~ -",
  };
}

const INFERENCE_PARTS = { field: "which value", en: "how, in English", es: "how, in Spanish" } as const;

/** The control of a worked-out value's part that a problem's path names: `inferred.1.reasoning.es`. */
export function inferencePartOf(path: string): { label: string; target: string } | null {
  const match = /^inferred\.(\d+)(?:\.(field|reasoning)(?:\.(en|es))?)?/.exec(path);
  if (!match) return null;
  const part = match[2] === "reasoning" && match[3] ? (match[3] as "en" | "es") : "field";
  return {
    label: `Worked-out value ${Number(match[1]) + 1} (${INFERENCE_PARTS[part]})`,
    target: `field-inferred-${match[1]}-${part}`,
  };
}

/**
 * The record's worked-out values: rows that each name one of `fields` whose name core's schema
 * lets this kind mark (`allowed`), or a part of one (`parts`, such as each count of a vote).
 */
export function inferencesField(
  fields: readonly FieldSpec[],
  allowed: readonly string[],
  parts: Record<string, (values: FormValues) => InferableChoice[]> = {},
): FieldSpec {
  return {
    kind: "inferences",
    name: "inferred",
    label: "Values worked out, not reported",
    partOf: inferencePartOf,
    choices: (values) =>
      fields
        .filter((field) => allowed.includes(field.name))
        .flatMap((field) => parts[field.name]?.(values) ?? [{ path: field.name, label: field.label }]),
  };
}

/** A collection's fields followed by its worked-out values editor, offering those fields. */
export function withInferences(
  fields: readonly FieldSpec[],
  allowed: readonly string[],
  parts: Record<string, (values: FormValues) => InferableChoice[]> = {},
): FieldSpec[] {
  return [...fields, inferencesField(fields, allowed, parts)];
}
