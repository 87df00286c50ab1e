import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A Legistar-shaped server for tests, built from the Web API's documented behaviour: JSON lists
// under /v1/{client}/…, OData `$top` (capped, like Legistar's 1000, at `pageCap`), `$skip`,
// `$orderby` and `$filter` on a last-modified field (`XLastModifiedUtc gt datetime'…'`), and the
// nested lists a sync reads (a matter's sponsors, attachments and histories, an event item's
// votes, an event's items, a person's terms). Data comes from a seed, so a test can change one vote upstream and
// look for exactly that change. Faults can be injected per path: 429 with Retry-After, 500, an
// answer that never comes, HTML instead of JSON.

export type LegistarRow = Record<string, unknown>;

/** Everything the server serves, by list. Nested lists are keyed by their parent's id. */
export interface LegistarData {
  bodies: LegistarRow[];
  persons: LegistarRow[];
  officerecords: LegistarRow[];
  matters: LegistarRow[];
  sponsors: Map<number, LegistarRow[]>;
  attachments: Map<number, LegistarRow[]>;
  histories: Map<number, LegistarRow[]>;
  /** Votes by event item id, which is the matter history's id. */
  votes: Map<number, LegistarRow[]>;
  events: LegistarRow[];
  eventitems: Map<number, LegistarRow[]>;
}

export interface GenerateOptions {
  seed?: number;
  matters?: number;
  events?: number;
  /**
   * Council members, each voting in every roll call: 9 by default (GENERATED.members); up to 15,
   * for benches that want more individual votes per matter (ids 110 and up).
   */
  members?: number;
}

/** Council members' ids, the council's and committees' ids in generated data. */
export const GENERATED = {
  council: 138,
  finance: 140,
  zoning: 141,
  mayor: 150,
  members: [101, 102, 103, 104, 105, 106, 107, 108, 109],
} as const;

const NAMES = [
  ["Ana", "Reyes"],
  ["Ben", "Okafor"],
  ["Cy", "Lund"],
  ["Dana", "Whitfield"],
  ["Eli", "Novak"],
  ["Fern", "Acosta"],
  ["Gus", "Park"],
  ["Hana", "Moreau"],
  ["Ivo", "Brandt"],
] as const;

/** Names of members beyond the default nine. */
const MORE_NAMES = [
  ["Jun", "Kato"],
  ["Kira", "Lopez"],
  ["Lev", "Mendel"],
  ["Mia", "Nakamura"],
  ["Noor", "Osei"],
  ["Otto", "Price"],
] as const;

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `2024-01-01T00:00:00` plus `hours`, as Legistar writes times (no zone). */
export function legistarTimeAt(hours: number, base = "2024-01-01T00:00:00"): string {
  return new Date(Date.parse(`${base}Z`) + hours * 3_600_000).toISOString().replace(/\.000Z$/, "");
}

function day(daysAfter: number): string {
  return `${legistarTimeAt(daysAfter * 24).slice(0, 10)}T00:00:00`;
}

/**
 * A council's data from a seed: a council, two committees and the Mayor's office, nine members
 * with their terms, `matters` matters each introduced, referred, recommended by a committee
 * (a tally) and voted by the council (a roll call), and `events` council meetings whose items
 * are those roll calls. Every list's last-modified times are distinct and increasing.
 */
