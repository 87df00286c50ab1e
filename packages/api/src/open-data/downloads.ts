import {
  DATASET_FORMAT,
  type Dataset,
  ROLL_CALL_CSV_COLUMNS,
  rollCallCsvRows,
  type Source,
  toOcdBill,
  toOcdEvent,
  toOcdOrganization,
  toOcdPerson,
  toOcdVoteEvent,
  toPopolo,
  voteEventCsvHeader,
  voteEventCsvRows,
  writeCsv,
} from "@legible/core";
import {
  PUBLIC_DATASET_COLLECTIONS,
  type PublicDatasetCollection,
  type PublicDatasetReader,
  type PublicRecordOf,
} from "@legible/db";
import { actionsByMeasure, inMemoryDatasetReader } from "./dataset-reader";
import { jsonArrayChunks, jsonObjectChunks, PagedArray } from "./json-chunks";

// The open-data downloads: the whole public dataset written in each of core's formats, explainers
// only as published. The files are written by a background job (./dataset-files.ts), never in a
// request, each from the database a page at a time (at 100k measures the dataset is 2.3M rows):
// a change made while they are written is in the next write, a few seconds later.

const JSON_TYPE = "application/json; charset=utf-8";
const CSV_TYPE = "text/csv; charset=utf-8; header=present";

/** The format names the site's messages (machine.json) have words for. */
export type DownloadFormat = "legible" | "popolo" | "ocd" | "csv";

export interface Download {
  /** The address, under /data/. */
  path: string;
  /** The key of its name and description in machine.json's openData.files. */
  key: string;
  format: DownloadFormat;
  contentType: string;
  /** The file's text in pieces, as its records are read (no whole file, nor dataset, in memory). */
  write(reader: PublicDatasetReader): AsyncIterable<string>;
}

async function* jsonFile(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  yield* chunks;
  yield "\n";
}

async function* mapPages<T, U>(pages: AsyncIterable<T[]>, map: (page: T[]) => U[] | Promise<U[]>): AsyncGenerator<U[]> {
  for await (const page of pages) yield await map(page);
}

/** A download's whole text, for tests and small datasets. */
export async function downloadText(download: Download, dataset: Dataset): Promise<string> {
  let text = "";
  for await (const piece of download.write(inMemoryDatasetReader(dataset))) text += piece;
  return text;
}

/**
 * Each record's own sources, found by id: core's OCD writers look a record's sources up in the list
 * given, and a bill carries the list given whole in its extras.
 */
