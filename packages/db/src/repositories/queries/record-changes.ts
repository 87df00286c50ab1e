import type { Block, Locale, RecordRef, RelatedMeasure, Sponsor, Statement, VotingRules } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { fromRow as statementFromRow } from "../kinds/statement";
import type { Tx } from "../record-kind";
import { PUBLISHED_EXPLAINER } from "./published";
import { ruleSourceIds, uniqueIds } from "./records/load";

// Explainers that notice when their facts change (issue 14). An explainer depends on exactly the
// records its public page shows (publishedExplainerPage in explainers.ts gathers the same ones):
// the measure and the measures it names, the measure's actions and votes, the bodies that consider
// it, vote, act or speak and their voting rules, the executive's post and the posts that acted,
// everyone who held those posts and every sponsor and speaker, every term of those people, the
// statements its perspectives link to, every source the page numbers, and every record its blocks
// cite. A record counts as changed when it was saved after the explainer was last reviewed.

/** Record types an explainer can depend on. */
export type DependencyType = RecordRef["type"];

/** A record an explainer shows that was saved after the explainer was last reviewed. */
export interface RecordChange {
  type: DependencyType;
  id: string;
  /** How staff know it: a measure's title, a vote's motion, a person's name. */
  label: string;
  /** When it was last saved (ISO 8601). */
  updatedAt: string;
  /** Who saved it last: a staff member's name, or a process such as an import. */
  updatedBy: string | null;
  /** True when it did not exist yet at the last review (a new vote, a new step). */
  added: boolean;
}

/** A published explainer and the records it shows that changed after it was last reviewed. */
export interface ExplainerRecordChanges {
  explainerId: string;
  measureId: string;
  locale: Locale;
  /** The headline readers see: the latest revision's. */
  headline: string;
  /** When it was last reviewed: its latest publication, or a later check that its records still hold (ISO 8601). */
  reviewedAt: string;
  /** Newest first. */
  changes: RecordChange[];
}

/** A published explainer as change detection reads it. */
interface Head {
  explainerId: string;
  measureId: string;
  locale: Locale;
  headline: string;
  blocks: Block[];
  reviewedAt: Date;
  /**
   * Changes count from here: the last review, or when the explainer was stored in this database
   * if later. The seed and imports bring in explainers published elsewhere, stored after the
   * records they were written from; those records are the ones they were reviewed against.
   */
  since: Date;
}

interface Stamp {
  updatedAt: Date;
  updatedBy: string | null;
  createdAt: Date;
}

interface Known {
  ref: RecordRef;
  label: string;
  stamp: Stamp;
}

/** The most statements about a measure that lint weighs (the editor offers the first 100 to link). */
const LINT_STATEMENTS = 200;

const STAMP = { updatedAt: true, updatedBy: true, createdAt: true } as const;

function keyOf(type: DependencyType, id: string): string {
  return `${type}:${id}`;
}

function later(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}

/** When changes count from, and the review date readers are told. */
export function reviewTimes(explainer: { createdAt: Date; recordsCheckedAt: Date | null }, publishedAt: Date) {
  const reviewedAt = later(publishedAt, explainer.recordsCheckedAt);
  return { reviewedAt, since: later(reviewedAt, explainer.createdAt) };
}

function citationsOf(blocks: readonly Block[]) {
  return blocks.flatMap((block) => block.citations);
}

function linkedStatementIds(blocks: readonly Block[]): string[] {
  return uniqueIds(blocks.flatMap((block) => (block.kind === "perspectives" ? block.statementIds : [])));
}

function citedRefs(blocks: readonly Block[]): RecordRef[] {
  const refs = new Map<string, RecordRef>();
  for (const citation of citationsOf(blocks)) {
    if (citation.record) refs.set(keyOf(citation.record.type, citation.record.id), citation.record);
  }
  return [...refs.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const at = key(item);
    if (at === null) continue;
    const group = groups.get(at);
    if (group) group.push(item);
    else groups.set(at, [item]);
  }
  return groups;
}

/** "Karen Bass: “This moment demands urgency…”" */
function quoteLabel(speaker: string | undefined, text: string): string {
  const words = text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
  return `${speaker ?? "Unknown speaker"}: “${words}”`;
}

