import { z } from "zod";
import { PartialDateSchema } from "../partial-date.js";
import { editableFields, IdSchema, oneOf } from "./common.js";
import { inferredFieldsSchema } from "./inference.js";

/**
 * Action classifications: Open Civic Data's bill action vocabulary, plus two steps OCD lacks
 * and Legible needs to say when a law applies: `publication` (the law is published, which
 * starts the count to its effective date where the rules say so) and `effective` (the day it
 * takes effect).
 */
export const ACTION_CLASSIFICATIONS = [
  "filing",
  "introduction",
  "enrolled",
  "reading-1",
  "reading-2",
  "reading-3",
  "passage",
  "failure",
  "withdrawal",
  "substitution",
  "amendment-introduction",
  "amendment-passage",
  "amendment-withdrawal",
  "amendment-failure",
  "amendment-amendment",
  "amendment-deferral",
  "committee-passage",
  "committee-passage-favorable",
  "committee-passage-unfavorable",
  "committee-failure",
  "executive-receipt",
  "executive-signature",
  "executive-veto",
  "executive-veto-line-item",
  "became-law",
  "veto-override-passage",
  "veto-override-failure",
  "deferral",
  "receipt",
  "referral",
  "referral-committee",
  "publication",
  "effective",
] as const;

/** An action classification. */
export type ActionClassification = (typeof ACTION_CLASSIFICATIONS)[number];

/** Validates an action classification, naming the allowed values on failure. */
export const ActionClassificationSchema = oneOf(ACTION_CLASSIFICATIONS, "action classification");

/** The fields an action may mark as worked out (its `inferred` list names only these). */
export const ACTION_INFERABLE_FIELDS = ["date", "description", "classification", "actorBodyId", "actorPostId"] as const;

/**
 * A dated step in a measure's life, such as its introduction or the executive's signature.
 * Like OCD, an action may carry several classifications (`reading-1` and `referral-committee`).
 */
export const ActionSchema = z.object({
  id: IdSchema,
  measureId: IdSchema,
  date: PartialDateSchema,
  description: z.string().trim().min(1, { error: "is required" }).max(1000),
  classification: z.array(ActionClassificationSchema),
  /** The body that acted, such as the council or a committee. */
  actorBodyId: IdSchema.optional(),
  /** The post that acted, such as the Mayor's. */
  actorPostId: IdSchema.optional(),
  /** Order among actions on the same date; lower first. */
  order: z.int().min(0).optional(),
  sourceIds: z.array(IdSchema),
  /** Fields worked out rather than reported, each with its reasoning. */
  inferred: inferredFieldsSchema(ACTION_INFERABLE_FIELDS),
  ...editableFields,
});

/** A dated step in a measure's life. */
export type Action = z.infer<typeof ActionSchema>;
