import type {
  Body,
  Dataset,
  Explainer,
  Locale,
  Measure,
  MeasureClassification,
  Source,
  VoteEvent,
  VotingRules,
} from "@legible/core";
import { DATASET_FORMAT } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { actionKind } from "../kinds/action";
import { bodyKind } from "../kinds/body";
import { explainerKind } from "../kinds/explainer";
import { jurisdictionKind } from "../kinds/jurisdiction";
import { measureKind } from "../kinds/measure";
import { membershipKind } from "../kinds/membership";
import { personKind } from "../kinds/person";
import { postKind } from "../kinds/post";
import { sourceKind } from "../kinds/source";
import { statementKind } from "../kinds/statement";
import { voteEventKind } from "../kinds/vote-event";
import type { RecordKind, Tx } from "../record-kind";
import { MAX_PAGE_SIZE } from "../store";
import { latestPublications } from "./latest-publications";
import { publishedView } from "./published";

// Read models for the site's machine-readable side: the sitemap, feeds, open data, the
// embeddable vote card and social cards. Everything here is public: explainers appear only as
// they were last published, never as the draft staff are editing.

/** A public record page's id and when its record last changed: a sitemap entry. */
export interface PageStamp {
  id: string;
  updatedAt: string;
}

/** A published explainer's page and when it was last published. */
export interface PublishedExplainerStamp {
  measureId: string;
  locale: Locale;
  publishedAt: string;
}

/** Every public page's record, with when it last changed. */
export interface SiteMapEntries {
  measures: PageStamp[];
  votes: PageStamp[];
  people: PageStamp[];
  bodies: PageStamp[];
  meetings: PageStamp[];
  explainers: PublishedExplainerStamp[];
}

/** Display names of the records a feed's items mention, by id. */
export interface RecordNames {
  measures: Record<string, string>;
  bodies: Record<string, string>;
  people: Record<string, string>;
}

/**
 * What deciding a feed's votes needs, by id: each voting body's rules (null when not on record)
 * and the kind of each measure voted on.
 */
export interface VoteRules {
  bodies: Record<string, VotingRules | null>;
  measures: Record<string, MeasureClassification>;
}

function present<T>(value: T | null): value is T {
  return value !== null;
}

async function findAll<T extends { id: string }>(prisma: Tx, kind: RecordKind<T>, ids: string[]): Promise<T[]> {
  return (await Promise.all(ids.map((id) => kind.find(prisma, id)))).filter(present);
}

async function readAll<T extends { id: string }>(prisma: Tx, kind: RecordKind<T>): Promise<T[]> {
  const all: T[] = [];
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const page = await kind.list(prisma, { skip, take: MAX_PAGE_SIZE });
    all.push(...page);
    if (page.length < MAX_PAGE_SIZE) return all;
  }
}

/** Storage bookkeeping (versions, timestamps) is not part of a record's facts. */
function facts<T extends { version?: number; updatedAt?: string }>(record: T): T {
  const { version: _version, updatedAt: _updatedAt, ...rest } = record;
  return rest as T;
}

const newestFirst = (a: { updatedAt?: string }, b: { updatedAt?: string }) =>
  (b.updatedAt ?? "").localeCompare(a.updatedAt ?? "");