/**
 * The records each explainer depends on, in a fixed number of queries however many explainers
 * are asked about: each step below reads one kind of record for all of them at once, by ids or
 * by an indexed column, and selects only what the next step and the change list need.
 */
async function dependencies(prisma: PrismaDatabase | Tx, heads: readonly Head[]) {
  const known = new Map<string, Known>();
  const remember = (type: DependencyType, id: string, label: string, stamp: Stamp) =>
    known.set(keyOf(type, id), { ref: { type, id }, label, stamp });

  const measureIds = uniqueIds(heads.map((head) => head.measureId));
  const statementIds = uniqueIds(heads.flatMap((head) => linkedStatementIds(head.blocks)));
  const [measures, actions, votes, statements] = await Promise.all([
    prisma.measure.findMany({
      where: { id: { in: measureIds } },
      select: { id: true, title: true, bodyId: true, sponsors: true, relatedMeasures: true, ...STAMP },
    }),
    prisma.action.findMany({
      where: { measureId: { in: measureIds } },
      select: { id: true, measureId: true, description: true, actorBodyId: true, actorPostId: true, ...STAMP },
    }),
    prisma.voteEvent.findMany({
      where: { measureId: { in: measureIds } },
      select: { id: true, measureId: true, bodyId: true, motionText: true, ...STAMP },
    }),
    statementIds.length
      ? prisma.statement.findMany({
          where: { id: { in: statementIds } },
          select: { id: true, text: true, speakerPersonId: true, speakerBodyId: true, sourceId: true, ...STAMP },
        })
      : [],
  ]);
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const sponsorsOf = (id: string) => (measureById.get(id)?.sponsors ?? []) as Sponsor[];
  const relatedOf = (id: string) =>
    uniqueIds(((measureById.get(id)?.relatedMeasures ?? []) as RelatedMeasure[]).map((link) => link.measureId));
  const actionsByMeasure = groupBy(actions, (action) => action.measureId);
  const votesByMeasure = groupBy(votes, (vote) => vote.measureId);
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));

  const actingBodiesOf = (head: Head) =>
    uniqueIds([
      measureById.get(head.measureId)?.bodyId,
      ...(votesByMeasure.get(head.measureId) ?? []).map((vote) => vote.bodyId),
      ...(actionsByMeasure.get(head.measureId) ?? []).map((action) => action.actorBodyId),
      ...linkedStatementIds(head.blocks).map((id) => statementById.get(id)?.speakerBodyId),
      ...sponsorsOf(head.measureId).map((sponsor) => sponsor.bodyId),
    ]);
  const relatedIds = uniqueIds(heads.flatMap((head) => relatedOf(head.measureId))).filter((id) => !measureById.has(id));
  // The sources of the records whose sources the page numbers: the measure, its votes and
  // actions, and every record a block cites.
  const citing = new Map<DependencyType, Set<string>>();
  const cites = (type: DependencyType, id: string) => citing.set(type, (citing.get(type) ?? new Set()).add(id));
  for (const id of measureIds) cites("measure", id);
  for (const action of actions) cites("action", action.id);
  for (const vote of votes) cites("vote-event", vote.id);
  for (const head of heads) for (const ref of citedRefs(head.blocks)) cites(ref.type, ref.id);
  const [relatedMeasures, actingBodies, citations] = await Promise.all([
    relatedIds.length
      ? prisma.measure.findMany({ where: { id: { in: relatedIds } }, select: { id: true, title: true, ...STAMP } })
      : [],
    prisma.body.findMany({
      where: { id: { in: uniqueIds(heads.flatMap(actingBodiesOf)) } },
      select: { id: true, name: true, rules: true, ...STAMP },
    }),
    prisma.sourceCitation.findMany({
      where: { OR: [...citing].map(([recordType, ids]) => ({ recordType, recordId: { in: [...ids] } })) },
      orderBy: [{ recordType: "asc" }, { recordId: "asc" }, { position: "asc" }],
      select: { recordType: true, recordId: true, sourceId: true },
    }),
  ]);
  const bodyById = new Map(actingBodies.map((body) => [body.id, { ...body, rules: body.rules as VotingRules | null }]));
  const sourcesOf = groupBy(citations, (row) => `${row.recordType}:${row.recordId}`);

  const postsOf = (head: Head) =>
    uniqueIds([
      ...actingBodiesOf(head).map((id) => bodyById.get(id)?.rules?.executive?.postId),
      ...(actionsByMeasure.get(head.measureId) ?? []).map((action) => action.actorPostId),
    ]);
  const postIds = uniqueIds(heads.flatMap(postsOf));
  const holders = postIds.length
    ? await prisma.membership.findMany({
        where: { postId: { in: postIds } },
        select: { personId: true, postId: true },
      })
    : [];
  const holdersByPost = groupBy(holders, (holder) => holder.postId);
  const peopleOf = (head: Head) =>
    uniqueIds([
      ...sponsorsOf(head.measureId).map((sponsor) => sponsor.personId),
      ...linkedStatementIds(head.blocks).map((id) => statementById.get(id)?.speakerPersonId),
      ...postsOf(head).flatMap((postId) => (holdersByPost.get(postId) ?? []).map((holder) => holder.personId)),
    ]);
  const personIds = uniqueIds(heads.flatMap(peopleOf));
  const [people, memberships] = await Promise.all([
    personIds.length
      ? prisma.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true, ...STAMP } })
      : [],
    personIds.length
      ? prisma.membership.findMany({
          where: { personId: { in: personIds } },
          select: { id: true, personId: true, postId: true, bodyId: true, role: true, ...STAMP },
        })
      : [],
  ]);
  const termsByPerson = groupBy(memberships, (term) => term.personId);

  const termsOf = (head: Head) => peopleOf(head).flatMap((personId) => termsByPerson.get(personId) ?? []);
  const allPostsOf = (head: Head) => uniqueIds([...postsOf(head), ...termsOf(head).map((term) => term.postId)]);
  const sourceIdsOf = (head: Head) => {
    const ofRecord = (type: DependencyType, id: string) =>
      (sourcesOf.get(keyOf(type, id)) ?? []).map((row) => row.sourceId);
    return uniqueIds([
      ...citationsOf(head.blocks).map((citation) => citation.sourceId),
      ...citedRefs(head.blocks).flatMap((ref) => ofRecord(ref.type, ref.id)),
      ...ofRecord("measure", head.measureId),
      ...(votesByMeasure.get(head.measureId) ?? []).flatMap((vote) => ofRecord("vote-event", vote.id)),
      ...(actionsByMeasure.get(head.measureId) ?? []).flatMap((action) => ofRecord("action", action.id)),
      ...linkedStatementIds(head.blocks).map((id) => statementById.get(id)?.sourceId),
      ...actingBodiesOf(head).flatMap((id) => ruleSourceIds(bodyById.get(id)?.rules ?? undefined)),
    ]);
  };
  const allPostIds = uniqueIds(heads.flatMap(allPostsOf));
  const sourceIds = uniqueIds(heads.flatMap(sourceIdsOf));
  const [posts, sources] = await Promise.all([
    allPostIds.length
      ? prisma.post.findMany({
          where: { id: { in: allPostIds } },
          select: { id: true, label: true, bodyId: true, ...STAMP },
        })
      : [],
    sourceIds.length
      ? prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, ...STAMP } })
      : [],
  ]);
  const postById = new Map(posts.map((post) => [post.id, post]));
  const otherBodiesOf = (head: Head) =>
    uniqueIds([
      ...allPostsOf(head).map((postId) => postById.get(postId)?.bodyId),
      ...termsOf(head).map((term) => term.bodyId),
    ]);
  const otherBodyIds = uniqueIds(heads.flatMap(otherBodiesOf)).filter((id) => !bodyById.has(id));
  const otherBodies = otherBodyIds.length
    ? await prisma.body.findMany({ where: { id: { in: otherBodyIds } }, select: { id: true, name: true, ...STAMP } })
    : [];

  const personName = new Map(people.map((person) => [person.id, person.name]));
  const bodyName = new Map([...actingBodies, ...otherBodies].map((body) => [body.id, body.name]));
  for (const measure of [...measures, ...relatedMeasures]) remember("measure", measure.id, measure.title, measure);
  for (const action of actions) remember("action", action.id, action.description, action);
  for (const vote of votes) remember("vote-event", vote.id, vote.motionText, vote);
  for (const body of [...actingBodies, ...otherBodies]) remember("body", body.id, body.name, body);
  for (const post of posts) remember("post", post.id, post.label, post);
  for (const person of people) remember("person", person.id, person.name, person);
  for (const source of sources) remember("source", source.id, source.title, source);
  for (const statement of statements) {
    const speaker = statement.speakerPersonId
      ? personName.get(statement.speakerPersonId)
      : bodyName.get(statement.speakerBodyId ?? "");
    remember("statement", statement.id, quoteLabel(speaker, statement.text), statement);
  }
  for (const term of memberships) {
    const place = (term.postId && postById.get(term.postId)?.label) || term.role || bodyName.get(term.bodyId ?? "");
    remember("membership", term.id, `${personName.get(term.personId) ?? term.personId}: ${place ?? "term"}`, term);
  }
  await rememberCitedRecords(
    prisma,
    heads.flatMap((head) => citedRefs(head.blocks)).filter((ref) => !known.has(keyOf(ref.type, ref.id))),
    remember,
  );

  const byExplainer = new Map<string, Known[]>();
  for (const head of heads) {
    const keys = new Set<string>([
      keyOf("measure", head.measureId),
      ...relatedOf(head.measureId).map((id) => keyOf("measure", id)),
      ...(actionsByMeasure.get(head.measureId) ?? []).map((action) => keyOf("action", action.id)),
      ...(votesByMeasure.get(head.measureId) ?? []).map((vote) => keyOf("vote-event", vote.id)),
      ...linkedStatementIds(head.blocks).map((id) => keyOf("statement", id)),
      ...[...actingBodiesOf(head), ...otherBodiesOf(head)].map((id) => keyOf("body", id)),
      ...allPostsOf(head).map((id) => keyOf("post", id)),
      ...peopleOf(head).map((id) => keyOf("person", id)),
      ...termsOf(head).map((term) => keyOf("membership", term.id)),
      ...sourceIdsOf(head).map((id) => keyOf("source", id)),
      ...citedRefs(head.blocks).map((ref) => keyOf(ref.type, ref.id)),
    ]);
    byExplainer.set(
      head.explainerId,
      [...keys].flatMap((key) => known.get(key) ?? []),
    );
  }
  return byExplainer;
}

