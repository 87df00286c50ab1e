import {
  type Action,
  type Dataset,
  rollCallsToCsv,
  type Source,
  toOcdBill,
  toOcdEvent,
  toOcdOrganization,
  toOcdPerson,
  toOcdVoteEvent,
  toPopolo,
  voteEventsToCsv,
} from "@legible/core";
import { jsonChunks } from "./json-chunks";

// The open-data downloads: the whole public dataset written in each of core's formats. Every
// file is made from the same dataset (explainers only as published), so they always agree. The
// files are written by a background job (./dataset-files.ts), never in a request.

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
  /** The file's text in pieces (a whole JSON file at 100k would be near the longest string Node holds). */
  write(dataset: Dataset): Iterable<string>;
}

function* json(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

/** A download's whole text, for tests and small datasets. */
export function downloadText(download: Download, dataset: Dataset): string {
  return [...download.write(dataset)].join("");
}

/** Each measure's actions, found once: filtering every action per measure is quadratic at 100k. */
function actionsByMeasure(actions: readonly Action[]): Map<string, Action[]> {
  const grouped = new Map<string, Action[]>();
  for (const action of actions) {
    const list = grouped.get(action.measureId);
    if (list) list.push(action);
    else grouped.set(action.measureId, [action]);
  }
  return grouped;
}

/**
 * Each record's own sources, found by id: core's OCD writers look a record's sources up in the list
 * given, and a bill carries the list given whole in its extras (every source of the city in every
 * bill made the file too long for one string at 10k measures).
 */
function citedBy(sources: readonly Source[]): (ids: readonly string[]) => Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (ids) => [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

export const DOWNLOADS: readonly Download[] = [
  {
    path: "/data/legible-dataset.json",
    key: "dataset",
    format: "legible",
    contentType: JSON_TYPE,
    write: json,
  },
  {
    path: "/data/popolo.json",
    key: "popolo",
    format: "popolo",
    contentType: JSON_TYPE,
    write: (d) =>
      json(
        toPopolo({
          people: d.people,
          bodies: d.bodies,
          posts: d.posts,
          memberships: d.memberships,
          votes: d.voteEvents,
          meetings: d.meetings ?? [],
        }),
      ),
  },
  {
    path: "/data/ocd/bills.json",
    key: "bills",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => {
      const actions = actionsByMeasure(d.actions);
      const cited = citedBy(d.sources);
      return json(
        d.measures.map((measure) => {
          const own = actions.get(measure.id) ?? [];
          const sources = cited([...measure.sourceIds, ...own.flatMap((action) => action.sourceIds)]);
          return toOcdBill({ measure, actions: own, sources });
        }),
      );
    },
  },
  {
    path: "/data/ocd/vote-events.json",
    key: "voteEvents",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => {
      const cited = citedBy(d.sources);
      return json(d.voteEvents.map((vote) => toOcdVoteEvent(vote, { sources: cited(vote.sourceIds) })));
    },
  },
  {
    path: "/data/ocd/people.json",
    key: "people",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => {
      const cited = citedBy(d.sources);
      return json(d.people.map((person) => toOcdPerson(person, { sources: cited(person.sourceIds) })));
    },
  },
  {
    path: "/data/ocd/organizations.json",
    key: "organizations",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => {
      const cited = citedBy(d.sources);
      return json(d.bodies.map((body) => toOcdOrganization(body, { sources: cited(body.sourceIds) })));
    },
  },
  {
    path: "/data/ocd/events.json",
    key: "events",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => {
      const cited = citedBy(d.sources);
      return json((d.meetings ?? []).map((meeting) => toOcdEvent(meeting, { sources: cited(meeting.sourceIds) })));
    },
  },
  {
    path: "/data/votes.csv",
    key: "votesCsv",
    format: "csv",
    contentType: CSV_TYPE,
    // With core's decision on each vote: what it decided, what that needed, passed by the rules.
    write: (d) => [voteEventsToCsv(d.voteEvents, { bodies: d.bodies, measures: d.measures })],
  },
  {
    path: "/data/roll-calls.csv",
    key: "rollCallsCsv",
    format: "csv",
    contentType: CSV_TYPE,
    write: (d) => [rollCallsToCsv(d.voteEvents)],
  },
];

export function findDownload(path: string): Download | undefined {
  return DOWNLOADS.find((download) => download.path === path);
}
