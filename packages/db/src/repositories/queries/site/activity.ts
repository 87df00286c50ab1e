import type { Locale, MeasureClassification, VoteEvent, VotingRules } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { actionKind } from "../../kinds/action";
import { measureKind } from "../../kinds/measure";
import { personKind } from "../../kinds/person";
import { statementKind } from "../../kinds/statement";
import { voteEventKind } from "../../kinds/vote-event";
import { latestPublications } from "../latest-publications";
import { actionIdsOf, findAll, publishedExplainerStamps, publishedExplainers, voteEventIdsFor } from "./reads";

// The feeds' read models: what happened lately, site-wide, on one measure or by one person,
// with the names and voting rules the feed items are written with.

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

async function names(
  prisma: PrismaDatabase,
  ids: { measures?: string[]; bodies?: string[]; people?: string[] },
): Promise<RecordNames> {
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
async function voteRules(prisma: PrismaDatabase, votes: readonly VoteEvent[]): Promise<VoteRules> {
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

/** A person's latest `limit` votes, newest first, off PersonVote's (personId, dateStart) index. */
async function latestVoteIdsOf(prisma: PrismaDatabase, personId: string, limit: number): Promise<string[]> {
  const rows = await prisma.personVote.findMany({
    where: { personId },
    select: { voteEventId: true },
    orderBy: [{ dateStart: "desc" }, { voteEventId: "asc" }],
    take: limit,
  });
  return [...new Set(rows.map((row) => row.voteEventId))];
}

export function activityQueries(prisma: PrismaDatabase) {
  return {
    /** The latest published explainers in one language and the latest votes, site-wide. */
    async siteLatest(locale: Locale, limit: number) {
      const explainerIds = (await latestPublications(prisma, locale, limit)).map((e) => e.explainerId);
      const [explainers, votes] = await Promise.all([
        publishedExplainers(prisma, explainerIds),
        voteEventKind.list(prisma, { skip: 0, take: limit }),
      ]);
      const [recordNames, rules] = await Promise.all([
        names(prisma, {
          measures: [...explainers.map((e) => e.measureId), ...votes.flatMap((v) => v.measureId ?? [])],
          bodies: votes.map((v) => v.bodyId),
        }),
        voteRules(prisma, votes),
      ]);
      return { explainers, votes, names: recordNames, voteRules: rules };
    },

    /** A measure with its actions, votes and published explainers; `null` if there is no such measure. */
    async siteMeasureActivity(measureId: string) {
      const measure = await measureKind.find(prisma, measureId);
      if (!measure) return null;
      const [actionIds, voteIds, explainerStamps] = await Promise.all([
        actionIdsOf(prisma, measureId),
        voteEventIdsFor(prisma, { measureId }),
        publishedExplainerStamps(prisma, { measureId }),
      ]);
      const [actions, votes, explainers] = await Promise.all([
        findAll(prisma, actionKind, actionIds),
        findAll(prisma, voteEventKind, voteIds),
        publishedExplainers(
          prisma,
          explainerStamps.map((e) => e.id),
        ),
      ]);
      const [recordNames, rules] = await Promise.all([
        names(prisma, { bodies: [...votes.map((v) => v.bodyId), ...actions.flatMap((a) => a.actorBodyId ?? [])] }),
        voteRules(prisma, votes),
      ]);
      return { measure, actions, votes, explainers, names: recordNames, voteRules: rules };
    },

    /**
     * A person with their latest `limit` votes on record and their latest `limit` statements,
     * newest first (off the (speakerPersonId, dateStart) index: a long career has thousands);
     * `null` if there is no such person.
     */
    async sitePersonActivity(personId: string, limit: number) {
      const person = await personKind.find(prisma, personId);
      if (!person) return null;
      const [voteIds, statementRows] = await Promise.all([
        latestVoteIdsOf(prisma, personId, limit),
        prisma.statement.findMany({
          where: { speakerPersonId: personId },
          select: { id: true },
          orderBy: [{ dateStart: { sort: "desc", nulls: "last" } }, { id: "asc" }],
          take: limit,
        }),
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
        names(prisma, {
          measures: [...votes.flatMap((v) => v.measureId ?? []), ...statements.flatMap((s) => s.measureId ?? [])],
          bodies: votes.map((v) => v.bodyId),
        }),
        voteRules(prisma, votes),
      ]);
      return { person, votes, statements, names: recordNames, voteRules: rules };
    },
  };
}
