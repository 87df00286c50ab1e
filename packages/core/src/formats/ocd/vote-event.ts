import { z } from "zod";
import { toOcdDate } from "../../partial-date.js";
import { parseWith, type Result } from "../../result.js";
import { InferenceSchema } from "../../schemas/inference.js";
import type { Source } from "../../schemas/source.js";
import { type VoteEvent, VoteEventSchema, VoteOptionSchema } from "../../schemas/vote-event.js";
import { defined, idFrom, OcdDateSchema } from "../shared.js";
import { legibleExtras, type OcdSource, ocdIdentifiers, sourcesWithUrl } from "./common.js";

// An OCD vote event: a vote with its counts and, when known, each member's vote.

/** An OCD vote event (`vote_event` in openstates-core's scrape schemas). */
export interface OcdVoteEvent {
  identifier: string;
  motion_text: string;
  motion_classification: string[];
  start_date: string;
  result?: "pass" | "fail";
  organization: string;
  legislative_session: string;
  bill: string | null;
  bill_action: string | null;
  votes: Array<{ option: string; voter_name: string; voter_id?: string }>;
  counts: Array<{ option: string; value: number }>;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

/**
 * Writes a vote event as an OCD vote event. Options missing from the counts stay missing
 * (unknown), and an unknown roll call is written as no votes plus a note in `extras`, since
 * OCD cannot tell "unknown" from "none". Pass `sources` to fill OCD's source links.
 */
export function toOcdVoteEvent(vote: VoteEvent, options: { sources?: readonly Source[] } = {}): OcdVoteEvent {
  return {
    identifier: "",
    motion_text: vote.motionText,
    motion_classification: [...(vote.motionClassification ?? [])],
    start_date: toOcdDate(vote.date),
    ...(vote.result === null ? {} : { result: vote.result }),
    organization: vote.bodyId,
    legislative_session: "",
    bill: vote.measureId,
    bill_action: vote.actionId ?? null,
    votes: (vote.rollCall ?? []).map((v) => ({
      option: v.option,
      voter_name: v.voterName,
      ...(v.personId === undefined ? {} : { voter_id: v.personId }),
    })),
    counts: Object.entries(vote.counts).map(([option, value]) => ({ option, value: value ?? 0 })),
    sources: sourcesWithUrl(options.sources ?? [], vote.sourceIds),
    extras: {
      legible: defined({
        id: vote.id,
        date: vote.date,
        rollCallKnown: vote.rollCall !== null,
        motionClassification: vote.motionClassification === undefined ? null : undefined,
        sourceIds: vote.sourceIds,
        inferred: vote.inferred,
        version: vote.version,
        updatedAt: vote.updatedAt,
      }),
    },
  };
}

const OcdVoteInput = z.object({
  id: z.string().optional(),
  identifier: z.string().default(""),
  motion_text: z.string(),
  motion_classification: z.array(z.string()).default([]),
  start_date: OcdDateSchema,
  result: z.enum(["pass", "fail"]).optional(),
  organization: z.string(),
  bill: z.string().nullish(),
  bill_action: z.string().nullish(),
  votes: z
    .array(z.object({ option: VoteOptionSchema, voter_name: z.string(), voter_id: z.string().nullish() }))
    .default([]),
  counts: z.array(z.object({ option: VoteOptionSchema, value: z.int().min(0) })).default([]),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleVoteExtras = z.object({
  id: z.string().optional(),
  date: z.string().optional(),
  rollCallKnown: z.boolean().optional(),
  motionClassification: z.null().optional(),
  sourceIds: z.array(z.string()).optional(),
  inferred: z.array(InferenceSchema).optional(),
  version: z.int().optional(),
  updatedAt: z.string().optional(),
});

/**
 * Reads an OCD vote event. Unknown vote options are rejected with the allowed list. A vote
 * with no individual votes and no note in `extras` is read as "roll call unknown".
 */
export function fromOcdVoteEvent(input: unknown): Result<VoteEvent> {
  const parsed = parseWith(OcdVoteInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const extrasResult = legibleExtras(LegibleVoteExtras, v.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;
  const rollCallKnown = extras?.rollCallKnown ?? v.votes.length > 0;
  const vote = {
    id: extras?.id ?? v.id ?? idFrom("ocd-vote", v.organization, v.start_date, v.identifier || v.motion_text),
    bodyId: v.organization,
    measureId: v.bill ?? null,
    ...(v.bill_action ? { actionId: v.bill_action } : {}),
    date: extras?.date ?? v.start_date,
    motionText: v.motion_text,
    ...(extras?.motionClassification === null ? {} : { motionClassification: v.motion_classification }),
    result: v.result ?? null,
    counts: Object.fromEntries(v.counts.map((c) => [c.option, c.value])),
    rollCall: rollCallKnown
      ? v.votes.map((x) => ({
          voterName: x.voter_name,
          option: x.option,
          ...(x.voter_id ? { personId: x.voter_id } : {}),
        }))
      : null,
    sourceIds: extras?.sourceIds ?? [],
    ...(extras ? {} : ocdIdentifiers(v.id)),
    ...defined({ inferred: extras?.inferred, version: extras?.version, updatedAt: extras?.updatedAt }),
  };
  return parseWith(VoteEventSchema, vote);
}