export function generateLegistarData(options: GenerateOptions = {}): LegistarData {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const names = [...NAMES, ...MORE_NAMES];
  const memberCount = options.members ?? GENERATED.members.length;
  if (!Number.isInteger(memberCount) || memberCount < 2 || memberCount > names.length) {
    throw new RangeError(`members: between 2 and ${names.length}, not ${memberCount}`);
  }
  const members: readonly number[] = Array.from({ length: memberCount }, (_, i) => GENERATED.members[i] ?? 101 + i);
  const data: LegistarData = {
    bodies: [
      { BodyId: GENERATED.council, BodyName: "City Council", BodyTypeName: "Primary Legislative Body" },
      { BodyId: GENERATED.finance, BodyName: "Committee on Finance", BodyTypeName: "Standing Committee" },
      { BodyId: GENERATED.zoning, BodyName: "Committee on Zoning", BodyTypeName: "Standing Committee" },
      { BodyId: GENERATED.mayor, BodyName: "Office of the Mayor", BodyTypeName: "Mayor" },
    ].map((body, i) => ({
      ...body,
      BodyGuid: `B-${body.BodyId}`,
      BodyActiveFlag: 1,
      BodyLastModifiedUtc: legistarTimeAt(i),
    })),
    persons: members.map((id, i) => ({
      PersonId: id,
      PersonGuid: `P-${id}`,
      PersonFullName: `${names[i]?.[0]} ${names[i]?.[1]}`,
      PersonFirstName: names[i]?.[0],
      PersonLastName: names[i]?.[1],
      PersonActiveFlag: 1,
      PersonEmail: `${names[i]?.[0]?.toLowerCase()}@council.example.org`,
      PersonWWW: `https://council.example.org/${id}`,
      PersonLastModifiedUtc: legistarTimeAt(10 + i),
    })),
    officerecords: [],
    matters: [],
    sponsors: new Map(),
    attachments: new Map(),
    histories: new Map(),
    votes: new Map(),
    events: [],
    eventitems: new Map(),
  };
  members.forEach((personId, i) => {
    data.officerecords.push({
      OfficeRecordId: 300 + i,
      OfficeRecordPersonId: personId,
      OfficeRecordBodyId: GENERATED.council,
      OfficeRecordTitle: "Alderperson",
      OfficeRecordStartDate: "2023-05-15T00:00:00",
      OfficeRecordEndDate: null,
      OfficeRecordMemberType: "Voting Member",
      OfficeRecordLastModifiedUtc: legistarTimeAt(20 + i),
    });
    data.officerecords.push({
      OfficeRecordId: 400 + i,
      OfficeRecordPersonId: personId,
      OfficeRecordBodyId: i % 2 === 0 ? GENERATED.finance : GENERATED.zoning,
      OfficeRecordTitle: i < 2 ? "Chair" : "Member",
      OfficeRecordStartDate: "2023-05-20T00:00:00",
      OfficeRecordEndDate: "2027-05-19T00:00:00",
      OfficeRecordMemberType: "Voting Member",
      OfficeRecordLastModifiedUtc: legistarTimeAt(40 + i),
    });
  });

  const eventCount = Math.max(1, options.events ?? 4);
  for (let e = 0; e < eventCount; e++) {
    const eventId = 700 + e;
    data.events.push({
      EventId: eventId,
      EventGuid: `E-${eventId}`,
      EventBodyId: GENERATED.council,
      EventBodyName: "City Council",
      EventDate: day(60 + e * 14),
      EventTime: "10:00 AM",
      EventLocation: "Council Chambers, City Hall",
      EventAgendaStatusName: "Final",
      EventMinutesStatusName: "Final",
      EventAgendaFile: `https://files.example.org/agendas/${eventId}.pdf`,
      EventMinutesFile: `https://files.example.org/minutes/${eventId}.pdf`,
      EventInSiteURL: `https://council.example.org/MeetingDetail.aspx?ID=${eventId}`,
      EventVideoPath: null,
      EventComment: null,
      EventLastModifiedUtc: legistarTimeAt(5000 + e),
    });
    data.eventitems.set(eventId, []);
  }

  const types = ["Ordinance", "Resolution", "Order", "Appointment"];
  const matterCount = options.matters ?? 30;
  for (let i = 0; i < matterCount; i++) {
    const matterId = 1000 + i;
    const committee = i % 2 === 0 ? GENERATED.finance : GENERATED.zoning;
    const introduced = 10 + (i % 40);
    const event = data.events[i % eventCount] as LegistarRow;
    const eventId = event.EventId as number;
    const voteDay = event.EventDate as string;
    const file = `O2024-${String(i + 1).padStart(4, "0")}`;
    data.matters.push({
      MatterId: matterId,
      MatterGuid: `M-${matterId}`,
      MatterFile: file,
      MatterName: `Matter ${i + 1}`,
      MatterTitle: `An ordinance about item ${i + 1} of the city's business`,
      MatterTypeName: types[i % types.length],
      MatterStatusName: "Passed",
      MatterBodyId: GENERATED.council,
      MatterIntroDate: day(introduced),
      MatterPassedDate: voteDay,
      MatterEnactmentDate: null,
      MatterLastModifiedUtc: legistarTimeAt(100 + i),
    });
    const first = pick(members);
    const second = pick(members.filter((m) => m !== first));
    data.sponsors.set(
      matterId,
      [first, second].slice(0, 1 + (i % 2)).map((personId, k) => ({
        MatterSponsorId: matterId * 10 + k,
        MatterSponsorMatterId: matterId,
        MatterSponsorNameId: personId,
        MatterSponsorName: personName(data, personId),
        MatterSponsorSequence: k,
      })),
    );
    data.attachments.set(
      matterId,
      Array.from({ length: i % 3 }, (_, k) => ({
        MatterAttachmentId: matterId * 10 + k,
        MatterAttachmentName: `${file}${k === 0 ? "" : ` exhibit ${k}`}.pdf`,
        MatterAttachmentHyperlink: `https://files.example.org/attachments/${matterId}-${k}.pdf`,
      })),
    );
    const votes = members.map((personId, k) => {
      const r = rand();
      const value = r < 0.75 ? "Yea" : r < 0.9 ? "Nay" : r < 0.95 ? "Absent" : "Abstain";
      return {
        VoteId: matterId * 100 + k,
        VotePersonId: personId,
        VotePersonName: personName(data, personId),
        VoteValueName: value,
        VoteValueId: 0,
        VoteSort: k,
        VoteEventItemId: 0,
        VoteLastModifiedUtc: legistarTimeAt(100 + i),
      };
    });
    const yes = votes.filter((v) => v.VoteValueName === "Yea").length;
    const no = votes.filter((v) => v.VoteValueName === "Nay").length;
    const base = 5000 + i * 10;
    const history = (k: number, date: string, name: string, bodyId: number, extra: LegistarRow = {}): LegistarRow => ({
      MatterHistoryId: base + k,
      MatterHistoryActionDate: date,
      MatterHistoryActionName: name,
      MatterHistoryActionText: null,
      MatterHistoryActionBodyId: bodyId,
      MatterHistoryPassedFlag: null,
      MatterHistoryPassedFlagName: null,
      MatterHistoryMoverId: null,
      MatterHistoryMoverName: null,
      MatterHistoryTally: null,
      MatterHistoryRollCallFlag: 0,
      MatterHistoryEventId: null,
      MatterHistoryLastModifiedUtc: legistarTimeAt(100 + i),
      ...extra,
    });
    const councilVote = history(3, voteDay, yes > no ? "Passed" : "Failed", GENERATED.council, {
      MatterHistoryPassedFlag: yes > no ? 1 : 0,
      MatterHistoryPassedFlagName: yes > no ? "Pass" : "Fail",
      MatterHistoryMoverId: first,
      MatterHistoryMoverName: personName(data, first),
      MatterHistoryTally: `${yes}:${no}`,
      MatterHistoryRollCallFlag: 1,
      MatterHistoryEventId: eventId,
    });
    data.histories.set(matterId, [
      history(0, day(introduced), "Introduced", GENERATED.council),
      history(1, day(introduced), "Referred", GENERATED.council),
      history(2, day(introduced + 7), "Recommended to Pass", committee, {
        MatterHistoryPassedFlag: 1,
        MatterHistoryPassedFlagName: "Pass",
        MatterHistoryTally: "3:0",
      }),
      councilVote,
    ]);
    const itemId = councilVote.MatterHistoryId as number;
    data.votes.set(
      itemId,
      votes.map((v) => ({ ...v, VoteEventItemId: itemId })),
    );
    const items = data.eventitems.get(eventId) as LegistarRow[];
    items.push({
      EventItemId: itemId,
      EventItemEventId: eventId,
      EventItemAgendaSequence: items.length + 2,
      EventItemAgendaNumber: String(items.length + 2),
      EventItemTitle: `${file}: Matter ${i + 1}`,
      EventItemMatterId: matterId,
      EventItemAgendaNote: null,
      EventItemActionText: null,
      EventItemPassedFlag: councilVote.MatterHistoryPassedFlag,
      EventItemRollCallFlag: 1,
    });
  }
  for (const [eventId, items] of data.eventitems) {
    items.unshift({
      EventItemId: eventId * 10,
      EventItemEventId: eventId,
      EventItemAgendaSequence: 1,
      EventItemAgendaNumber: "1",
      EventItemTitle: "Roll call",
      EventItemMatterId: null,
      EventItemAgendaNote: null,
      EventItemActionText: null,
      EventItemPassedFlag: null,
      EventItemRollCallFlag: 0,
    });
  }
  return data;
}

