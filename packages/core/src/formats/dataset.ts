/**
 * A Legible dataset: every record type of `@legible/core` in one JSON document, such as the
 * seed story in `prisma/seed/seed-story.json`. {@link DatasetSchema} checks each record with
 * core's own schemas; {@link checkDatasetReferences} checks what a schema cannot see alone:
 * that every id a record points at exists, and that no id is used twice.
 */
import { z } from "zod";
import { publicCommentCitations } from "../public-comment.js";
import { fail, ok, parseWith, type Result } from "../result.js";
import { ruleCitations } from "../rules.js";
import { ActionSchema } from "../schemas/action.js";
import { BodySchema } from "../schemas/body.js";
import type { Citation, RecordRef } from "../schemas/common.js";
import { type Block, ExplainerSchema } from "../schemas/explainer.js";
import { JurisdictionSchema } from "../schemas/jurisdiction.js";
import { MeasureSchema } from "../schemas/measure.js";
import { MeetingSchema } from "../schemas/meeting.js";
import { MembershipSchema, PersonSchema, PostSchema } from "../schemas/people.js";
import { SourceSchema } from "../schemas/source.js";
import { StatementSchema } from "../schemas/statement.js";
import { VoteEventSchema } from "../schemas/vote-event.js";

/** The `format` value every dataset carries, so a loader can tell it from other JSON. */
export const DATASET_FORMAT = "legible-dataset";

/**
 * A whole dataset: jurisdictions, sources, bodies, posts, people, memberships, measures,
 * actions, vote events, statements, meetings and explainers, each validated by core's schema.
 * `meetings` may be left out (files written before meetings were records have none).
 * `notes` holds free-text modelling notes for editors (what was unknown, what was inferred);
 * no code reads them. Unknown top-level fields are refused so that a misspelt collection is
 * an error rather than silently empty.
 */
export const DatasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(1),
  notes: z.array(z.string().trim().min(1)).optional(),
  jurisdictions: z.array(JurisdictionSchema),
  sources: z.array(SourceSchema),
  bodies: z.array(BodySchema),
  posts: z.array(PostSchema),
  people: z.array(PersonSchema),
  memberships: z.array(MembershipSchema),
  measures: z.array(MeasureSchema),
  actions: z.array(ActionSchema),
  voteEvents: z.array(VoteEventSchema),
  statements: z.array(StatementSchema),
  meetings: z.array(MeetingSchema).optional(),
  explainers: z.array(ExplainerSchema),
});

/** A whole dataset, as {@link DatasetSchema} reads it. */
export type Dataset = z.infer<typeof DatasetSchema>;

/** One broken reference or duplicate id, with a dotted path to the field to fix. */
export interface DatasetProblem {
  /** Such as `actions.2.measureId` or `explainers.0.blocks.3.statementIds.1`. */
  path: string;
  message: string;
}

/** The dataset collection that holds each record type a {@link RecordRef} can name. */
export const DATASET_COLLECTION_OF = {
  jurisdiction: "jurisdictions",
  source: "sources",
  body: "bodies",
  post: "posts",
  person: "people",
  membership: "memberships",
  measure: "measures",
  action: "actions",
  "vote-event": "voteEvents",
  statement: "statements",
  meeting: "meetings",
  explainer: "explainers",
} as const satisfies Record<RecordRef["type"] | "explainer", keyof Dataset>;

type RecordType = Exclude<keyof typeof DATASET_COLLECTION_OF, "explainer">;

/** One id a record points at, with the field's place in the dataset. */
export interface DatasetReference {
  /** Such as `actions.2.measureId`. */
  path: string;
  /** The kind of record the id names. */
  type: RecordType | "explainer";
  id: string;
}

/**
 * Every reference a dataset's records make, in document order: sources (`sourceIds`,
 * `sourceId`, citations), jurisdictions, bodies (`bodyId`, `parentId`, `actorBodyId`,
 * `speakerBodyId`, sponsors), posts (`postId`, `actorPostId`, a voting rule's executive post),
 * people, measures (including related measures), actions, statements in perspectives blocks,
 * meetings' bodies and what their agenda items concern and led to (measures, actions, votes)
 * (current and published), citations' record refs and `translationOf`. An import checks them
 * against the file and the database together; {@link checkDatasetReferences} against the file.
 */
