import { z } from "zod";
import { PartialDateSchema, relateDates } from "../partial-date.js";
import { editableFields, IdSchema, WebUrlSchema } from "./common.js";
import { externalFields } from "./identifier.js";
import { inferredFieldsSchema } from "./inference.js";

/** A seat or office in a body: Mayor, Council District 13, City Attorney, Chief of Police. */
export const PostSchema = z.object({
  id: IdSchema,
  bodyId: IdSchema,
  label: z.string().trim().min(1, { error: "is required" }).max(200),
  /** The role its holder plays, such as `Councilmember` or `Mayor`. */
  role: z.string().trim().min(1).max(100).optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  ...externalFields,
  ...editableFields,
});

/** A seat or office in a body. */
export type Post = z.infer<typeof PostSchema>;

/** An official or a speaker. */
export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, { error: "is required" }).max(200),
  givenName: z.string().trim().min(1).max(100).optional(),
  familyName: z.string().trim().min(1).max(100).optional(),
  image: WebUrlSchema.optional(),
  sourceIds: z.array(IdSchema),
  ...externalFields,
  ...editableFields,
});

/** An official or a speaker. */
export type Person = z.infer<typeof PersonSchema>;

/** The fields a term may mark as worked out (its `inferred` list names only these). */
export const MEMBERSHIP_INFERABLE_FIELDS = ["startDate", "endDate", "current", "role", "bodyId", "postId"] as const;

/**
 * A term: a person in a post or a body, from a date to a date. `startDate` is `null` when
 * unknown. `endDate` is `null` when no end is on record; `current` then says whether the
 * term is known to be running (`true`) or known to be over (`false`), and leaving it out
 * means nobody knows. "Former Mayor Eric Garcetti" is `endDate: null, current: false`.
 */
export const MembershipSchema = z
  .object({
    id: IdSchema,
    personId: IdSchema,
    bodyId: IdSchema.optional(),
    postId: IdSchema.optional(),
    role: z.string().trim().min(1).max(100).optional(),
    startDate: PartialDateSchema.nullable(),
    endDate: PartialDateSchema.nullable(),
    current: z.boolean().optional(),
    sourceIds: z.array(IdSchema),
    /** Fields worked out rather than reported, such as a start date read from an election. */
    inferred: inferredFieldsSchema(MEMBERSHIP_INFERABLE_FIELDS),
    ...editableFields,
  })
  .refine((m) => m.bodyId !== undefined || m.postId !== undefined, {
    error: "a membership needs a bodyId, a postId, or both",
    path: ["bodyId"],
  })
  .refine((m) => m.startDate === null || m.endDate === null || relateDates(m.startDate, m.endDate) !== "after", {
    error: "the term cannot end before it starts",
    path: ["endDate"],
  })
  .refine((m) => m.endDate === null || m.current !== true, {
    error: "a term with an end date is not current; leave current out or set it to false",
    path: ["current"],
  });

/** A person in a post or a body, from a date to a date. */
export type Membership = z.infer<typeof MembershipSchema>;