/** Records that blocks cite but the page does not otherwise show: one query per kind of record. */
async function rememberCitedRecords(
  prisma: PrismaDatabase | Tx,
  refs: readonly RecordRef[],
  remember: (type: DependencyType, id: string, label: string, stamp: Stamp) => void,
): Promise<void> {
  const idsOf = (type: DependencyType) => uniqueIds(refs.filter((ref) => ref.type === type).map((ref) => ref.id));
  const read = async <R extends Stamp & { id: string }>(
    type: DependencyType,
    find: (ids: string[]) => Promise<R[]>,
    label: (row: R) => string,
  ) => {
    const ids = idsOf(type);
    if (!ids.length) return;
    for (const row of await find(ids)) remember(type, row.id, label(row), row);
  };
  const where = (ids: string[]) => ({ id: { in: ids } });
  await Promise.all([
    read(
      "jurisdiction",
      (ids) => prisma.jurisdiction.findMany({ where: where(ids), select: { id: true, name: true, ...STAMP } }),
      (row) => row.name,
    ),
    read(
      "body",
      (ids) => prisma.body.findMany({ where: where(ids), select: { id: true, name: true, ...STAMP } }),
      (row) => row.name,
    ),
    read(
      "post",
      (ids) => prisma.post.findMany({ where: where(ids), select: { id: true, label: true, ...STAMP } }),
      (row) => row.label,
    ),
    read(
      "person",
      (ids) => prisma.person.findMany({ where: where(ids), select: { id: true, name: true, ...STAMP } }),
      (row) => row.name,
    ),
    read(
      "membership",
      (ids) =>
        prisma.membership.findMany({
          where: where(ids),
          select: {
            id: true,
            role: true,
            person: { select: { name: true } },
            post: { select: { label: true } },
            ...STAMP,
          },
        }),
      (row) => `${row.person.name}: ${row.post?.label ?? row.role ?? "term"}`,
    ),
    read(
      "measure",
      (ids) => prisma.measure.findMany({ where: where(ids), select: { id: true, title: true, ...STAMP } }),
      (row) => row.title,
    ),
    read(
      "action",
      (ids) => prisma.action.findMany({ where: where(ids), select: { id: true, description: true, ...STAMP } }),
      (row) => row.description,
    ),
    read(
      "vote-event",
      (ids) => prisma.voteEvent.findMany({ where: where(ids), select: { id: true, motionText: true, ...STAMP } }),
      (row) => row.motionText,
    ),
    read(
      "statement",
      (ids) =>
        prisma.statement.findMany({
          where: where(ids),
          select: {
            id: true,
            text: true,
            speakerPerson: { select: { name: true } },
            speakerBody: { select: { name: true } },
            ...STAMP,
          },
        }),
      (row) => quoteLabel(row.speakerPerson?.name ?? row.speakerBody?.name, row.text),
    ),
    read(
      "meeting",
      (ids) => prisma.meeting.findMany({ where: where(ids), select: { id: true, name: true, ...STAMP } }),
      (row) => row.name,
    ),
    read(
      "source",
      (ids) => prisma.source.findMany({ where: where(ids), select: { id: true, title: true, ...STAMP } }),
      (row) => row.title,
    ),
  ]);
}

