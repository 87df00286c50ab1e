import { z } from "zod";
import { PartialDateSchema } from "../partial-date.js";
import { editableFields, IdSchema, oneOf } from "./common.js";
import { externalFields } from "./identifier.js";
import { inferredFieldsSchema } from "./inference.js";

/** Vote options, exactly as Open Civic Data names them. */
export const VOTE_OPTIONS = ["yes", "no", "abstain", "absent", "not voting", "excused", "paired", "other"] as const;

/** A vote option. */
export type VoteOption = (typeof VOTE_OPTIONS)[number];

/** Validates a vote option, naming the allowed options on failure. */
export const VoteOptionSchema = oneOf(VOTE_OPTIONS, "vote option");

const countSchema = z.int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" });

/**
 * Counts by option, such as `{ "yes": 13, "no": 0, "not voting": 2 }`. An option left out
 * is unknown, not zero: a report of "13-0" says nothing about abstentions.
 */
export const VoteCountsSchema = z.partialRecord(VoteOptionSchema, countSchema, {
  error: (issue) =>
    // Unknown keys arrive here too (zod's types omit that code), so anything but a wrong
    // type is a bad option name.
    issue.code === "invalid_type"
      ? 'must be an object of counts by vote option, like { "yes": 13, "no": 0 }'
      : `is not a vote option; use one of: ${VOTE_OPTIONS.join(", ")}`,
});

/** Counts by option; an option left out is unknown. */
export type VoteCounts = z.infer<typeof VoteCountsSchema>;

/** One member's vote. `personId` links the voter to a person on record. */
export const RollCallEntrySchema = z.object({
  voterName: z.string().trim().min(1, { error: "is required" }).max(200),
  personId: IdSchema.optional(),
  option: VoteOptionSchema,
});

/** One member's vote. */
export type RollCallEntry = z.infer<typeof RollCallEntrySchema>;

/** Results a vote can record. */
export const VOTE_RESULTS = ["pass", "fail"] as const;

/** The fields a vote may mark as worked out (its `inferred` list names only these). */
export const VOTE_EVENT_INFERABLE_FIELDS = [
  "date",
  "counts",
  "result",
  "motionText",
  "motionClassification",
  "rollCall",
  "measureId",
  "bodyId",
] as const;

/**
 * A vote on a motion about a measure. `rollCall` is `null` when the member-by-member record
 * is unknown, the normal case for news-sourced votes; `result` is what the record says
 * (`null` when it says nothing), which `computeVoteOutcome` can check.
 */
export const VoteEventSchema = z.object({
  id: IdSchema,
  bodyId: IdSchema,
  measureId: IdSchema.nullable(),
  /** The action this vote decided, when it is on record. */
  actionId: IdSchema.optional(),
  date: PartialDateSchema,
  motionText: z.string().trim().min(1, { error: "is required" }).max(2000),
  /** What the vote was for, in OCD's words (`passage`, `veto-override`). */
  motionClassification: z.array(z.string().trim().min(1).max(100)).optional(),
  result: oneOf(VOTE_RESULTS, "result").nullable(),
  counts: VoteCountsSchema,
  rollCall: z.array(RollCallEntrySchema).nullable(),
  sourceIds: z.array(IdSchema),
  /** Fields worked out rather than reported, each with its reasoning. */
  inferred: inferredFieldsSchema(VOTE_EVENT_INFERABLE_FIELDS),
  ...externalFields,
  ...editableFields,
});

/** A vote on a motion about a measure. */
export type VoteEvent = z.infer<typeof VoteEventSchema>;
