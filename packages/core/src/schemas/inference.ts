import { z } from "zod";
import { LocalizedTextSchema } from "./common.js";

/**
 * A field whose value was worked out rather than reported: a date read from "on Tuesday", a
 * count taken from seats less votes, a speaker taken from the order of paragraphs. Every field
 * a record does not list here is reported: its source says it.
 *
 * `field` is a dotted path into the record, such as `date`, `counts.not voting` or
 * `sponsors.0`; `reasoning` says, in both languages, how the value was worked out, so pages
 * can show it beside the value.
 */
export const InferenceSchema = z.object({
  field: z
    .string({ error: "must name a field, like date or counts.not voting" })
    .trim()
    .min(1, { error: "must name a field, like date or counts.not voting" })
    .max(100, { error: "must be at most 100 characters" }),
  reasoning: LocalizedTextSchema,
});

/** A field worked out rather than reported, with how it was worked out. */
export type Inference = z.infer<typeof InferenceSchema>;

/**
 * The `inferred` list a record kind carries: each field at most once, and only fields the
 * record has (its first segment must be one of `fields`).
 */
export function inferredFieldsSchema(fields: readonly [string, ...string[]]) {
  return z
    .array(InferenceSchema)
    .max(50, { error: "must list at most 50 inferred fields" })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((inference, index) => {
        const root = inference.field.split(".")[0] ?? "";
        if (!fields.includes(root)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "field"],
            message: `"${inference.field}" is not a field of this record; use one of: ${fields.join(", ")}`,
          });
        }
        if (seen.has(inference.field)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "field"],
            message: `"${inference.field}" is listed twice; give one reasoning per field`,
          });
        }
        seen.add(inference.field);
      });
    })
    .optional();
}

/** The inference for a field, or `undefined` when the field is reported. */
export function inferenceFor(
  record: { inferred?: readonly Inference[] | undefined },
  field: string,
): Inference | undefined {
  return record.inferred?.find((inference) => inference.field === field);
}
