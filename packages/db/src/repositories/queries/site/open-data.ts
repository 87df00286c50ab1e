import type { Dataset, Source } from "@legible/core";
import { DATASET_FORMAT } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { actionKind } from "../../kinds/action";
import { bodyKind } from "../../kinds/body";
import { explainerKind } from "../../kinds/explainer";
import { jurisdictionKind } from "../../kinds/jurisdiction";
import { measureKind } from "../../kinds/measure";
import { membershipKind } from "../../kinds/membership";
import { personKind } from "../../kinds/person";
import { postKind } from "../../kinds/post";
import { sourceKind } from "../../kinds/source";
import { statementKind } from "../../kinds/statement";
import { voteEventKind } from "../../kinds/vote-event";
import type { RecordKind, Tx } from "../../record-kind";
import { MAX_PAGE_SIZE } from "../../store";
import { publishedView } from "../published";
import { actionIdsOf, findAll, present } from "./reads";

// Open data's read models: the whole public dataset, and one record with what its formats
// carry along.

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

function mergeSources(...lists: Source[][]): Source[] {
  return [...new Map(lists.flat().map((source) => [source.id, source])).values()];
}

export function openDataQueries(prisma: PrismaDatabase) {
  return {
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

    /** One record and what its open-data formats carry along (a measure's actions; cited sources). */
    async siteOpenRecord(kind: "measure" | "vote" | "person" | "body", id: string) {
      const withSources = async <T extends { sourceIds: string[] }>(record: T | null) =>
        record ? { record, sources: await findAll(prisma, sourceKind, record.sourceIds) } : null;
      switch (kind) {
        case "measure": {
          const found = await withSources(await measureKind.find(prisma, id));
          if (!found) return null;
          const actions = await findAll(prisma, actionKind, await actionIdsOf(prisma, id));
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