function personName(data: LegistarData, personId: number): string {
  return String(data.persons.find((p) => p.PersonId === personId)?.PersonFullName ?? personId);
}

/** A fault the server answers with instead of the data, for the next `times` requests to `path`. */
export interface LegistarFault {
  /** The path after `/v1/{client}/`, such as `matters` or `matters/1003/histories`; or a pattern. */
  path: string | RegExp;
  /** Only requests whose query fits, such as a `$select` listing of ids. */
  when?: (query: Record<string, string>) => boolean;
  /** "empty" answers an empty list, as a server that lost its data would. */
  kind: "429" | "500" | "hang" | "html" | "empty";
  /** How many requests it answers. Default 1. */
  times?: number;
  /** For 429: the Retry-After header, in seconds. Default 1. */
  retryAfterSeconds?: number;
}

export interface LegistarServerOptions {
  client?: string;
  data?: LegistarData;
  /** The most rows one page gives, whatever `$top` asks. Default 1000, as Legistar. */
  pageCap?: number;
  /** When set, requests without `token=<this>` get 401. */
  token?: string;
}

/** One request the server saw. */
export interface SeenRequest {
  path: string;
  query: Record<string, string>;
  status: number | "hang";
}

export interface LegistarServer {
  /** The API's base, such as `http://127.0.0.1:41234/v1`. */
  baseUrl: string;
  client: string;
  data: LegistarData;
  requests: SeenRequest[];
  fault(fault: LegistarFault): void;
  clearFaults(): void;
  /**
   * Changes one member's vote upstream, as a clerk's correction would: the vote, its history
   * and its matter get a new last-modified time.
   */
  changeVote(eventItemId: number, personId: number, value: string, at: string): void;
  close(): Promise<void>;
}

