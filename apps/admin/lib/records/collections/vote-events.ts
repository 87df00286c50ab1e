import {
  VOTE_EVENT_INFERABLE_FIELDS,
  VOTE_OPTIONS,
  VOTE_RESULTS,
  VoteEventSchema,
  type VoteOption,
} from "@legible/core";
import { countLabel } from "@/lib/votes/option-words";
import { countsOfText, type RollCallRow } from "@/lib/votes/roll-call";
import type { CollectionConfig } from "../collection";
import { externalFields } from "../structured/external";
import { idField, sourcesField, withInferences } from "./shared";

function countsToText(counts: unknown): Partial<Record<VoteOption, string>> {
  const text: Partial<Record<VoteOption, string>> = {};
  for (const [option, count] of Object.entries((counts ?? {}) as Record<string, unknown>)) {
    text[option as VoteOption] = String(count);
  }
  return text;
}

function rowsToRollCall(rows: unknown): unknown {
  if (!Array.isArray(rows)) return null;
  return (rows as RollCallRow[]).map((row) => ({
    voterName: row.voterName,
    ...(row.personId ? { personId: row.personId } : {}),
    ...(row.option ? { option: row.option } : {}),
  }));
}

export const voteEvents: CollectionConfig = {
  slug: "votes",
  router: "voteEvents",
  recordType: "vote-event",
  singular: "vote",
  plural: "votes",
  titleField: "motionText",
  schema: VoteEventSchema,
  defaults: { measureId: null, result: null, counts: {}, rollCall: null, sourceIds: [] },
  filters: {
    bodyId: { label: "Body", collection: "bodies" },
    measureId: { label: "Measure", collection: "measures" },
    result: { label: "Result", options: VOTE_RESULTS },
  },
  fields: [
    ...withInferences(
      [
        { kind: "text", name: "motionText", label: "Motion", empty: "keep", multiline: true },
        idField("vote", "motionText"),
        { kind: "reference", name: "bodyId", label: "Body that voted", collection: "bodies", empty: "keep" },
        { kind: "date", name: "date", label: "Date of the vote", empty: "keep" },
        { kind: "reference", name: "measureId", label: "Measure", collection: "measures", empty: "null" },
        { kind: "reference", name: "actionId", label: "Step it decided", collection: "actions", empty: "omit" },
        {
          kind: "lines",
          name: "motionClassification",
          label: "What the vote was for",
          hint: "Like passage. One per line.",
        },
        { kind: "select", name: "result", label: "Result", options: VOTE_RESULTS, empty: "null" },
        {
          kind: "custom",
          name: "counts",
          label: "Counts",
          component: "voteTally",
          toValue: countsToText,
          toRecord: (text) => countsOfText((text ?? {}) as Partial<Record<VoteOption, string>>),
        },
        {
          kind: "custom",
          name: "rollCall",
          label: "Roll call",
          component: "none",
          toValue: (rollCall) => (Array.isArray(rollCall) ? rollCall.map((entry) => ({ ...entry })) : null),
          toRecord: rowsToRollCall,
        },
        sourcesField,
      ],
      // Each count on its own, such as "not voting".
      VOTE_EVENT_INFERABLE_FIELDS,
      {
        counts: () =>
          VOTE_OPTIONS.map((option) => ({ path: `counts.${option}`, label: `Count: ${countLabel(option)}` })),
      },
    ),
    ...externalFields,
  ],
};
