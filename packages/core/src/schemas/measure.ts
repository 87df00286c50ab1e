import { z } from "zod";
import { editableFields, IdSchema, oneOf } from "./common.js";
import { externalFields } from "./identifier.js";
import { inferredFieldsSchema } from "./inference.js";

/** Kinds of measure. `other` covers the rest until a kind earns its own rules. */
export const MEASURE_CLASSIFICATIONS = [
  "ordinance",
  "resolution",
  "motion",
  "executive-directive",
  "charter-amendment",
  "other",
] as const;

/** A kind of measure. */
export type MeasureClassification = (typeof MEASURE_CLASSIFICATIONS)[number];

/** Validates a kind of measure, naming the allowed kinds on failure. */
export const MeasureClassificationSchema = oneOf(MEASURE_CLASSIFICATIONS, "measure classification");

/** How a measure relates to another: this measure codifies, amends, supersedes or is related to it. */
export const MEASURE_RELATIONS = ["codifies", "amends", "supersedes", "related"] as const;

/** How a measure relates to another. */
export type MeasureRelation = (typeof MEASURE_RELATIONS)[number];

/**
 * A person or body that sponsors a measure. Give `personId` or `bodyId` (not both) when the
 * sponsor is on record.
 */
export const SponsorSchema = z
  .object({
    name: z.string().trim().min(1, { error: "is required" }).max(200),
    personId: IdSchema.optional(),
    bodyId: IdSchema.optional(),
    /** The lead sponsor, or the member who introduced the motion. */
    primary: z.boolean(),
  })
  .refine((s) => s.personId === undefined || s.bodyId === undefined, {
    error: "a sponsor is a person or a body: give personId or bodyId, not both",
    path: ["bodyId"],
  });

/** A person or body that sponsors a measure. */
export type Sponsor = z.infer<typeof SponsorSchema>;

/** One section of a measure's text, in order. */
export const TextSectionSchema = z.object({
  /** The section's own number or label, such as `Sec. 1` or `4.800`. */
  number: z.string().trim().min(1).max(50).optional(),
  heading: z.string().trim().min(1).max(300).optional(),
  text: z
    .string()
    .trim()
    .min(1, { error: "is required" })
    .max(100_000, { error: "must be at most 100,000 characters" }),
});

/** One section of a measure's text. */
export type TextSection = z.infer<typeof TextSectionSchema>;

/**
 * Another measure this one points at. Give `measureId` when it is on record, and at least
 * a title or identifier so the link can be shown without it.
 */
export const RelatedMeasureSchema = z
  .object({
    relation: oneOf(MEASURE_RELATIONS, "relation"),
    measureId: IdSchema.optional(),
    identifier: z.string().trim().min(1).max(100).optional(),
    title: z.string().trim().min(1).max(500).optional(),
  })
  .refine((r) => r.measureId !== undefined || r.identifier !== undefined || r.title !== undefined, {
    error: "a related measure needs a measureId, an identifier or a title",
  });

/** Another measure this one points at. */
export type RelatedMeasure = z.infer<typeof RelatedMeasureSchema>;

/** The fields a measure may mark as worked out (its `inferred` list names only these). */
export const MEASURE_INFERABLE_FIELDS = [
  "title",
  "classification",
  "abstract",
  "subjects",
  "sponsors",
  "relatedMeasures",
  "identifier",
  "session",
  "bodyId",
] as const;

/**
 * A proposed or adopted law or decision (an Open Civic Data Bill): an ordinance, a
 * resolution, a motion, an executive directive, a charter amendment.
 *
 * `identifier` is the official number (`CF 23-0002`) and is `null` when unknown, which is
 * normal for news-sourced records: Legible stores unknown rather than guessing.
 */
export const MeasureSchema = z.object({
  id: IdSchema,
  jurisdictionId: z.string().min(1).max(200).optional(),
  /** The body that considers it, such as the city council. */
  bodyId: IdSchema.optional(),
  /** The legislative session, in the form the jurisdiction uses (`2023-2024`). `null` when unknown. */
  session: z.string().trim().min(1).max(100).nullable().optional(),
  identifier: z.string().trim().min(1).max(100).nullable(),
  title: z.string().trim().min(1, { error: "is required" }).max(1000),
  classification: MeasureClassificationSchema,
  /** A short official summary, when the record has one. */
  abstract: z.string().trim().min(1).max(5_000, { error: "must be at most 5,000 characters" }).optional(),
  subjects: z.array(z.string().trim().min(1).max(200)),
  sponsors: z.array(SponsorSchema),
  textSections: z.array(TextSectionSchema),
  relatedMeasures: z.array(RelatedMeasureSchema),
  sourceIds: z.array(IdSchema),
  /** Fields worked out rather than reported, each with its reasoning. */
  inferred: inferredFieldsSchema(MEASURE_INFERABLE_FIELDS),
  ...externalFields,
  ...editableFields,
});

/** A proposed or adopted law or decision. */
export type Measure = z.infer<typeof MeasureSchema>;
