import {
  type Action,
  type Block,
  type Body,
  type Citation,
  type Explainer,
  type Locale,
  type Measure,
  type Membership,
  type Person,
  type Post,
  plainText,
  type RecordRef,
  type Source,
  type Statement,
  type VoteEvent,
} from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { fromRow as actionFromRow } from "../kinds/action";
import { fromRow as bodyFromRow } from "../kinds/body";
import { withSourceIds } from "../kinds/citations";
import { explainerKind } from "../kinds/explainer";
import { fromRow as measureFromRow, measureKind } from "../kinds/measure";
import { fromRow as membershipFromRow } from "../kinds/membership";
import { fromRow as personFromRow } from "../kinds/person";
import { fromRow as postFromRow } from "../kinds/post";
import { fromRow as sourceFromRow } from "../kinds/source";
import { fromRow as statementFromRow } from "../kinds/statement";
import { read as readVotes, withVotes } from "../kinds/vote-event";
import { latestPublications } from "./latest-publications";
import { draftView, PUBLISHED_EXPLAINER, publishedView } from "./published";
import { anySavedAfter, reviewTimes } from "./record-changes";
import { ruleSourceIds, uniqueIds } from "./records/load";

/** Everything an explainer page shows, as core records. */
export interface PublishedExplainerPage {
  /** A published explainer. Readers see its latest revision only, never the working draft. */
  explainer: Explainer;
  /** The same measure's published explainer in the other language, when there is one. */
  translation: { id: string; locale: Locale } | null;
  measure: Measure;
  /** The measures it points at that are on record. */
  relatedMeasures: Measure[];
  actions: Action[];
  voteEvents: VoteEvent[];
  /** Bodies that consider it, vote, act or speak, and the bodies of the posts and terms below. */
  bodies: Body[];
  /** The executive's post, the posts that acted, and the posts of the terms below. */
  posts: Post[];
  /** Sponsors, speakers and everyone who held a post above. */
  people: Person[];
  /** Every term of those people, and every term in those posts. */
  memberships: Membership[];
  /** The statements the latest revision's perspectives link to. */
  statements: Statement[];
  /** Every source the page cites: blocks, records they cite, statements, votes, actions, rules. */
  sources: Source[];
  /** The sources of each record the latest revision's blocks cite, keyed `type:id`. */
  citedRecordSources: Record<string, string[]>;
  /**
   * When it was last reviewed (its latest publication, or a later check by a reviewer that its
   * records still hold), and whether any record above, or any record its blocks cite, was saved
   * since (record-changes.ts says which records count).
   */
  review: { reviewedAt: string; recordsChanged: boolean };
}

/** A published explainer, as a list of the latest shows it. */
export interface PublishedExplainerSummary {
  explainerId: string;
  measureId: string;
  locale: Locale;
  headline: string;
  /** The summary block's words, glossary markup removed; null when it has none. */
  summary: string | null;
  /** When its latest revision was published (ISO 8601). */
  publishedAt: string;
}

function recordKey(ref: RecordRef): string {
  return `${ref.type}:${ref.id}`;
}

function blockCitations(blocks: readonly Block[]): Citation[] {
  return blocks.flatMap((block) => block.citations);
}

