import {
  type Dataset,
  rollCallsToCsv,
  toOcdBill,
  toOcdEvent,
  toOcdOrganization,
  toOcdPerson,
  toOcdVoteEvent,
  toPopolo,
  voteEventsToCsv,
} from "@legible/core";

// The open-data downloads: the whole public dataset written in each of core's formats. Every
// file is made from the same dataset (explainers only as published), so they always agree.

const JSON_TYPE = "application/json; charset=utf-8";
const CSV_TYPE = "text/csv; charset=utf-8; header=present";

/** The format names messages/<locale>/machine.json has words for. */
export type DownloadFormat = "legible" | "popolo" | "ocd" | "csv";

export interface Download {
  /** The address, under /data/. */
  path: string;
  /** The key of its name and description in machine.json's openData.files. */
  key: string;
  format: DownloadFormat;
  contentType: string;
  write(dataset: Dataset): string;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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
    write: (d) =>
      json(
        d.measures.map((measure) =>
          toOcdBill({ measure, actions: d.actions.filter((a) => a.measureId === measure.id), sources: d.sources }),
        ),
      ),
  },
  {
    path: "/data/ocd/vote-events.json",
    key: "voteEvents",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => json(d.voteEvents.map((vote) => toOcdVoteEvent(vote, { sources: d.sources }))),
  },
  {
    path: "/data/ocd/people.json",
    key: "people",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => json(d.people.map((person) => toOcdPerson(person, { sources: d.sources }))),
  },
  {
    path: "/data/ocd/organizations.json",
    key: "organizations",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => json(d.bodies.map((body) => toOcdOrganization(body, { sources: d.sources }))),
  },
  {
    path: "/data/ocd/events.json",
    key: "events",
    format: "ocd",
    contentType: JSON_TYPE,
    write: (d) => json((d.meetings ?? []).map((meeting) => toOcdEvent(meeting, { sources: d.sources }))),
  },
  {
    path: "/data/votes.csv",
    key: "votesCsv",
    format: "csv",
    contentType: CSV_TYPE,
    // With core's decision on each vote: what it decided, what that needed, passed by the rules.
    write: (d) => voteEventsToCsv(d.voteEvents, { bodies: d.bodies, measures: d.measures }),
  },
  {
    path: "/data/roll-calls.csv",
    key: "rollCallsCsv",
    format: "csv",
    contentType: CSV_TYPE,
    write: (d) => rollCallsToCsv(d.voteEvents),
  },
];

export function findDownload(path: string): Download | undefined {
  return DOWNLOADS.find((download) => download.path === path);
}

/** A file name safe in a Content-Disposition header: ids may hold `:` and `/`. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** The file as a download, with its type and name. */
export function downloadResponse(
  body: string,
  contentType: string,
  fileName: string,
  disposition = "attachment",
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `${disposition}; filename="${safeFileName(fileName)}"`,
      // Anyone may fetch the data from their own pages and tools.
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** Size in bytes of the text as sent (UTF-8). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Per-record Open Civic Data files: /data/ocd/<collection>/<id>.json. */
export const OCD_RECORD_COLLECTIONS = {
  bills: "measure",
  "vote-events": "vote",
  people: "person",
  organizations: "body",
} as const;

export type OcdRecordCollection = keyof typeof OCD_RECORD_COLLECTIONS;