type StampReader = (prisma: PrismaDatabase | Tx, ids: string[]) => Promise<Array<Stamp & { id: string }>>;

const STAMPS_BY_ID = { where: (ids: string[]) => ({ id: { in: ids } }), select: { id: true, ...STAMP } } as const;

/**
 * When each kind of record was saved, by id: for records a page cites without showing them.
 * A kind with no reader here is never counted as changed.
 */
const STAMP_READERS: Partial<Record<DependencyType, StampReader>> = {
  jurisdiction: (prisma, ids) =>
    prisma.jurisdiction.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  body: (prisma, ids) => prisma.body.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  post: (prisma, ids) => prisma.post.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  person: (prisma, ids) => prisma.person.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  membership: (prisma, ids) =>
    prisma.membership.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  measure: (prisma, ids) => prisma.measure.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  action: (prisma, ids) => prisma.action.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  "vote-event": (prisma, ids) =>
    prisma.voteEvent.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  statement: (prisma, ids) =>
    prisma.statement.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  source: (prisma, ids) => prisma.source.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
  meeting: (prisma, ids) => prisma.meeting.findMany({ where: STAMPS_BY_ID.where(ids), select: STAMPS_BY_ID.select }),
};

/**
 * Whether any of these records was saved after `since`: one query per kind of record asked
 * about. For the records a page's blocks cite that the page does not load for itself.
 */