/** Records in the order their ids were asked for (bulk reads come back in any order). */
function inOrder<T extends { id: string }>(ids: readonly string[], records: readonly T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function explainersQueries(prisma: PrismaDatabase) {
  // One query each (and one more for the sources of kinds that cite them), whatever the number
  // of ids, so the page costs a fixed number of queries.
  const byIds = (ids: string[]) => ({ where: { id: { in: ids } } });
  const load = {
    measures: async (ids: string[]): Promise<Measure[]> =>
      ids.length ? withSourceIds(prisma, "measure", await prisma.measure.findMany(byIds(ids)), measureFromRow) : [],
    bodies: async (ids: string[]): Promise<Body[]> =>
      ids.length ? withSourceIds(prisma, "body", await prisma.body.findMany(byIds(ids)), bodyFromRow) : [],
    people: async (ids: string[]): Promise<Person[]> =>
      ids.length ? withSourceIds(prisma, "person", await prisma.person.findMany(byIds(ids)), personFromRow) : [],
    posts: async (ids: string[]): Promise<Post[]> =>
      ids.length ? (await prisma.post.findMany(byIds(ids))).map(postFromRow) : [],
    statements: async (ids: string[]): Promise<Statement[]> =>
      ids.length ? (await prisma.statement.findMany(byIds(ids))).map(statementFromRow) : [],
    sources: async (ids: string[]): Promise<Source[]> =>
      ids.length ? (await prisma.source.findMany(byIds(ids))).map(sourceFromRow) : [],
  };

  /** The sources of each cited record, from the citation index, in one query. */
  async function sourcesOfRecords(refs: RecordRef[]): Promise<Record<string, string[]>> {
    const byKey: Record<string, string[]> = Object.fromEntries(refs.map((ref) => [recordKey(ref), []]));
    if (refs.length === 0) return byKey;
    const rows = await prisma.sourceCitation.findMany({
      where: { OR: refs.map((ref) => ({ recordType: ref.type, recordId: ref.id })) },
      orderBy: [{ recordType: "asc" }, { recordId: "asc" }, { position: "asc" }],
      select: { recordType: true, recordId: true, sourceId: true },
    });
    for (const row of rows) byKey[`${row.recordType}:${row.recordId}`]?.push(row.sourceId);
    return byKey;
  }

  /**
   * The records an explainer page shows, for `explainer` as its latest revision reads: the
   * published page, or a draft laid out as if it were published now.
   */
  async function pageRecords(
    head: { createdAt: Date; recordsCheckedAt: Date | null },
    shownExplainer: Promise<Explainer | null>,
    measureId: string,
    locale: Locale,
  ): Promise<PublishedExplainerPage | null> {
    const [explainer, measure, translation, actions, voteEvents] = await Promise.all([
      shownExplainer,
      measureKind.find(prisma, measureId),
      prisma.explainer.findFirst({
        where: { measureId, locale: { not: locale }, ...PUBLISHED_EXPLAINER },
        orderBy: { locale: "asc" },
        select: { id: true, locale: true },
      }),
      prisma.action
        .findMany({ where: { measureId }, orderBy: [{ dateStart: "asc" }, { order: "asc" }, { id: "asc" }] })
        .then((rows) => withSourceIds(prisma, "action", rows, actionFromRow)),
      prisma.voteEvent
        .findMany({ where: { measureId }, orderBy: [{ dateStart: "asc" }, { id: "asc" }], include: withVotes })
        .then((rows) => readVotes(prisma, rows)),
    ]);
    const revision = explainer?.revisions.at(-1);
    if (!explainer || !measure || !revision) return null;

    const citedRecords = new Map<string, RecordRef>();
    for (const citation of blockCitations(revision.blocks)) {
      if (citation.record) citedRecords.set(recordKey(citation.record), citation.record);
    }
    const statementIds = uniqueIds(
      revision.blocks.flatMap((block) => (block.kind === "perspectives" ? block.statementIds : [])),
    );
    const relatedIds = uniqueIds(measure.relatedMeasures.map((related) => related.measureId));
    const [relatedMeasures, statements, citedRecordSources] = await Promise.all([
      load.measures(relatedIds).then((records) => inOrder(relatedIds, records)),
      load.statements(statementIds).then((records) => inOrder(statementIds, records)),
      sourcesOfRecords([...citedRecords.values()]),
    ]);

    const actingBodyIds = uniqueIds([
      measure.bodyId,
      ...voteEvents.map((vote) => vote.bodyId),
      ...actions.map((action) => action.actorBodyId),
      ...statements.map((statement) => statement.speakerBodyId),
      ...measure.sponsors.map((sponsor) => sponsor.bodyId),
    ]);
    const actingBodies = inOrder(actingBodyIds, await load.bodies(actingBodyIds));
    const postIds = uniqueIds([
      ...actingBodies.map((body) => body.rules?.executive?.postId),
      ...actions.map((action) => action.actorPostId),
    ]);
    // Everyone who held those posts, then every term of every person on the page.
    const holders = postIds.length
      ? await prisma.membership.findMany({ where: { postId: { in: postIds } }, select: { personId: true } })
      : [];
    const personIds = uniqueIds([
      ...measure.sponsors.map((sponsor) => sponsor.personId),
      ...statements.map((statement) => statement.speakerPersonId),
      ...holders.map((holder) => holder.personId),
    ]);
    const [people, memberships] = await Promise.all([
      load.people(personIds).then((records) => inOrder(personIds, records)),
      personIds.length
        ? prisma.membership
            .findMany({ where: { personId: { in: personIds } }, orderBy: { id: "asc" } })
            .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow))
        : [],
    ]);

    const known = new Set(actingBodyIds);
    const sourceIds = uniqueIds([
      ...blockCitations(revision.blocks).map((citation) => citation.sourceId),
      ...Object.values(citedRecordSources).flat(),
      ...measure.sourceIds,
      ...voteEvents.flatMap((vote) => vote.sourceIds),
      ...actions.flatMap((action) => action.sourceIds),
      ...statements.map((statement) => statement.sourceId),
      ...actingBodies.flatMap((body) => ruleSourceIds(body.rules)),
    ]);
    const [posts, sources] = await Promise.all([
      load.posts(uniqueIds([...postIds, ...memberships.map((membership) => membership.postId)])),
      load.sources(sourceIds).then((records) => inOrder(sourceIds, records)),
    ]);
    // Whether anything shown changed since the last review: the records loaded above carry
    // their save times; the cited records the page does not show are looked up by kind.
    const { reviewedAt, since } = reviewTimes(head, new Date(revision.publishedAt));
    const shown = new Map<string, { updatedAt?: string }>();
    const show = (type: RecordRef["type"], records: ReadonlyArray<{ id: string; updatedAt?: string }>) => {
      for (const record of records) shown.set(recordKey({ type, id: record.id }), record);
    };
    show("measure", [measure, ...relatedMeasures]);
    show("action", actions);
    show("vote-event", voteEvents);
    show("statement", statements);
    show("body", actingBodies);
    show("person", people);
    show("membership", memberships);
    show("post", posts);
    show("source", sources);
    const [otherBodies, citedChanged] = await Promise.all([
      load.bodies(
        uniqueIds([...posts.map((post) => post.bodyId), ...memberships.map((membership) => membership.bodyId)]).filter(
          (id) => !known.has(id),
        ),
      ),
      anySavedAfter(
        prisma,
        [...citedRecords.values()].filter((ref) => !shown.has(recordKey(ref))),
        since,
      ),
    ]);
    show("body", otherBodies);
    const savedSince = (record: { updatedAt?: string }) =>
      record.updatedAt !== undefined && Date.parse(record.updatedAt) > since.getTime();

    return {
      explainer,
      translation: translation ? { id: translation.id, locale: translation.locale as Locale } : null,
      measure,
      relatedMeasures,
      actions,
      voteEvents,
      bodies: [...actingBodies, ...otherBodies],
      posts,
      people,
      memberships,
      statements,
      sources,
      citedRecordSources,
      review: {
        reviewedAt: reviewedAt.toISOString(),
        recordsChanged: citedChanged || [...shown.values()].some(savedSince),
      },
    };
  }

  return {
    /**
     * Everything the explainer page of `measureId` in `locale` shows, or null when that
     * explainer is not published. A fixed number of queries, whatever the number of records.
     */
    async publishedExplainerPage(measureId: string, locale: Locale): Promise<PublishedExplainerPage | null> {
      const head = await prisma.explainer.findUnique({
        where: { measureId_locale: { measureId, locale } },
        // One revision by its key, not `_count`: Prisma counts relations by grouping the whole
        // revisions table before it joins, on PostgreSQL.
        select: {
          id: true,
          createdAt: true,
          recordsCheckedAt: true,
          revisions: { select: { number: true }, take: 1 },
        },
      });
      if (!head || head.revisions.length === 0) return null;

      return pageRecords(
        head,
        explainerKind.find(prisma, head.id).then((found) => found && publishedView(found)),
        measureId,
        locale,
      );
    },

    /**
     * The page an explainer's working copy would make if it were published now: the draft's
     * headline, blocks and corrections over the records the page shows, for the staff preview.
     * Null when the explainer is not on record.
     */
    async draftExplainerPage(
      id: string,
      draft: Pick<Explainer, "headline" | "blocks" | "corrections">,
    ): Promise<PublishedExplainerPage | null> {
      const head = await prisma.explainer.findUnique({
        where: { id },
        select: { createdAt: true, recordsCheckedAt: true, measureId: true, locale: true },
      });
      if (!head) return null;
      const shown = explainerKind.find(prisma, id).then((found) => found && draftView(found, draft, new Date()));
      return pageRecords(head, shown, head.measureId, head.locale as Locale);
    },

    /** The `limit` most recently published explainers in `locale`, newest first. */
    async latestPublishedExplainers(locale: Locale, limit: number): Promise<PublishedExplainerSummary[]> {
      const latest = await latestPublications(prisma, locale, limit);
      if (latest.length === 0) return [];

      const revisions = await prisma.explainerRevision.findMany({
        where: { OR: latest.map((row) => ({ explainerId: row.explainerId, number: row.number })) },
        select: { explainerId: true, headline: true, blocks: true },
      });
      const byExplainer = new Map(revisions.map((revision) => [revision.explainerId, revision]));
      return latest.flatMap((row) => {
        const revision = byExplainer.get(row.explainerId);
        if (!revision) return [];
        const summary = (revision.blocks as Block[]).find((block) => block.kind === "summary");
        return [
          {
            explainerId: row.explainerId,
            measureId: row.measureId,
            locale,
            headline: revision.headline,
            summary: summary && "text" in summary && summary.text ? plainText(summary.text) : null,
            publishedAt: row.publishedAt.toISOString(),
          },
        ];
      });
    },
  };
}