export function listDatasetReferences(dataset: Partial<Dataset>): DatasetReference[] {
  const references: DatasetReference[] = [];
  const expect = (type: RecordType | "explainer", id: string | null | undefined, path: string) => {
    if (id !== undefined && id !== null) references.push({ path, type, id });
  };
  const expectAll = (type: RecordType, list: readonly string[], path: string) =>
    list.forEach((id, i) => {
      expect(type, id, `${path}.${i}`);
    });
  const citation = (c: Citation, path: string) => {
    expect("source", c.sourceId, `${path}.sourceId`);
    if (c.record) expect(c.record.type, c.record.id, `${path}.record.id`);
  };
  const blocks = (list: readonly Block[], path: string) => {
    list.forEach((block, i) => {
      const at = `${path}.${i}`;
      block.citations.forEach((c, j) => {
        citation(c, `${at}.citations.${j}`);
      });
      if (block.kind === "perspectives") expectAll("statement", block.statementIds, `${at}.statementIds`);
    });
  };

  (dataset.bodies ?? []).forEach((body, i) => {
    const at = `bodies.${i}`;
    expect("jurisdiction", body.jurisdictionId, `${at}.jurisdictionId`);
    expect("body", body.parentId, `${at}.parentId`);
    expectAll("source", body.sourceIds, `${at}.sourceIds`);
    for (const cited of publicCommentCitations(body.publicComment ?? {}))
      citation(cited.citation, `${at}.publicComment.${cited.path}`);
    const rules = body.rules;
    if (!rules) return;
    for (const cited of ruleCitations(rules)) citation(cited.citation, `${at}.rules.${cited.path}`);
    expect("post", rules.executive?.postId, `${at}.rules.executive.postId`);
  });
  (dataset.posts ?? []).forEach((post, i) => {
    expect("body", post.bodyId, `posts.${i}.bodyId`);
  });
  (dataset.people ?? []).forEach((person, i) => {
    expectAll("source", person.sourceIds, `people.${i}.sourceIds`);
  });
  (dataset.memberships ?? []).forEach((m, i) => {
    expect("person", m.personId, `memberships.${i}.personId`);
    expect("body", m.bodyId, `memberships.${i}.bodyId`);
    expect("post", m.postId, `memberships.${i}.postId`);
    expectAll("source", m.sourceIds, `memberships.${i}.sourceIds`);
  });
  (dataset.measures ?? []).forEach((measure, i) => {
    const at = `measures.${i}`;
    expect("jurisdiction", measure.jurisdictionId, `${at}.jurisdictionId`);
    expect("body", measure.bodyId, `${at}.bodyId`);
    measure.sponsors.forEach((s, j) => {
      expect("person", s.personId, `${at}.sponsors.${j}.personId`);
      expect("body", s.bodyId, `${at}.sponsors.${j}.bodyId`);
    });
    measure.relatedMeasures.forEach((r, j) => {
      expect("measure", r.measureId, `${at}.relatedMeasures.${j}.measureId`);
    });
    expectAll("source", measure.sourceIds, `${at}.sourceIds`);
  });
  (dataset.actions ?? []).forEach((action, i) => {
    const at = `actions.${i}`;
    expect("measure", action.measureId, `${at}.measureId`);
    expect("body", action.actorBodyId, `${at}.actorBodyId`);
    expect("post", action.actorPostId, `${at}.actorPostId`);
    expectAll("source", action.sourceIds, `${at}.sourceIds`);
  });
  (dataset.voteEvents ?? []).forEach((vote, i) => {
    const at = `voteEvents.${i}`;
    expect("body", vote.bodyId, `${at}.bodyId`);
    expect("measure", vote.measureId, `${at}.measureId`);
    expect("action", vote.actionId, `${at}.actionId`);
    vote.rollCall?.forEach((entry, j) => {
      expect("person", entry.personId, `${at}.rollCall.${j}.personId`);
    });
    expectAll("source", vote.sourceIds, `${at}.sourceIds`);
  });
  (dataset.statements ?? []).forEach((s, i) => {
    const at = `statements.${i}`;
    expect("measure", s.measureId, `${at}.measureId`);
    expect("person", s.speakerPersonId, `${at}.speakerPersonId`);
    expect("body", s.speakerBodyId, `${at}.speakerBodyId`);
    expect("source", s.sourceId, `${at}.sourceId`);
  });
  (dataset.meetings ?? []).forEach((meeting, i) => {
    const at = `meetings.${i}`;
    expect("body", meeting.bodyId, `${at}.bodyId`);
    meeting.agenda.forEach((item, j) => {
      expectAll("measure", item.measureIds, `${at}.agenda.${j}.measureIds`);
      expectAll("action", item.actionIds, `${at}.agenda.${j}.actionIds`);
      expectAll("vote-event", item.voteIds, `${at}.agenda.${j}.voteIds`);
    });
    expectAll("source", meeting.sourceIds, `${at}.sourceIds`);
  });
  (dataset.explainers ?? []).forEach((explainer, i) => {
    const at = `explainers.${i}`;
    expect("measure", explainer.measureId, `${at}.measureId`);
    expect("explainer", explainer.translationOf, `${at}.translationOf`);
    blocks(explainer.blocks, `${at}.blocks`);
    explainer.revisions.forEach((revision, j) => {
      blocks(revision.blocks, `${at}.revisions.${j}.blocks`);
    });
  });
  return references;
}