export function siteQueries(prisma: PrismaDatabase) {
  /** Published explainers (ids and when last published), newest first. */
  async function publishedExplainerStamps(where: { measureId?: string } = {}) {
    const rows = await prisma.explainer.findMany({
      where: { ...where, revisions: { some: {} } },
      select: {
        id: true,
        measureId: true,
        locale: true,
        revisions: { select: { publishedAt: true }, orderBy: { number: "desc" }, take: 1 },
      },
    });
    return rows
      .flatMap((row) => {
        const publishedAt = row.revisions[0]?.publishedAt.toISOString();
        return publishedAt ? [{ id: row.id, measureId: row.measureId, locale: row.locale as Locale, publishedAt }] : [];
      })
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  }

  async function publishedExplainers(ids: string[]): Promise<Explainer[]> {
    return (await findAll(prisma, explainerKind, ids)).map(publishedView).filter(present);
  }

  async function names(ids: { measures?: string[]; bodies?: string[]; people?: string[] }): Promise<RecordNames> {
    const unique = (list: string[] = []) => [...new Set(list)];
    const [measureIds, bodyIds, personIds] = [unique(ids.measures), unique(ids.bodies), unique(ids.people)];
    // No query for an empty list: `id IN ()` reaches the database as a scan of the whole table.
    const [measures, bodies, people] = await Promise.all([
      measureIds.length
        ? prisma.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, title: true } })
        : [],
      bodyIds.length ? prisma.body.findMany({ where: { id: { in: bodyIds } }, select: { id: true, name: true } }) : [],
      personIds.length
        ? prisma.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } })
        : [],
    ]);
    return {
      measures: Object.fromEntries(measures.map((m) => [m.id, m.title])),
      bodies: Object.fromEntries(bodies.map((b) => [b.id, b.name])),
      people: Object.fromEntries(people.map((p) => [p.id, p.name])),
    };
  }

  /** The rules and kinds of measure the votes are decided by: two queries, none for no votes. */
  async function voteRules(votes: readonly VoteEvent[]): Promise<VoteRules> {
    const bodyIds = [...new Set(votes.map((v) => v.bodyId))];
    const measureIds = [...new Set(votes.flatMap((v) => v.measureId ?? []))];
    const [bodies, measures] = await Promise.all([
      bodyIds.length ? prisma.body.findMany({ where: { id: { in: bodyIds } }, select: { id: true, rules: true } }) : [],
      measureIds.length
        ? prisma.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, classification: true } })
        : [],
    ]);
    return {
      bodies: Object.fromEntries(bodies.map((b) => [b.id, (b.rules as VotingRules | null) ?? null])),
      measures: Object.fromEntries(measures.map((m) => [m.id, m.classification as MeasureClassification])),
    };
  }

  const pageStamps = (rows: Array<{ id: string; updatedAt: Date }>): PageStamp[] =>
    rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt.toISOString() }));
  const stampSelect = { select: { id: true, updatedAt: true }, orderBy: { id: "asc" as const } };

  async function voteEventIdsFor(where: { measureId: string }): Promise<string[]> {
    const rows = await prisma.voteEvent.findMany({ where, select: { id: true }, orderBy: { dateStart: "desc" } });
    return rows.map((row) => row.id);
  }

  /** A person's latest `limit` votes, newest first, off PersonVote's (personId, dateStart) index. */
  async function latestVoteIdsOf(personId: string, limit: number): Promise<string[]> {
    const rows = await prisma.personVote.findMany({
      where: { personId },
      select: { voteEventId: true },
      orderBy: [{ dateStart: "desc" }, { voteEventId: "asc" }],
      take: limit,
    });
    return [...new Set(rows.map((row) => row.voteEventId))];
  }

  return {
    /** Every public page's record with when it last changed; explainers only if published. */
    async siteMapEntries(): Promise<SiteMapEntries> {
      const [measures, votes, people, bodies, meetings, explainers] = await Promise.all([
        prisma.measure.findMany(stampSelect),
        prisma.voteEvent.findMany(stampSelect),
        prisma.person.findMany(stampSelect),
        prisma.body.findMany(stampSelect),
        prisma.meeting.findMany(stampSelect),
        publishedExplainerStamps(),
      ]);
      return {
        measures: pageStamps(measures),
        votes: pageStamps(votes),
        people: pageStamps(people),
        bodies: pageStamps(bodies),
        meetings: pageStamps(meetings),
        explainers: explainers.map(({ measureId, locale, publishedAt }) => ({ measureId, locale, publishedAt })),
      };
    },

    /** The latest published explainers in one language and the latest votes, site-wide. */
    async siteLatest(locale: Locale, limit: number) {
      const explainerIds = (await latestPublications(prisma, locale, limit)).map((e) => e.explainerId);
      const [explainers, votes] = await Promise.all([
        publishedExplainers(explainerIds),
        voteEventKind.list(prisma, { skip: 0, take: limit }),
      ]);
      const [recordNames, rules] = await Promise.all([
        names({
          measures: [...explainers.map((e) => e.measureId), ...votes.flatMap((v) => v.measureId ?? [])],
          bodies: votes.map((v) => v.bodyId),
        }),
        voteRules(votes),
      ]);
      return { explainers, votes, names: recordNames, voteRules: rules };
    },

    /** A measure with its actions, votes and published explainers; `null` if there is no such measure. */
    async siteMeasureActivity(measureId: string) {
      const measure = await measureKind.find(prisma, measureId);
      if (!measure) return null;
      const [actionRows, voteIds, explainerStamps] = await Promise.all([
        prisma.action.findMany({ where: { measureId }, select: { id: true } }),
        voteEventIdsFor({ measureId }),
        publishedExplainerStamps({ measureId }),
      ]);
      const [actions, votes, explainers] = await Promise.all([
        findAll(
          prisma,
          actionKind,
          actionRows.map((row) => row.id),
        ),
        findAll(prisma, voteEventKind, voteIds),
        publishedExplainers(explainerStamps.map((e) => e.id)),
      ]);
      const [recordNames, rules] = await Promise.all([
        names({ bodies: [...votes.map((v) => v.bodyId), ...actions.flatMap((a) => a.actorBodyId ?? [])] }),
        voteRules(votes),
      ]);
      return { measure, actions, votes, explainers, names: recordNames, voteRules: rules };
    },

    /** A person with their latest `voteLimit` votes on record and their statements; `null` if there is no such person. */
    async sitePersonActivity(personId: string, voteLimit: number) {
      const person = await personKind.find(prisma, personId);
      if (!person) return null;
      const [voteIds, statementRows] = await Promise.all([
        latestVoteIdsOf(personId, voteLimit),
        prisma.statement.findMany({ where: { speakerPersonId: personId }, select: { id: true } }),
      ]);
      const [votes, statements] = await Promise.all([
        findAll(prisma, voteEventKind, voteIds),
        findAll(
          prisma,
          statementKind,
          statementRows.map((row) => row.id),
        ),
      ]);
      const [recordNames, rules] = await Promise.all([
        names({
          measures: [...votes.flatMap((v) => v.measureId ?? []), ...statements.flatMap((s) => s.measureId ?? [])],
          bodies: votes.map((v) => v.bodyId),
        }),
        voteRules(votes),
      ]);
      return { person, votes, statements, names: recordNames, voteRules: rules };
    },

    /**
     * The whole public dataset in core's dataset format, as `db:export` writes it, except that
     * explainers appear only if published, as they were last published. A translation whose
     * original was never published loses its `translationOf`, which would point at nothing.
     */
    async sitePublicDataset(): Promise<Dataset> {
      const [jurisdictions, sources, bodies, posts, people, memberships, measures, actions, voteEvents, statements] =
        await Promise.all([
          readAll(prisma, jurisdictionKind),
          readAll(prisma, sourceKind),
          readAll(prisma, bodyKind),
          readAll(prisma, postKind),
          readAll(prisma, personKind),
          readAll(prisma, membershipKind),
          readAll(prisma, measureKind),
          readAll(prisma, actionKind),
          readAll(prisma, voteEventKind),
          readAll(prisma, statementKind),
        ]);
      const published = (await readAll(prisma, explainerKind)).map(publishedView).filter(present).sort(newestFirst);
      const publishedIds = new Set(published.map((e) => e.id));
      const explainers = published.map(({ translationOf, ...explainer }) =>
        translationOf !== undefined && publishedIds.has(translationOf) ? { ...explainer, translationOf } : explainer,
      );
      return {
        format: DATASET_FORMAT,
        version: 1,
        jurisdictions: jurisdictions.map(facts),
        sources: sources.map(facts),
        bodies: bodies.map(facts),
        posts: posts.map(facts),
        people: people.map(facts),
        memberships: memberships.map(facts),
        measures: measures.map(facts),
        actions: actions.map(facts),
        voteEvents: voteEvents.map(facts),
        statements: statements.map(facts),
        explainers: explainers.map(facts),
      };
    },

    /** A vote with its body and measure, for the embeddable card; `null` if there is no such vote. */
    async siteVoteCard(voteId: string): Promise<{ vote: VoteEvent; body: Body; measure: Measure | null } | null> {
      const vote = await voteEventKind.find(prisma, voteId);
      if (!vote) return null;
      const [body, measure] = await Promise.all([
        bodyKind.find(prisma, vote.bodyId),
        vote.measureId ? measureKind.find(prisma, vote.measureId) : null,
      ]);
      return body ? { vote, body, measure } : null;
    },

    /**
     * A measure's published explainer in one language, with the measure and its latest vote
     * (and that vote's body), for social cards; `null` if that explainer is not published.
     */
    async siteExplainerCard(measureId: string, locale: Locale) {
      const row = await prisma.explainer.findUnique({
        where: { measureId_locale: { measureId, locale } },
        select: { id: true },
      });
      const explainer = row ? (await publishedExplainers([row.id]))[0] : undefined;
      const measure = explainer ? await measureKind.find(prisma, measureId) : null;
      if (!explainer || !measure) return null;
      const [latestVoteId] = await voteEventIdsFor({ measureId });
      const vote = latestVoteId ? await voteEventKind.find(prisma, latestVoteId) : null;
      const body = vote ? await bodyKind.find(prisma, vote.bodyId) : null;
      return { explainer, measure, vote, body };
    },

    /**
     * What a page's JSON-LD describes: a measure with its jurisdiction, actions, votes and body
     * (for its stage); a person with their terms and the bodies and posts those name; a body with
     * its parent. `null` if there is no such record.
     */
    async siteJsonLdRecords(kind: "measure" | "person" | "body", id: string) {
      switch (kind) {
        case "measure": {
          const measure = await measureKind.find(prisma, id);
          if (!measure) return null;
          const [actionRows, voteIds] = await Promise.all([
            prisma.action.findMany({ where: { measureId: id }, select: { id: true } }),
            voteEventIdsFor({ measureId: id }),
          ]);
          const [jurisdiction, body, actions, votes] = await Promise.all([
            measure.jurisdictionId ? jurisdictionKind.find(prisma, measure.jurisdictionId) : null,
            measure.bodyId ? bodyKind.find(prisma, measure.bodyId) : null,
            findAll(
              prisma,
              actionKind,
              actionRows.map((row) => row.id),
            ),
            findAll(prisma, voteEventKind, voteIds),
          ]);
          return { kind, measure, jurisdiction, body, actions, votes };
        }
        case "person": {
          const person = await personKind.find(prisma, id);
          if (!person) return null;
          const termRows = await prisma.membership.findMany({ where: { personId: id }, select: { id: true } });
          const memberships = await findAll(
            prisma,
            membershipKind,
            termRows.map((row) => row.id),
          );
          const posts = await findAll(prisma, postKind, [...new Set(memberships.flatMap((m) => m.postId ?? []))]);
          const bodyIds = [...memberships.flatMap((m) => m.bodyId ?? []), ...posts.map((p) => p.bodyId)];
          const bodies = await findAll(prisma, bodyKind, [...new Set(bodyIds)]);
          return { kind, person, memberships, posts, bodies };
        }
        case "body": {
          const body = await bodyKind.find(prisma, id);
          if (!body) return null;
          const parent = body.parentId ? await bodyKind.find(prisma, body.parentId) : null;
          return { kind, body, parent };
        }
      }
    },

    /** One record and what its open-data formats carry along (a measure's actions; cited sources). */
    async siteOpenRecord(kind: "measure" | "vote" | "person" | "body", id: string) {
      const withSources = async <T extends { sourceIds: string[] }>(record: T | null) =>
        record ? { record, sources: await findAll(prisma, sourceKind, record.sourceIds) } : null;
      switch (kind) {
        case "measure": {
          const found = await withSources(await measureKind.find(prisma, id));
          if (!found) return null;
          const actionRows = await prisma.action.findMany({ where: { measureId: id }, select: { id: true } });
          const actions = await findAll(
            prisma,
            actionKind,
            actionRows.map((row) => row.id),
          );
          const actionSources = await findAll(prisma, sourceKind, [...new Set(actions.flatMap((a) => a.sourceIds))]);
          return { kind, measure: found.record, actions, sources: mergeSources(found.sources, actionSources) };
        }
        case "vote": {
          const found = await withSources(await voteEventKind.find(prisma, id));
          return found && { kind, vote: found.record, sources: found.sources };
        }
        case "person": {
          const found = await withSources(await personKind.find(prisma, id));
          return found && { kind, person: found.record, sources: found.sources };
        }
        case "body": {
          const found = await withSources(await bodyKind.find(prisma, id));
          return found && { kind, body: found.record, sources: found.sources };
        }
      }
    },
  };
}

function mergeSources(...lists: Source[][]): Source[] {
  return [...new Map(lists.flat().map((source) => [source.id, source])).values()];
}

export type SiteQueries = ReturnType<typeof siteQueries>;