const LISTS: Record<string, { id: string; modified: string } | undefined> = {
  bodies: { id: "BodyId", modified: "BodyLastModifiedUtc" },
  persons: { id: "PersonId", modified: "PersonLastModifiedUtc" },
  officerecords: { id: "OfficeRecordId", modified: "OfficeRecordLastModifiedUtc" },
  matters: { id: "MatterId", modified: "MatterLastModifiedUtc" },
  events: { id: "EventId", modified: "EventLastModifiedUtc" },
};

function utc(value: unknown): number {
  return typeof value === "string" ? Date.parse(/Z$/.test(value) ? value : `${value}Z`) : Number.NaN;
}

class ODataError extends Error {}

/** `$filter`, `$orderby`, `$skip`, `$top` and `$select` over a list, as OData reads them. */
function query(rows: LegistarRow[], params: URLSearchParams, cap: number): LegistarRow[] {
  let out = rows;
  const filter = params.get("$filter");
  if (filter) {
    const match = /^\s*(\w+)\s+gt\s+datetime'([^']+)'\s*$/i.exec(filter);
    if (!match) throw new ODataError(`unsupported $filter: ${filter}`);
    const [, field = "", value = ""] = match;
    const after = utc(value);
    if (Number.isNaN(after)) throw new ODataError(`not a datetime: ${value}`);
    out = out.filter((row) => utc(row[field]) > after);
  }
  const orderBy = params.get("$orderby");
  if (orderBy) {
    const keys = orderBy.split(",").map((part) => {
      const [field = "", direction] = part.trim().split(/\s+/);
      return { field, sign: direction?.toLowerCase() === "desc" ? -1 : 1 };
    });
    out = [...out].sort((a, b) => {
      for (const { field, sign } of keys) {
        const x = a[field];
        const y = b[field];
        const c =
          typeof x === "number" && typeof y === "number" ? x - y : String(x ?? "").localeCompare(String(y ?? ""));
        if (c !== 0) return c * sign;
      }
      return 0;
    });
  }
  const skip = Number(params.get("$skip") ?? 0);
  const top = Math.min(cap, Number(params.get("$top") ?? cap));
  if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(top) || top < 0) {
    throw new ODataError("$skip and $top must be whole numbers");
  }
  const page = out.slice(skip, skip + top);
  const select = params.get("$select");
  if (!select) return page;
  const fields = select.split(",").map((field) => field.trim());
  return page.map((row) => Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]])));
}

