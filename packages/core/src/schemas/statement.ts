import { z } from "zod";
import { PartialDateSchema } from "../partial-date.js";
import { editableFields, IdSchema, oneOf } from "./common.js";
import { inferredFieldsSchema } from "./inference.js";

/** Where a speaker stands on a measure. */
export const STANCES = ["supports", "opposes", "neutral", "mixed"] as const;

/** Where a speaker stands on a measure. */
export type Stance = (typeof STANCES)[number];

/** How a statement was made. */
export const MEDIA = ["spoken", "written", "interview", "press-release", "social-post", "other"] as const;

/** The fields a statement may mark as worked out (its `inferred` list names only these). */
export const STATEMENT_INFERABLE_FIELDS = [
  "speakerPersonId",
  "speakerBodyId",
  "stance",
  "date",
  "medium",
  "measureId",
] as const;

/**
 * A quote or position by a person or a body about a measure. Exactly one of
 * `speakerPersonId` and `speakerBodyId` is set. `medium` and `date` are `null` when the
 * source does not say ("Bass said").
 */
export const StatementSchema = z
  .object({
    id: IdSchema,
    measureId: IdSchema.optional(),
    speakerPersonId: IdSchema.optional(),
    speakerBodyId: IdSchema.optional(),
    stance: oneOf(STANCES, "stance"),
    /** The words, quoted exactly as the source gives them. */
    text: z
      .string()
      .trim()
      .min(1, { error: "is required" })
      .max(10_000, { error: "must be at most 10,000 characters" }),
    date: PartialDateSchema.nullable(),
    medium: oneOf(MEDIA, "medium").nullable(),
    sourceId: IdSchema,
    /** Fields worked out rather than reported, such as a speaker taken from the order of paragraphs. */
    inferred: inferredFieldsSchema(STATEMENT_INFERABLE_FIELDS),
    ...editableFields,
  })
  .refine((s) => (s.speakerPersonId === undefined) !== (s.speakerBodyId === undefined), {
    error: "a statement needs exactly one speaker: speakerPersonId or speakerBodyId",
    path: ["speakerPersonId"],
  });

/** A quote or position about a measure. */
export type Statement = z.infer<typeof StatementSchema>;
