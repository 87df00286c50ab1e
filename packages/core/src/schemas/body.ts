import { z } from "zod";
import { PartialDateSchema } from "../partial-date.js";
import { PublicCommentRulesSchema } from "../public-comment.js";
import { VotingRulesSchema } from "../rules.js";
import { editableFields, IdSchema, LocalizedTextSchema, oneOf } from "./common.js";
import { externalFields } from "./identifier.js";

/** Kinds of body, following Popolo's Organization and OCD's organization classifications. */
export const BODY_CLASSIFICATIONS = [
  "legislature",
  "committee",
  "executive",
  "department",
  "party",
  "organization",
] as const;

/** A kind of body. */
export type BodyClassification = (typeof BODY_CLASSIFICATIONS)[number];

/**
 * A council, an office, a department, a party or an outside group (a Popolo Organization).
 * Bodies that vote carry their {@link VotingRulesSchema | rules}, seats included.
 */
export const BodySchema = z.object({
  id: IdSchema,
  jurisdictionId: z.string().min(1).max(200).optional(),
  name: z.string().trim().min(1, { error: "is required" }).max(300),
  classification: oneOf(BODY_CLASSIFICATIONS, "body classification"),
  parentId: IdSchema.optional(),
  /** How sentences name it, with its article: `{ en: "the Council", es: "el Concejo" }`. */
  phrase: LocalizedTextSchema.optional(),
  rules: VotingRulesSchema.optional(),
  /** How residents take part in its meetings; parts left out are not on record. */
  publicComment: PublicCommentRulesSchema.optional(),
  foundingDate: PartialDateSchema.optional(),
  dissolutionDate: PartialDateSchema.optional(),
  sourceIds: z.array(IdSchema),
  ...externalFields,
  ...editableFields,
});

/** A council, office, department, party or outside group. */
export type Body = z.infer<typeof BodySchema>;