export async function anySavedAfter(
  prisma: PrismaDatabase | Tx,
  refs: readonly RecordRef[],
  since: Date,
): Promise<boolean> {
  const types = uniqueIds(refs.map((ref) => ref.type)) as DependencyType[];
  const stamps = await Promise.all(
    types.map(
      (type) =>
        STAMP_READERS[type]?.(prisma, uniqueIds(refs.filter((ref) => ref.type === type).map((ref) => ref.id))) ?? [],
    ),
  );
  return stamps.flat().some((stamp) => stamp.updatedAt > since);
}

function changesAfter(records: readonly Known[], since: Date): RecordChange[] {
  return records
    .filter((record) => record.stamp.updatedAt > since)
    .sort(
      (a, b) =>
        b.stamp.updatedAt.getTime() - a.stamp.updatedAt.getTime() ||
        a.ref.type.localeCompare(b.ref.type) ||
        a.ref.id.localeCompare(b.ref.id),
    )
    .map((record) => ({
      type: record.ref.type,
      id: record.ref.id,
      label: record.label,
      updatedAt: record.stamp.updatedAt.toISOString(),
      updatedBy: record.stamp.updatedBy,
      added: record.stamp.createdAt > since,
    }));
}

const HEAD = {
  id: true,
  measureId: true,
  locale: true,
  createdAt: true,
  recordsCheckedAt: true,
} as const;