/** Starts the server on 127.0.0.1 on a free port. */
export async function startLegistarServer(options: LegistarServerOptions = {}): Promise<LegistarServer> {
  const client = options.client ?? "testville";
  const data = options.data ?? generateLegistarData();
  const cap = options.pageCap ?? 1000;
  const faults: Array<LegistarFault & { left: number }> = [];
  const requests: SeenRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const answer = (path: string, params: URLSearchParams): unknown => {
    const parts = path.split("/");
    const [head = "", idText, sub] = parts;
    const list = LISTS[head];
    if (list && parts.length === 1)
      return query((data as unknown as Record<string, LegistarRow[]>)[head] ?? [], params, cap);
    const id = Number(idText);
    if (!Number.isInteger(id)) return undefined;
    if (list && parts.length === 2) {
      return ((data as unknown as Record<string, LegistarRow[]>)[head] ?? []).find((row) => row[list.id] === id);
    }
    if (parts.length !== 3) return undefined;
    const nested: Record<string, Map<number, LegistarRow[]> | undefined> = {
      "matters/sponsors": data.sponsors,
      "matters/attachments": data.attachments,
      "matters/histories": data.histories,
      "eventitems/votes": data.votes,
      "events/eventitems": data.eventitems,
    };
    // A person's terms, as `/persons/{id}/officerecords` gives them.
    if (head === "persons" && sub === "officerecords") {
      if (!data.persons.some((p) => p.PersonId === id)) return undefined;
      return query(
        data.officerecords.filter((r) => r.OfficeRecordPersonId === id),
        params,
        cap,
      );
    }
    const map = nested[`${head}/${sub}`];
    if (!map) return undefined;
    if (head === "matters" && !data.matters.some((m) => m.MatterId === id)) return undefined;
    if (head === "events" && !data.events.some((e) => e.EventId === id)) return undefined;
    return query(map.get(id) ?? [], params, cap);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const prefix = `/v1/${client}/`;
    const lower = url.pathname.toLowerCase();
    const path = lower.startsWith(prefix.toLowerCase()) ? lower.slice(prefix.length).replace(/\/+$/, "") : null;
    const seen: SeenRequest = { path: path ?? url.pathname, query: Object.fromEntries(url.searchParams), status: 200 };
    requests.push(seen);
    const send = (status: number, body: string, type = "application/json; charset=utf-8", headers = {}) => {
      seen.status = status;
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (req.method !== "GET") return send(405, JSON.stringify({ Message: "Only GET is supported" }));
    if (path === null) return send(404, JSON.stringify({ Message: "No such client" }));
    if (options.token && url.searchParams.get("token") !== options.token) {
      return send(401, JSON.stringify({ Message: "Authorization has been denied for this request." }));
    }
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (typeof f.path === "string" ? f.path === path : f.path.test(path)) &&
        (f.when?.(seen.query) ?? true),
    );
    if (fault) {
      fault.left--;
      if (fault.kind === "hang") {
        seen.status = "hang";
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      if (fault.kind === "429") {
        return send(429, JSON.stringify({ Message: "Too many requests" }), undefined, {
          "retry-after": String(fault.retryAfterSeconds ?? 1),
        });
      }
      if (fault.kind === "500") return send(500, JSON.stringify({ Message: "An error has occurred." }));
      if (fault.kind === "empty") return send(200, "[]");
      return send(200, "<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>", "text/html");
    }
    try {
      const body = answer(path, url.searchParams);
      if (body === undefined) return send(404, JSON.stringify({ Message: `No HTTP resource matches ${url.pathname}` }));
      return send(200, JSON.stringify(body));
    } catch (error) {
      if (error instanceof ODataError) return send(400, JSON.stringify({ Message: error.message }));
      throw error;
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    client,
    data,
    requests,
    fault: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    clearFaults: () => {
      faults.length = 0;
    },
    changeVote(eventItemId, personId, value, at) {
      const vote = data.votes.get(eventItemId)?.find((v) => v.VotePersonId === personId);
      if (!vote) throw new Error(`no vote of person ${personId} on event item ${eventItemId}`);
      vote.VoteValueName = value;
      vote.VoteLastModifiedUtc = at;
      for (const [matterId, histories] of data.histories) {
        const history = histories.find((h) => h.MatterHistoryId === eventItemId);
        if (!history) continue;
        history.MatterHistoryLastModifiedUtc = at;
        const matter = data.matters.find((m) => m.MatterId === matterId);
        if (matter) matter.MatterLastModifiedUtc = at;
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