/**
 * Finds every reference in a dataset that points at nothing (see {@link listDatasetReferences}),
 * and every id used twice within one record type (or twice among one explainer's blocks).
 * Returns problems in document order; never throws. An empty list means the dataset is whole.
 */
export function checkDatasetReferences(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = new Map<RecordType | "explainer", Set<string>>();
  const collect = (type: RecordType | "explainer", key: string, records: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({ path: `${key}.${index}.id`, message: `The ${type} id "${record.id}" is used more than once.` });
      }
      seen.add(record.id);
    });
    ids.set(type, seen);
  };
  for (const [type, key] of Object.entries(DATASET_COLLECTION_OF) as Array<
    [RecordType | "explainer", (typeof DATASET_COLLECTION_OF)[RecordType | "explainer"]]
  >) {
    collect(type, key, dataset[key] ?? []);
  }

  for (const { path, type, id } of listDatasetReferences(dataset)) {
    if (!ids.get(type)?.has(id)) problems.push({ path, message: `No ${type} has the id "${id}".` });
  }
  const duplicateBlocks = (list: readonly Block[], path: string) => {
    const seen = new Set<string>();
    list.forEach((block, i) => {
      if (seen.has(block.id))
        problems.push({ path: `${path}.${i}.id`, message: `The block id "${block.id}" is used twice.` });
      seen.add(block.id);
    });
  };
  dataset.explainers.forEach((explainer, i) => {
    const at = `explainers.${i}`;
    if (explainer.translationOf === explainer.id) {
      problems.push({ path: `${at}.translationOf`, message: "An explainer cannot be a translation of itself." });
    }
    duplicateBlocks(explainer.blocks, `${at}.blocks`);
    explainer.revisions.forEach((revision, j) => {
      duplicateBlocks(revision.blocks, `${at}.revisions.${j}.blocks`);
    });
  });
  return problems;
}

/**
 * Reads a whole dataset from outside data: every record checked by its schema, then every
 * reference and id checked across the dataset. Problems come back with their place in the file.
 */
export function parseDataset(input: unknown): Result<Dataset> {
  const parsed = parseWith(DatasetSchema, input);
  if (!parsed.ok) return parsed;
  const problems = checkDatasetReferences(parsed.value);
  return problems.length ? fail(problems) : ok(parsed.value);
}