/** The heads of these published explainers, each with its latest revision: two queries. */
async function readHeads(
  prisma: PrismaDatabase | Tx,
  explainers: ReadonlyArray<{
    id: string;
    measureId: string;
    locale: string;
    createdAt: Date;
    recordsCheckedAt: Date | null;
  }>,
): Promise<Head[]> {
  if (explainers.length === 0) return [];
  const numbers = await prisma.explainerRevision.findMany({
    where: { explainerId: { in: explainers.map((explainer) => explainer.id) } },
    select: { explainerId: true, number: true },
  });
  const latest = new Map<string, number>();
  for (const row of numbers) latest.set(row.explainerId, Math.max(row.number, latest.get(row.explainerId) ?? 0));
  const revisions = latest.size
    ? await prisma.explainerRevision.findMany({
        where: { OR: [...latest].map(([explainerId, number]) => ({ explainerId, number })) },
        select: { explainerId: true, publishedAt: true, headline: true, blocks: true },
      })
    : [];
  const revisionOf = new Map(revisions.map((revision) => [revision.explainerId, revision]));
  return explainers.flatMap((explainer) => {
    const revision = revisionOf.get(explainer.id);
    if (!revision) return [];
    return [
      {
        explainerId: explainer.id,
        measureId: explainer.measureId,
        locale: explainer.locale as Locale,
        headline: revision.headline,
        blocks: revision.blocks as Block[],
        ...reviewTimes(explainer, revision.publishedAt),
      },
    ];
  });
}

async function changesOf(prisma: PrismaDatabase | Tx, heads: readonly Head[]): Promise<ExplainerRecordChanges[]> {
  if (heads.length === 0) return [];
  const records = await dependencies(prisma, heads);
  return heads.map((head) => ({
    explainerId: head.explainerId,
    measureId: head.measureId,
    locale: head.locale,
    headline: head.headline,
    reviewedAt: head.reviewedAt.toISOString(),
    changes: changesAfter(records.get(head.explainerId) ?? [], head.since),
  }));
}

/** The records one published explainer shows that changed since its last review; null if it was never published. */
export async function explainerRecordChanges(
  prisma: PrismaDatabase | Tx,
  explainerId: string,
): Promise<ExplainerRecordChanges | null> {
  const explainer = await prisma.explainer.findUnique({ where: { id: explainerId }, select: HEAD });
  const [changes] = await changesOf(prisma, await readHeads(prisma, explainer ? [explainer] : []));
  return changes ?? null;
}

/** Every record a published explainer depends on, as refs; empty if it was never published. */
export async function explainerDependencies(prisma: PrismaDatabase | Tx, explainerId: string): Promise<RecordRef[]> {
  const explainer = await prisma.explainer.findUnique({ where: { id: explainerId }, select: HEAD });
  const heads = await readHeads(prisma, explainer ? [explainer] : []);
  if (heads.length === 0) return [];
  return ((await dependencies(prisma, heads)).get(explainerId) ?? []).map((record) => record.ref);
}

export function recordChangesQueries(prisma: PrismaDatabase) {
  return {
    explainerRecordChanges: (explainerId: string) => explainerRecordChanges(prisma, explainerId),

    /**
     * Every published explainer that shows a record changed since its last review, the most
     * recent change first. Reads every published explainer's head and latest revision (the
     * check is about all of them), then the records they show in a fixed number of queries.
     */
    async explainersWithChangedRecords(): Promise<ExplainerRecordChanges[]> {
      const explainers = await prisma.explainer.findMany({ where: PUBLISHED_EXPLAINER, select: HEAD });
      const all = await changesOf(prisma, await readHeads(prisma, explainers));
      return all
        .filter((explainer) => explainer.changes.length > 0)
        .sort(
          (a, b) =>
            (b.changes[0]?.updatedAt ?? "").localeCompare(a.changes[0]?.updatedAt ?? "") ||
            a.explainerId.localeCompare(b.explainerId),
        );
    },

    /**
     * The statements lint weighs for balance, as core records, in one query: those with these
     * ids (what perspectives link to) and those about these measures (what editors choose from,
     * the first LINT_STATEMENTS of them).
     */
    async statementsForLint(options: {
      ids?: readonly string[];
      measureIds?: readonly string[];
    }): Promise<Statement[]> {
      const ids = uniqueIds(options.ids ?? []);
      const measureIds = uniqueIds(options.measureIds ?? []);
      if (!ids.length && !measureIds.length) return [];
      const rows = await prisma.statement.findMany({
        where: { OR: [{ id: { in: ids } }, { measureId: { in: measureIds } }] },
        orderBy: { id: "asc" },
        take: LINT_STATEMENTS + ids.length,
      });
      return rows.map(statementFromRow);
    },
  };
}
