import type { Action, Dataset, Explainer, Measure, Source } from "@legible/core";
import { DATASET_FORMAT } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { chunks } from "../../chunks";
import { fromRow as actionFromRow, actionKind } from "../../kinds/action";
import { bodyKind } from "../../kinds/body";
import { withSourceIds } from "../../kinds/citations";
import { explainerKind } from "../../kinds/explainer";
import { fromRow as measureFromRow, measureKind } from "../../kinds/measure";
import { personKind } from "../../kinds/person";
import { fromRow as sourceFromRow, sourceKind } from "../../kinds/source";
import { voteEventKind } from "../../kinds/vote-event";
import { pagesById } from "../../pages-by-id";
import type { RecordKind, Tx } from "../../record-kind";
import { RECORD_COLLECTIONS, RECORD_KINDS, type RecordCollection } from "../../record-kinds";
import { publishedView } from "../published";
import { actionIdsOf, findAll, present } from "./reads";

// Open data's read models: the whole public dataset, read a page at a time, and one record with
// what its formats carry along.

/** The public dataset's collections, in the order a dataset file lists them. */
export const PUBLIC_DATASET_COLLECTIONS = RECORD_COLLECTIONS;
export type PublicDatasetCollection = RecordCollection;
export type PublicRecordOf<C extends PublicDatasetCollection> = NonNullable<Dataset[C]>[number];

/**
 * The public dataset (explainers only as published), read a page at a time so that no reader
 * holds it whole: at 100k measures it is 2.3M rows. Each collection comes in id order, found
 * through the primary key page after page; explainers come in one page, newest first.
 */
export interface PublicDatasetReader {
  pages<C extends PublicDatasetCollection>(collection: C): AsyncIterable<PublicRecordOf<C>[]>;
  /** The sources with these ids (those that exist), for the records that cite them. */
  sources(ids: readonly string[]): Promise<Source[]>;
  /** The measures with these ids. */
  measures(ids: readonly string[]): Promise<Measure[]>;
  /** Every action of these measures. */
  actionsOf(measureIds: readonly string[]): Promise<Action[]>;
}

/** Storage bookkeeping (versions, timestamps) is not part of a record's facts. */
function facts<T extends { version?: number; updatedAt?: string }>(record: T): T {
  const { version: _version, updatedAt: _updatedAt, ...rest } = record;
  return rest as T;
}

const newestFirst = (a: { updatedAt?: string }, b: { updatedAt?: string }) =>
  (b.updatedAt ?? "").localeCompare(a.updatedAt ?? "");

/**
 * Explainers as last published, newest first. A translation whose original was never published
 * loses its `translationOf`, which would point at nothing.
 */
async function publishedExplainers(prisma: Tx): Promise<Explainer[]> {
  const published: Explainer[] = [];
  for await (const page of pagesById(prisma, explainerKind)) published.push(...page.map(publishedView).filter(present));
  published.sort(newestFirst);
  const publishedIds = new Set(published.map((e) => e.id));
  return published.map(({ translationOf, ...explainer }) =>
    facts(translationOf !== undefined && publishedIds.has(translationOf) ? { ...explainer, translationOf } : explainer),
  );
}

function mergeSources(...lists: Source[][]): Source[] {
  return [...new Map(lists.flat().map((source) => [source.id, source])).values()];
}

/** The reader over the database; `pageSize` other than the default is for tests. */
function databaseReader(prisma: PrismaDatabase, pageSize?: number): PublicDatasetReader {
  return {
    async *pages<C extends PublicDatasetCollection>(collection: C): AsyncGenerator<PublicRecordOf<C>[]> {
      if (collection === "explainers") {
        yield (await publishedExplainers(prisma)) as PublicRecordOf<C>[];
        return;
      }
      const kind = RECORD_KINDS[collection] as unknown as RecordKind<PublicRecordOf<C>>;
      for await (const page of pagesById(prisma, kind, pageSize)) yield page.map(facts);
    },
    async sources(ids) {
      const found: Source[] = [];
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await prisma.source.findMany({ where: { id: { in: chunk } }, orderBy: { id: "asc" } });
        found.push(...rows.map((row) => facts(sourceFromRow(row))));
      }
      return found;
    },
    async measures(ids) {
      const found: Measure[] = [];
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await prisma.measure.findMany({ where: { id: { in: chunk } }, orderBy: { id: "asc" } });
        found.push(...(await withSourceIds(prisma, "measure", rows, measureFromRow)).map(facts));
      }
      return found;
    },
    async actionsOf(measureIds) {
      const found: Action[] = [];
      for (const chunk of chunks([...new Set(measureIds)])) {
        const rows = await prisma.action.findMany({
          where: { measureId: { in: chunk } },
          orderBy: [{ measureId: "asc" }, { dateStart: "asc" }, { order: "asc" }, { id: "asc" }],
        });
        found.push(...(await withSourceIds(prisma, "action", rows, actionFromRow)).map(facts));
      }
      return found;
    },
  };
}

export function openDataQueries(prisma: PrismaDatabase) {
  const reader = databaseReader(prisma);
  return {
    /** The public dataset a page at a time: what the open-data files are written from. */
    sitePublicDatasetReader: (options: { pageSize?: number } = {}): PublicDatasetReader =>
      options.pageSize === undefined ? reader : databaseReader(prisma, options.pageSize),

    /**
     * The whole public dataset in core's dataset format, as `db:export` writes it, except that
     * explainers appear only if published, as they were last published. Whole in memory: for
     * tests and small datasets; the open-data files read it a page at a time.
     */
    async sitePublicDataset(): Promise<Dataset> {
      const dataset: Record<string, unknown> = { format: DATASET_FORMAT, version: 1 };
      for (const collection of PUBLIC_DATASET_COLLECTIONS) {
        const records: unknown[] = [];
        for await (const page of reader.pages(collection)) records.push(...page);
        dataset[collection] = records;
      }
      return dataset as Dataset;
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