function citedBy(sources: readonly Source[]): (ids: readonly string[]) => Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (ids) => [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** An OCD file of one collection, each record with the sources it cites. */
function ocdFile<C extends "voteEvents" | "people" | "bodies" | "meetings">(
  collection: C,
  toOcd: (record: PublicRecordOf<C>, options: { sources: Source[] }) => unknown,
) {
  return (reader: PublicDatasetReader) =>
    jsonFile(
      jsonArrayChunks(
        mapPages(reader.pages(collection), async (records) => {
          const cited = citedBy(await reader.sources(records.flatMap((record) => record.sourceIds)));
          return records.map((record) => toOcd(record, { sources: cited(record.sourceIds) }));
        }),
      ),
    );
}

/** One of toPopolo's fields, made a page of records at a time. */
function popoloField<C extends PublicDatasetCollection>(
  reader: PublicDatasetReader,
  collection: C,
  make: (records: PublicRecordOf<C>[]) => unknown[],
): PagedArray {
  return new PagedArray(() => mapPages(reader.pages(collection), make));
}

export const DOWNLOADS: readonly Download[] = [
  {
    path: "/data/legible-dataset.json",
    key: "dataset",
    format: "legible",
    contentType: JSON_TYPE,
    write: (reader) =>
      jsonFile(
        jsonObjectChunks([
          ["format", DATASET_FORMAT],
          ["version", 1],
          ...PUBLIC_DATASET_COLLECTIONS.map(
            (collection) => [collection, new PagedArray(() => reader.pages(collection))] as const,
          ),
        ]),
      ),
  },
  {
    path: "/data/popolo.json",
    key: "popolo",
    format: "popolo",
    contentType: JSON_TYPE,
    // toPopolo's fields, in its order; each is read on its own, a page at a time.
    write: (reader) =>
      jsonFile(
        jsonObjectChunks([
          ["events", popoloField(reader, "meetings", (meetings) => toPopolo({ meetings }).events ?? [])],
          ["persons", popoloField(reader, "people", (people) => toPopolo({ people }).persons)],
          ["organizations", popoloField(reader, "bodies", (bodies) => toPopolo({ bodies }).organizations)],
          ["posts", popoloField(reader, "posts", (posts) => toPopolo({ posts }).posts)],
          ["memberships", popoloField(reader, "memberships", (memberships) => toPopolo({ memberships }).memberships)],
          ["motions", popoloField(reader, "voteEvents", (votes) => toPopolo({ votes }).motions)],
          ["vote_events", popoloField(reader, "voteEvents", (votes) => toPopolo({ votes }).vote_events)],
        ]),
      ),
  },
  {
    path: "/data/ocd/bills.json",
    key: "bills",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (reader) =>
      jsonFile(
        jsonArrayChunks(
          mapPages(reader.pages("measures"), async (measures) => {
            const actions = actionsByMeasure(await reader.actionsOf(measures.map((measure) => measure.id)));
            const ownActions = (id: string) => actions.get(id) ?? [];
            const cited = citedBy(
              await reader.sources(
                measures.flatMap((measure) => [
                  ...measure.sourceIds,
                  ...ownActions(measure.id).flatMap((action) => action.sourceIds),
                ]),
              ),
            );
            return measures.map((measure) => {
              const own = ownActions(measure.id);
              const sources = cited([...measure.sourceIds, ...own.flatMap((action) => action.sourceIds)]);
              return toOcdBill({ measure, actions: own, sources });
            });
          }),
        ),
      ),
  },
  {
    path: "/data/ocd/vote-events.json",
    key: "voteEvents",
    format: "ocd",
    contentType: JSON_TYPE,
    write: ocdFile("voteEvents", toOcdVoteEvent),
  },
  {
    path: "/data/ocd/people.json",
    key: "people",
    format: "ocd",
    contentType: JSON_TYPE,
    write: ocdFile("people", toOcdPerson),
  },
  {
    path: "/data/ocd/organizations.json",
    key: "organizations",
    format: "ocd",
    contentType: JSON_TYPE,
    write: ocdFile("bodies", toOcdOrganization),
  },
  {
    path: "/data/ocd/events.json",
    key: "events",
    format: "ocd",
    contentType: JSON_TYPE,
    write: ocdFile("meetings", toOcdEvent),
  },
  {
    path: "/data/votes.csv",
    key: "votesCsv",
    format: "csv",
    contentType: CSV_TYPE,
    // With core's decision on each vote: what it decided, what that needed, passed by the rules.
    async *write(reader) {
      const bodies = [];
      for await (const page of reader.pages("bodies")) bodies.push(...page);
      yield writeCsv([voteEventCsvHeader({ bodies, measures: [] })]);
      for await (const votes of reader.pages("voteEvents")) {
        const measures = await reader.measures(votes.flatMap((vote) => vote.measureId ?? []));
        yield writeCsv(voteEventCsvRows(votes, { bodies, measures }));
      }
    },
  },
  {
    path: "/data/roll-calls.csv",
    key: "rollCallsCsv",
    format: "csv",
    contentType: CSV_TYPE,
    async *write(reader) {
      yield writeCsv([[...ROLL_CALL_CSV_COLUMNS]]);
      for await (const votes of reader.pages("voteEvents")) yield writeCsv(rollCallCsvRows(votes));
    },
  },
];

export function findDownload(path: string): Download | undefined {
  return DOWNLOADS.find((download) => download.path === path);
}
