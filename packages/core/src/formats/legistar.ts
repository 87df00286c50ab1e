import { z } from "zod";
import { isPartialDate, type PartialDate, relateDates } from "../partial-date.js";
import { type Issue, parseWith } from "../result.js";
import type { Action, ActionClassification } from "../schemas/action.js";
import { ActionSchema } from "../schemas/action.js";
import { type Body, type BodyClassification, BodySchema } from "../schemas/body.js";
import { WebUrlSchema } from "../schemas/common.js";
import type { ExternalIdentifier, Provenance } from "../schemas/identifier.js";
import { type Measure, type MeasureClassification, MeasureSchema, type Sponsor } from "../schemas/measure.js";
import { type AgendaItem, type Meeting, MeetingSchema, type MeetingStatus, zonedInstant } from "../schemas/meeting.js";
import { type Membership, MembershipSchema, type Person, PersonSchema } from "../schemas/people.js";
import { type Source, SourceSchema } from "../schemas/source.js";
import {
  type RollCallEntry,
  type VoteCounts,
  type VoteEvent,
  VoteEventSchema,
  type VoteOption,
} from "../schemas/vote-event.js";
import { defined } from "./shared.js";

// The Legistar Web API (https://webapi.legistar.com/v1/{client}/…) as Granicus documents it:
// JSON rows named by their table (MatterId, MatterHistoryActionName, VoteValueName…), dates as
// local date-times without an offset (`2024-11-19T00:00:00`), flags as 1/0/null. Fetching lives
// in @legible/connectors; this maps rows already fetched to core's records, purely.
//
// Ids are built from the client and Legistar's own ids (`legistar:chicago:person:123`), so the
// same rows always give the same records and a second sync changes nothing. A value that cannot
// be stored (an ftp:// link, an impossible date, a vote value we cannot read) is left out and
// quarantined with its place (`matters/123.attachments.2.MatterAttachmentHyperlink`) and reason;
// the rest of the record goes on. A row that cannot become a record at all (no name, no date) is
// quarantined whole. Nothing is guessed: an action name not in the table gets no classification,
// a count the record does not give stays unknown.

// ---------------------------------------------------------------------------------------------
// Input schemas: the documented fields, typed loosely enough for Legistar's nulls; unknown extra
// fields pass (Legistar adds fields, GUIDs and row versions we do not need).

const text = z.string().nullish();
const flag = z.number().nullish();
const id = z.number({ error: "must be a Legistar id (a number)" }).int();
const optionalId = z.number().int().nullish();

/** `/bodies` rows. */
export const LegistarBodyInput = z.looseObject({
  BodyId: id,
  BodyName: text,
  BodyTypeName: text,
  BodyActiveFlag: flag,
  BodyLastModifiedUtc: text,
});

/** `/persons` rows. */
export const LegistarPersonInput = z.looseObject({
  PersonId: id,
  PersonFullName: text,
  PersonFirstName: text,
  PersonLastName: text,
  PersonActiveFlag: flag,
  PersonEmail: text,
  PersonWWW: text,
  PersonLastModifiedUtc: text,
});

/** `/officerecords` rows: a person's seat on a body, from a date to a date. */
export const LegistarOfficeRecordInput = z.looseObject({
  OfficeRecordId: id,
  OfficeRecordPersonId: optionalId,
  OfficeRecordBodyId: optionalId,
  OfficeRecordTitle: text,
  OfficeRecordStartDate: text,
  OfficeRecordEndDate: text,
  OfficeRecordMemberType: text,
  OfficeRecordLastModifiedUtc: text,
});

/** `/matters` rows: legislation. */
export const LegistarMatterInput = z.looseObject({
  MatterId: id,
  MatterGuid: text,
  MatterFile: text,
  MatterName: text,
  MatterTitle: text,
  MatterTypeName: text,
  MatterStatusName: text,
  MatterBodyId: optionalId,
  MatterIntroDate: text,
  MatterPassedDate: text,
  MatterEnactmentDate: text,
  MatterLastModifiedUtc: text,
});

/** `/matters/{id}/sponsors` rows. */
export const LegistarMatterSponsorInput = z.looseObject({
  MatterSponsorNameId: optionalId,
  MatterSponsorName: text,
  MatterSponsorSequence: z.number().nullish(),
});

/** `/matters/{id}/attachments` rows. */
export const LegistarMatterAttachmentInput = z.looseObject({
  MatterAttachmentId: optionalId,
  MatterAttachmentName: text,
  MatterAttachmentHyperlink: text,
});

/** `/matters/{id}/histories` rows: each step the matter took, votes included. */
export const LegistarMatterHistoryInput = z.looseObject({
  MatterHistoryId: id,
  MatterHistoryActionDate: text,
  MatterHistoryActionName: text,
  MatterHistoryActionText: text,
  MatterHistoryActionBodyId: optionalId,
  MatterHistoryPassedFlag: flag,
  MatterHistoryPassedFlagName: text,
  MatterHistoryMoverId: optionalId,
  MatterHistoryMoverName: text,
  MatterHistoryTally: text,
  MatterHistoryRollCallFlag: flag,
  MatterHistoryEventId: optionalId,
  MatterHistoryLastModifiedUtc: text,
});

/** `/eventitems/{id}/votes` rows: one member's vote. A history's event item has the history's id. */
export const LegistarVoteInput = z.looseObject({
  VoteId: id,
  VotePersonId: optionalId,
  VotePersonName: text,
  VoteValueName: text,
  VoteLastModifiedUtc: text,
});

/** `/events` rows: meetings. */
export const LegistarEventInput = z.looseObject({
  EventId: id,
  EventBodyId: optionalId,
  EventBodyName: text,
  EventDate: text,
  EventTime: text,
  EventLocation: text,
  EventAgendaStatusName: text,
  EventMinutesStatusName: text,
  EventAgendaFile: text,
  EventMinutesFile: text,
  EventInSiteURL: text,
  EventVideoPath: text,
  EventComment: text,
  EventLastModifiedUtc: text,
});

/** `/events/{id}/eventitems` rows: the agenda. */
export const LegistarEventItemInput = z.looseObject({
  EventItemId: id,
  EventItemAgendaSequence: z.number().nullish(),
  EventItemAgendaNumber: text,
  EventItemTitle: text,
  EventItemMatterId: optionalId,
  EventItemAgendaNote: text,
  EventItemActionText: text,
  EventItemPassedFlag: flag,
  EventItemRollCallFlag: flag,
});

export type LegistarBodyRow = z.output<typeof LegistarBodyInput>;
export type LegistarPersonRow = z.output<typeof LegistarPersonInput>;
export type LegistarOfficeRecordRow = z.output<typeof LegistarOfficeRecordInput>;
export type LegistarMatterRow = z.output<typeof LegistarMatterInput>;
export type LegistarMatterHistoryRow = z.output<typeof LegistarMatterHistoryInput>;
export type LegistarVoteRow = z.output<typeof LegistarVoteInput>;
export type LegistarEventRow = z.output<typeof LegistarEventInput>;
export type LegistarEventItemRow = z.output<typeof LegistarEventItemInput>;

/** The last-modified field of each list, for incremental reads (`$filter=… gt datetime'…'`). */
export const LEGISTAR_LAST_MODIFIED = {
  bodies: "BodyLastModifiedUtc",
  persons: "PersonLastModifiedUtc",
  officerecords: "OfficeRecordLastModifiedUtc",
  matters: "MatterLastModifiedUtc",
  events: "EventLastModifiedUtc",
} as const;

// ---------------------------------------------------------------------------------------------
// Settings, context and results.

/** Where the rows come from and how to read them. */
export interface LegistarSettings {
  /** The Legistar client, as in the API's path: `chicago`, `seattle`. */
  client: string;
  /** The IANA zone the client's wall-clock times are in (`America/Chicago`). */
  timeZone: string;
  /** The API's base address, for the sources' links. Default `https://webapi.legistar.com/v1`. */
  apiBase?: string;
  /** Who publishes the records, for sources. Default `Legistar (<client>)`. */
  publisher?: string;
  /**
   * Now, to tell a meeting held from one scheduled, and when the rows were read (each record's
   * `provenance.fetchedAt`). Default: the current time.
   */
  now?: Date;
}

/**
 * What is on record or in the same sync, by Legistar id, so links point only at records that
 * exist. Leaving a set out means none is known: the link is left out and said so.
 */
export interface LegistarKnown {
  persons?: ReadonlySet<number>;
  /** Bodies with their classification: a committee's "Passed" is a committee passage. */
  bodies?: ReadonlyMap<number, BodyClassification>;
  matters?: ReadonlySet<number>;
  /** Matter histories stored as actions and as votes, for meetings' agenda items. */
  actions?: ReadonlySet<number>;
  votes?: ReadonlySet<number>;
}

/** A value, or a whole row, left out because it cannot be stored, with where it was and why. */
export interface LegistarQuarantine {
  /** The request path and the field: `matters/123.attachments.2.MatterAttachmentHyperlink`. */
  place: string;
  /** The value as Legistar gave it (JSON for anything but text). */
  value: string;
  reason: string;
}

/** Records mapped from Legistar rows, by dataset collection. */
export interface LegistarRecords {
  sources: Source[];
  bodies: Body[];
  people: Person[];
  memberships: Membership[];
  measures: Measure[];
  actions: Action[];
  voteEvents: VoteEvent[];
  meetings: Meeting[];
}

/** What a mapping gives: the records, and everything it left out. */
export interface LegistarMapping {
  records: LegistarRecords;
  quarantined: LegistarQuarantine[];
}

const DEFAULT_API_BASE = "https://webapi.legistar.com/v1";
const CLIENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** An empty set of records, to add to. */
export function emptyLegistarRecords(): LegistarRecords {
  return {
    sources: [],
    bodies: [],
    people: [],
    memberships: [],
    measures: [],
    actions: [],
    voteEvents: [],
    meetings: [],
  };
}

/**
 * A record's id from its client and Legistar id: `legistarId("chicago", "person", 123)` is
 * `legistar:chicago:person:123`. The same row always gets the same id.
 */
export function legistarId(client: string, kind: string, legistarKey: number | string): string {
  if (!CLIENT.test(client)) throw new Error(`"${client}" is not a Legistar client name (letters, digits, . _ -)`);
  return `legistar:${client}:${kind}:${legistarKey}`;
}

// ---------------------------------------------------------------------------------------------
// Reading values.

class Mapper {
  readonly records = emptyLegistarRecords();
  readonly quarantined: LegistarQuarantine[] = [];
  readonly apiBase: string;
  readonly publisher: string;
  readonly fetchedAt: string;

  constructor(
    readonly settings: LegistarSettings,
    readonly known: LegistarKnown,
  ) {
    this.apiBase = (settings.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "");
    this.publisher = settings.publisher ?? `Legistar (${settings.client})`;
    this.fetchedAt = (settings.now ?? new Date()).toISOString();
    legistarId(settings.client, "check", 0);
  }

  id(kind: string, key: number | string): string {
    return legistarId(this.settings.client, kind, key);
  }

  /**
   * A record's Legistar id and where it was read (`path`, such as `persons/7`), so a later
   * sync finds it by that id even when it is on record under another.
   */
  external(legistarKey: number, path: string): { identifiers: ExternalIdentifier[]; provenance: Provenance } {
    return {
      identifiers: [{ scheme: "legistar", scope: this.settings.client, identifier: String(legistarKey) }],
      provenance: {
        connector: "legistar",
        upstreamUrl: `${this.apiBase}/${this.settings.client}/${path}`,
        fetchedAt: this.fetchedAt,
      },
    };
  }

  quarantine(place: string, value: unknown, reason: string): void {
    this.quarantined.push({
      place,
      value: typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)),
      reason,
    });
  }

  /** Parses a row with its input schema; a row of the wrong shape is quarantined whole. */
  row<S extends z.ZodType>(schema: S, input: unknown, place: string): z.output<S> | undefined {
    const parsed = parseWith(schema, input);
    if (parsed.ok) return parsed.value;
    this.quarantine(place, input, `is not a Legistar row of this kind: ${describe(parsed.issues)}`);
    return undefined;
  }

  /** Trimmed text, or undefined when empty. */
  text(value: string | null | undefined): string | undefined {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  }

  /** A Legistar date (`2024-11-19T00:00:00`) as a day; an impossible one is quarantined. */
  day(value: string | null | undefined, place: string): PartialDate | undefined {
    const given = this.text(value);
    if (given === undefined) return undefined;
    const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?Z?$/.exec(given)?.[1];
    if (day !== undefined && isPartialDate(day)) return day;
    this.quarantine(place, given, "is not a date (Legistar writes 2024-11-19T00:00:00)");
    return undefined;
  }

  /** A web address: http or https, or quarantined with core's reason. */
  url(value: string | null | undefined, place: string): string | undefined {
    const given = this.text(value);
    if (given === undefined) return undefined;
    const checked = WebUrlSchema.safeParse(given);
    if (checked.success) return checked.data;
    this.quarantine(place, given, checked.error.issues[0]?.message ?? "is not a web address");
    return undefined;
  }

  /** Text that must fit a field: longer text is cut at a word and marked with an ellipsis. */
  fit(value: string, max: number): string {
    if (value.length <= max) return value;
    const cut = value.slice(0, max - 1);
    const space = cut.lastIndexOf(" ");
    return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }

  /**
   * The source for a row read from `path` (`persons/123`): the API's address for it, or `url`.
   * Undefined (and quarantined) when it cannot be stored.
   */
  source(kind: string, key: number | string, path: string, title: string, url?: string): string | undefined {
    const sourceId = this.id("source", `${kind}:${key}`);
    if (this.records.sources.some((s) => s.id === sourceId)) return sourceId;
    const source = this.check(
      SourceSchema,
      {
        id: sourceId,
        kind: "official-record",
        title: this.fit(title, 500),
        publisher: this.fit(this.publisher, 200),
        date: null,
        url: url ?? `${this.apiBase}/${this.settings.client}/${path}`,
      },
      path,
      "source",
    );
    if (!source) return undefined;
    this.records.sources.push(source);
    return sourceId;
  }

  /** Validates a mapped record with core's schema; one that fails is quarantined whole. */
  check<S extends z.ZodType>(schema: S, record: unknown, place: string, what: string): z.output<S> | undefined {
    const parsed = parseWith(schema, record);
    if (parsed.ok) return parsed.value;
    this.quarantine(place, "", `the ${what} cannot be stored: ${describe(parsed.issues)}`);
    return undefined;
  }

  person(legistarPersonId: number | null | undefined, place: string): string | undefined {
    if (legistarPersonId === null || legistarPersonId === undefined) return undefined;
    if (this.known.persons?.has(legistarPersonId)) return this.id("person", legistarPersonId);
    this.quarantine(
      place,
      String(legistarPersonId),
      `person ${legistarPersonId} is neither in this sync nor on record; the link is left out`,
    );
    return undefined;
  }

  body(legistarBodyId: number | null | undefined, place: string): string | undefined {
    if (legistarBodyId === null || legistarBodyId === undefined) return undefined;
    if (this.known.bodies?.has(legistarBodyId)) return this.id("body", legistarBodyId);
    this.quarantine(
      place,
      String(legistarBodyId),
      `body ${legistarBodyId} is neither in this sync nor on record; the link is left out`,
    );
    return undefined;
  }

  result(): LegistarMapping {
    return { records: this.records, quarantined: this.quarantined };
  }
}

function describe(issues: Issue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message))
    .join("; ");
}

// ---------------------------------------------------------------------------------------------
// Vocabularies: small, exact tables. A name not listed maps to nothing, never to a guess.

/** Body kinds by `BodyTypeName`. */
export function legistarBodyClassification(typeName: string | null | undefined): BodyClassification {
  const name = normal(typeName);
  if (name === "primary legislative body") return "legislature";
  if (/\bcommittee\b/.test(name) || /\bsubcommittee\b/.test(name)) return "committee";
  return "organization";
}

/** Measure kinds by `MatterTypeName`. */
export function legistarMeasureClassification(typeName: string | null | undefined): MeasureClassification {
  const name = normal(typeName);
  if (/\bordinance\b/.test(name)) return "ordinance";
  if (/\bresolution\b/.test(name)) return "resolution";
  if (/\b(motion|order)\b/.test(name)) return "motion";
  return "other";
}

/**
 * Vote values as Legistar clients name them (`VoteValueName`), to Open Civic Data's options.
 * Anything else is quarantined, never guessed.
 */
export const LEGISTAR_VOTE_VALUES: Readonly<Record<string, VoteOption>> = {
  affirmative: "yes",
  aye: "yes",
  yea: "yes",
  yes: "yes",
  nay: "no",
  no: "no",
  negative: "no",
  abstain: "abstain",
  abstained: "abstain",
  absent: "absent",
  excused: "excused",
  recused: "not voting",
  present: "not voting",
  "not voting": "not voting",
};

/**
 * Action names (`MatterHistoryActionName`, compared without case, extra spaces or a final full
 * stop) to Open Civic Data action classifications. `passage` and `failure` become
 * `committee-passage` and `committee-failure` when the acting body is a committee, and are left
 * out when the acting body's kind is not known. A name not listed gets no classification.
 */
export const LEGISTAR_ACTIONS: Readonly<Record<string, readonly ActionClassification[]>> = {
  introduced: ["introduction"],
  introduction: ["introduction"],
  "introduced and referred": ["introduction", "referral-committee"],
  "introduced and referred to committee": ["introduction", "referral-committee"],
  referred: ["referral-committee"],
  "referred to committee": ["referral-committee"],
  "re-referred": ["referral-committee"],
  "re-referred to committee": ["referral-committee"],
  adopted: ["passage"],
  "adopted as amended": ["passage"],
  passed: ["passage"],
  "passed as amended": ["passage"],
  "passed finally": ["passage"],
  approved: ["passage"],
  "approved as amended": ["passage"],
  failed: ["failure"],
  "failed to pass": ["failure"],
  "not adopted": ["failure"],
  defeated: ["failure"],
  "recommended to pass": ["committee-passage-favorable"],
  "recommended for passage": ["committee-passage-favorable"],
  "recommended do pass": ["committee-passage-favorable"],
  "recommended for adoption": ["committee-passage-favorable"],
  "recommended for approval": ["committee-passage-favorable"],
  "recommended do not pass": ["committee-passage-unfavorable"],
  "recommended not to pass": ["committee-passage-unfavorable"],
  "sent to the mayor": ["executive-receipt"],
  "transmitted to the mayor": ["executive-receipt"],
  "signed by the mayor": ["executive-signature"],
  "signed by mayor": ["executive-signature"],
  "approved by the mayor": ["executive-signature"],
  "approved by mayor": ["executive-signature"],
  vetoed: ["executive-veto"],
  "vetoed by the mayor": ["executive-veto"],
  "vetoed by mayor": ["executive-veto"],
  "veto overridden": ["veto-override-passage"],
  overridden: ["veto-override-passage"],
  "veto sustained": ["veto-override-failure"],
  withdrawn: ["withdrawal"],
  amended: ["amendment-passage"],
  deferred: ["deferral"],
  held: ["deferral"],
  "held in committee": ["deferral"],
  tabled: ["deferral"],
  published: ["publication"],
};

/** What a vote decided, from its action's classification (OCD's motion words); none when unknown. */
const MOTION_OF: Partial<Record<ActionClassification, string>> = {
  passage: "passage",
  failure: "passage",
  "committee-passage": "committee-passage",
  "committee-passage-favorable": "committee-passage",
  "committee-passage-unfavorable": "committee-passage",
  "committee-failure": "committee-passage",
  "veto-override-passage": "veto-override",
  "veto-override-failure": "veto-override",
  "amendment-passage": "amendment-passage",
  "referral-committee": "referral",
  deferral: "deferral",
};

function normal(value: string | null | undefined): string {
  return (value ?? "").trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}

/** An action name's classifications, given the acting body's kind when known. */
export function legistarActionClassification(
  actionName: string | null | undefined,
  actorKind?: BodyClassification,
): ActionClassification[] {
  const listed = LEGISTAR_ACTIONS[normal(actionName)];
  if (!listed) return [];
  return listed.flatMap((c): ActionClassification[] => {
    if (c !== "passage" && c !== "failure") return [c];
    if (actorKind === "committee") return [c === "passage" ? "committee-passage" : "committee-failure"];
    if (actorKind === "legislature") return [c];
    return [];
  });
}

/** A tally (`9:2`, `9-2`) as yes and no counts; other options stay unknown. */
export function legistarTally(tally: string): VoteCounts | undefined {
  const match = /^\s*(\d{1,4})\s*[:-]\s*(\d{1,4})\s*$/.exec(tally);
  if (!match) return undefined;
  return { yes: Number(match[1]), no: Number(match[2]) };
}

// ---------------------------------------------------------------------------------------------
// Mappings.

/** Bodies (`/bodies`) to bodies. */
export function fromLegistarBodies(
  rows: readonly unknown[],
  settings: LegistarSettings,
  known: LegistarKnown = {},
): LegistarMapping {
  const m = new Mapper(settings, known);
  for (const input of rows) {
    const guess = placeKey(input, "BodyId");
    const row = m.row(LegistarBodyInput, input, `bodies/${guess}`);
    if (!row) continue;
    const place = `bodies/${row.BodyId}`;
    const name = m.text(row.BodyName);
    if (!name) {
      m.quarantine(`${place}.BodyName`, row.BodyName ?? null, "a body needs a name; the body is left out");
      continue;
    }
    const sourceId = m.source("body", row.BodyId, place, name);
    const body = m.check(
      BodySchema,
      {
        id: m.id("body", row.BodyId),
        name: m.fit(name, 300),
        classification: legistarBodyClassification(row.BodyTypeName),
        sourceIds: sourceId ? [sourceId] : [],
        ...m.external(row.BodyId, place),
      },
      place,
      "body",
    );
    if (body) m.records.bodies.push(body);
  }
  return m.result();
}

/** People (`/persons`) to people. Email and website are read but not stored: people have no contact fields yet. */
export function fromLegistarPersons(
  rows: readonly unknown[],
  settings: LegistarSettings,
  known: LegistarKnown = {},
): LegistarMapping {
  const m = new Mapper(settings, known);
  for (const input of rows) {
    const row = m.row(LegistarPersonInput, input, `persons/${placeKey(input, "PersonId")}`);
    if (!row) continue;
    const place = `persons/${row.PersonId}`;
    const given = m.text(row.PersonFirstName);
    const family = m.text(row.PersonLastName);
    const name = m.text(row.PersonFullName) ?? ([given, family].filter(Boolean).join(" ") || undefined);
    if (!name) {
      m.quarantine(
        `${place}.PersonFullName`,
        row.PersonFullName ?? null,
        "a person needs a name; the person is left out",
      );
      continue;
    }
    const sourceId = m.source("person", row.PersonId, place, name);
    const person = m.check(
      PersonSchema,
      {
        id: m.id("person", row.PersonId),
        name: m.fit(name, 200),
        ...defined({ givenName: given && m.fit(given, 100), familyName: family && m.fit(family, 100) }),
        sourceIds: sourceId ? [sourceId] : [],
        ...m.external(row.PersonId, place),
      },
      place,
      "person",
    );
    if (person) m.records.people.push(person);
  }
  return m.result();
}

/** Office records (`/officerecords`) to terms: day dates; an open end is a current term. */
export function fromLegistarOfficeRecords(
  rows: readonly unknown[],
  settings: LegistarSettings,
  known: LegistarKnown = {},
): LegistarMapping {
  const m = new Mapper(settings, known);
  for (const input of rows) {
    const row = m.row(LegistarOfficeRecordInput, input, `officerecords/${placeKey(input, "OfficeRecordId")}`);
    if (!row) continue;
    const place = `officerecords/${row.OfficeRecordId}`;
    const personId = m.person(row.OfficeRecordPersonId, `${place}.OfficeRecordPersonId`);
    const bodyId = m.body(row.OfficeRecordBodyId, `${place}.OfficeRecordBodyId`);
    if (!personId || !bodyId) {
      m.quarantine(place, "", "a term needs a person and a body on record; the term is left out");
      continue;
    }
    let start = m.day(row.OfficeRecordStartDate, `${place}.OfficeRecordStartDate`);
    let end = m.day(row.OfficeRecordEndDate, `${place}.OfficeRecordEndDate`);
    if (start !== undefined && end !== undefined && relateDates(start, end) === "after") {
      m.quarantine(`${place}.OfficeRecordEndDate`, end, `ends before it starts (${start}); both dates are left out`);
      start = undefined;
      end = undefined;
    }
    const role = m.text(row.OfficeRecordTitle) ?? m.text(row.OfficeRecordMemberType);
    const openEnd = m.text(row.OfficeRecordEndDate) === undefined;
    const sourceId = m.source("office-record", row.OfficeRecordId, place, role ? `Term: ${role}` : "Term");
    const term = m.check(
      MembershipSchema,
      {
        id: m.id("office-record", row.OfficeRecordId),
        personId,
        bodyId,
        ...defined({ role: role && m.fit(role, 100) }),
        startDate: start ?? null,
        endDate: end ?? null,
        ...(openEnd ? { current: true } : {}),
        sourceIds: sourceId ? [sourceId] : [],
      },
      place,
      "term",
    );
    if (term) m.records.memberships.push(term);
  }
  return m.result();
}

/** One matter with what hangs off it: sponsors, attachments, histories and each history's votes. */
export interface LegistarMatterBundle {
  matter: unknown;
  sponsors?: readonly unknown[];
  attachments?: readonly unknown[];
  histories?: readonly unknown[];
  /** Votes by the history's id (its event item's id), as `/eventitems/{id}/votes` gives them. */
  votes?: ReadonlyMap<number, readonly unknown[]>;
}

/**
 * One matter to a measure, its actions (one per history) and its votes (one per history that
 * records a vote: a passed flag, a tally or a roll call). Sponsors are in sequence order, the
 * first primary; attachments and the matter's own page are its sources.
 */
export function fromLegistarMatter(
  bundle: LegistarMatterBundle,
  settings: LegistarSettings,
  known: LegistarKnown = {},
): LegistarMapping {
  const m = new Mapper(settings, known);
  const row = m.row(LegistarMatterInput, bundle.matter, `matters/${placeKey(bundle.matter, "MatterId")}`);
  if (!row) return m.result();
  const place = `matters/${row.MatterId}`;
  const file = m.text(row.MatterFile);
  const longTitle = m.text(row.MatterTitle);
  const name = m.text(row.MatterName);
  const title = [longTitle, name, file].find((t) => t !== undefined && t.length <= 1000) ?? longTitle ?? name;
  if (!title) {
    m.quarantine(`${place}.MatterTitle`, row.MatterTitle ?? null, "a measure needs a title or a name; it is left out");
    return m.result();
  }
  const measureId = m.id("matter", row.MatterId);
  const pageUrl = `${m.apiBase}/${settings.client}/matters/${row.MatterId}`;
  const matterSource = m.source("matter", row.MatterId, place, file ? `File ${file}: ${title}` : title, pageUrl);
  const sourceIds = matterSource ? [matterSource] : [];
  (bundle.attachments ?? []).forEach((input, i) => {
    const at = `${place}.attachments.${i}`;
    const attachment = m.row(LegistarMatterAttachmentInput, input, at);
    if (!attachment) return;
    const url = m.url(attachment.MatterAttachmentHyperlink, `${at}.MatterAttachmentHyperlink`);
    if (!url) return;
    const key = attachment.MatterAttachmentId ?? `${row.MatterId}-${hash(url)}`;
    const sourceId = m.source("attachment", key, at, m.text(attachment.MatterAttachmentName) ?? url, url);
    if (sourceId && !sourceIds.includes(sourceId)) sourceIds.push(sourceId);
  });

  const sponsorRows = (bundle.sponsors ?? [])
    .map((input, i) => ({ row: m.row(LegistarMatterSponsorInput, input, `${place}.sponsors.${i}`), i }))
    .filter((s): s is { row: z.output<typeof LegistarMatterSponsorInput>; i: number } => s.row !== undefined)
    .sort((a, b) => (a.row.MatterSponsorSequence ?? a.i) - (b.row.MatterSponsorSequence ?? b.i) || a.i - b.i);
  const sponsors: Sponsor[] = [];
  for (const { row: sponsor, i } of sponsorRows) {
    const at = `${place}.sponsors.${i}`;
    const sponsorName = m.text(sponsor.MatterSponsorName);
    if (!sponsorName) {
      m.quarantine(`${at}.MatterSponsorName`, sponsor.MatterSponsorName ?? null, "a sponsor needs a name; left out");
      continue;
    }
    const personId = m.person(sponsor.MatterSponsorNameId, `${at}.MatterSponsorNameId`);
    sponsors.push({ name: m.fit(sponsorName, 200), ...defined({ personId }), primary: sponsors.length === 0 });
  }

  const abstract = longTitle && longTitle !== title && longTitle.length <= 5000 ? longTitle : undefined;
  const measure = m.check(
    MeasureSchema,
    {
      id: measureId,
      ...defined({ bodyId: m.body(row.MatterBodyId, `${place}.MatterBodyId`), abstract }),
      identifier: file ? m.fit(file, 100) : null,
      title: m.fit(title, 1000),
      classification: legistarMeasureClassification(row.MatterTypeName),
      subjects: [],
      sponsors,
      textSections: [],
      relatedMeasures: [],
      sourceIds,
      ...m.external(row.MatterId, place),
    },
    place,
    "measure",
  );
  if (!measure) return m.result();
  m.records.measures.push(measure);

  const histories = (bundle.histories ?? [])
    .map((input, i) => ({ row: m.row(LegistarMatterHistoryInput, input, `${place}.histories.${i}`), i }))
    .filter((h): h is { row: LegistarMatterHistoryRow; i: number } => h.row !== undefined);
  const orderOnDay = new Map<string, number>();
  const byDayThenId = [...histories].sort(
    (a, b) =>
      (a.row.MatterHistoryActionDate ?? "").localeCompare(b.row.MatterHistoryActionDate ?? "") ||
      a.row.MatterHistoryId - b.row.MatterHistoryId,
  );
  for (const { row: history, i } of byDayThenId) {
    mapHistory(m, history, `${place}.histories.${i}`, {
      place,
      measureId,
      matterBodyId: row.MatterBodyId ?? undefined,
      sourceIds: matterSource ? [matterSource] : [],
      orderOnDay,
      votes: bundle.votes?.get(history.MatterHistoryId),
    });
  }
  return m.result();
}

function mapHistory(
  m: Mapper,
  history: LegistarMatterHistoryRow,
  place: string,
  matter: {
    /** The matter's path, `matters/123`. */
    place: string;
    measureId: string;
    matterBodyId: number | undefined;
    sourceIds: string[];
    orderOnDay: Map<string, number>;
    votes: readonly unknown[] | undefined;
  },
): void {
  const date = m.day(history.MatterHistoryActionDate, `${place}.MatterHistoryActionDate`);
  const actionName = m.text(history.MatterHistoryActionName);
  const actionText = m.text(history.MatterHistoryActionText);
  if (date === undefined) {
    m.quarantine(place, "", "a step needs a date; the step and any vote on it are left out");
    return;
  }
  const description = actionName ?? actionText;
  if (!description) {
    m.quarantine(`${place}.MatterHistoryActionName`, null, "a step needs an action name; it is left out");
    return;
  }
  const actorLegistarId = history.MatterHistoryActionBodyId ?? undefined;
  const actorBodyId = m.body(actorLegistarId, `${place}.MatterHistoryActionBodyId`);
  const actorKind = actorBodyId && actorLegistarId !== undefined ? m.known.bodies?.get(actorLegistarId) : undefined;
  const classification = legistarActionClassification(actionName, actorKind);
  const order = matter.orderOnDay.get(date) ?? 0;
  matter.orderOnDay.set(date, order + 1);
  const actionId = m.id("history", history.MatterHistoryId);
  const action = m.check(
    ActionSchema,
    {
      id: actionId,
      measureId: matter.measureId,
      date,
      description: m.fit(description, 1000),
      classification,
      ...defined({ actorBodyId }),
      order,
      sourceIds: matter.sourceIds,
    },
    place,
    "step",
  );
  if (action) m.records.actions.push(action);

  const passed = history.MatterHistoryPassedFlag;
  const tallyText = m.text(history.MatterHistoryTally);
  const rollCallFlag = history.MatterHistoryRollCallFlag === 1;
  const hasVotes = (matter.votes?.length ?? 0) > 0;
  const isVote = (passed !== null && passed !== undefined) || tallyText !== undefined || rollCallFlag || hasVotes;
  if (!isVote) return;

  let result: "pass" | "fail" | null = null;
  if (passed === 1) result = "pass";
  else if (passed === 0) result = "fail";
  else if (passed !== null && passed !== undefined) {
    m.quarantine(`${place}.MatterHistoryPassedFlag`, String(passed), "must be 1 (passed), 0 (failed) or null");
  }

  let tally: VoteCounts | undefined;
  if (tallyText !== undefined) {
    tally = legistarTally(tallyText);
    if (!tally) m.quarantine(`${place}.MatterHistoryTally`, tallyText, 'is not a tally like "9:2"; counts are unknown');
  }

  const votePlace = `eventitems/${history.MatterHistoryId}/votes`;
  let rollCall: RollCallEntry[] | null = null;
  let rollCallComplete = true;
  if (matter.votes && matter.votes.length > 0) {
    rollCall = [];
    matter.votes.forEach((input, j) => {
      const at = `${votePlace}.${j}`;
      const vote = m.row(LegistarVoteInput, input, at);
      if (!vote) {
        rollCallComplete = false;
        return;
      }
      const value = m.text(vote.VoteValueName);
      const option = value === undefined ? undefined : LEGISTAR_VOTE_VALUES[normal(value)];
      if (!option) {
        m.quarantine(
          `${at}.VoteValueName`,
          vote.VoteValueName ?? null,
          `is not a vote value Legible knows (${Object.keys(LEGISTAR_VOTE_VALUES).join(", ")}); this member's vote is left out`,
        );
        rollCallComplete = false;
        return;
      }
      const voterName = m.text(vote.VotePersonName);
      const personId = m.person(vote.VotePersonId, `${at}.VotePersonId`);
      if (!voterName) {
        m.quarantine(`${at}.VotePersonName`, vote.VotePersonName ?? null, "a vote needs the voter's name; left out");
        rollCallComplete = false;
        return;
      }
      rollCall?.push({ voterName: m.fit(voterName, 200), ...defined({ personId }), option });
    });
  }

  // Counts from the roll call when it is whole; else from the tally; else unknown.
  let counts: VoteCounts = {};
  if (rollCall && rollCall.length > 0 && rollCallComplete) {
    for (const entry of rollCall) counts[entry.option] = (counts[entry.option] ?? 0) + 1;
  } else if (tally) counts = tally;

  const bodyId =
    actorBodyId ??
    (matter.matterBodyId !== undefined && m.known.bodies?.has(matter.matterBodyId)
      ? m.id("body", matter.matterBodyId)
      : undefined);
  if (!bodyId) {
    m.quarantine(place, "", "a vote needs the body that voted, on record; the vote is left out");
    return;
  }
  const motionKinds = [...new Set(classification.map((c) => MOTION_OF[c]).filter((k) => k !== undefined))];
  const vote = m.check(
    VoteEventSchema,
    {
      id: m.id("vote", history.MatterHistoryId),
      bodyId,
      measureId: matter.measureId,
      ...(action ? { actionId } : {}),
      date,
      motionText: m.fit([actionName, actionText].filter(Boolean).join(": "), 2000),
      ...(motionKinds.length > 0 ? { motionClassification: motionKinds } : {}),
      result,
      counts,
      rollCall: rollCall && rollCall.length > 0 ? rollCall : null,
      sourceIds: matter.sourceIds,
      ...m.external(history.MatterHistoryId, `${matter.place}/histories/${history.MatterHistoryId}`),
    },
    place,
    "vote",
  );
  if (vote) m.records.voteEvents.push(vote);
}

/** One meeting with its agenda, as `/events/{id}/eventitems` gives it. */
export interface LegistarEventBundle {
  event: unknown;
  items?: readonly unknown[];
}

const TIME = /^(\d{1,2}):(\d{2})\s*([AP])\.?\s*M\.?$/i;

/** `6:30 PM` as `18:30`; undefined when it is not such a time. */
export function legistarTime(value: string): string | undefined {
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  const h24 = (hour % 12) + (match[3]?.toUpperCase() === "P" ? 12 : 0);
  return `${String(h24).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * One event to a meeting: its start from the date and time in the client's zone; cancelled or
 * postponed when the agenda status or the comment says so, held when its minutes are final or
 * its start has passed, else scheduled; the agenda in sequence order, linked to measures, steps
 * and votes on record; agenda and minutes as documents, the video as media.
 */
export function fromLegistarEvent(
  bundle: LegistarEventBundle,
  settings: LegistarSettings,
  known: LegistarKnown = {},
): LegistarMapping {
  const m = new Mapper(settings, known);
  const row = m.row(LegistarEventInput, bundle.event, `events/${placeKey(bundle.event, "EventId")}`);
  if (!row) return m.result();
  const place = `events/${row.EventId}`;
  const bodyId = m.body(row.EventBodyId, `${place}.EventBodyId`);
  const day = m.day(row.EventDate, `${place}.EventDate`);
  const timeText = m.text(row.EventTime);
  const time = timeText === undefined ? undefined : legistarTime(timeText);
  if (timeText !== undefined && time === undefined) {
    m.quarantine(`${place}.EventTime`, timeText, 'is not a time like "6:30 PM"');
  }
  const start = day && time ? zonedInstant(`${day}T${time}`, settings.timeZone) : null;
  if (!bodyId || !start) {
    m.quarantine(place, "", "a meeting needs a body on record, a date and a time; the meeting is left out");
    return m.result();
  }
  const status = meetingStatus(row, start, settings.now ?? new Date());
  const documents: Meeting["documents"] = [];
  const agendaFile = m.url(row.EventAgendaFile, `${place}.EventAgendaFile`);
  if (agendaFile) documents.push({ kind: "agenda", title: "Agenda", url: agendaFile });
  const minutesFile = m.url(row.EventMinutesFile, `${place}.EventMinutesFile`);
  if (minutesFile) documents.push({ kind: "minutes", title: "Minutes", url: minutesFile });
  const video = m.url(row.EventVideoPath, `${place}.EventVideoPath`);
  const inSite = m.url(row.EventInSiteURL, `${place}.EventInSiteURL`);
  const bodyName = m.text(row.EventBodyName);
  const sourceId = m.source("event", row.EventId, place, `${bodyName ?? "Meeting"}, ${day}`, inSite);

  const items = (bundle.items ?? [])
    .map((input, i) => ({ row: m.row(LegistarEventItemInput, input, `${place}.eventitems.${i}`), i }))
    .filter((x): x is { row: LegistarEventItemRow; i: number } => x.row !== undefined)
    .sort(
      (a, b) =>
        (a.row.EventItemAgendaSequence ?? Number.MAX_SAFE_INTEGER) -
          (b.row.EventItemAgendaSequence ?? Number.MAX_SAFE_INTEGER) || a.i - b.i,
    );
  const agenda: AgendaItem[] = [];
  for (const { row: item } of items) {
    const itemText = m.text(item.EventItemTitle) ?? m.text(item.EventItemActionText);
    if (!itemText) continue; // Headings and blank lines of the printed agenda.
    const matterId = item.EventItemMatterId ?? undefined;
    const note = m.text(item.EventItemAgendaNote);
    const number = m.text(item.EventItemAgendaNumber);
    agenda.push({
      ...defined({ number: number && m.fit(number, 50) }),
      text: m.fit(itemText, 10_000),
      measureIds: matterId !== undefined && known.matters?.has(matterId) ? [m.id("matter", matterId)] : [],
      notes: note ? [m.fit(note, 2000)] : [],
      actionIds: known.actions?.has(item.EventItemId) ? [m.id("history", item.EventItemId)] : [],
      voteIds: known.votes?.has(item.EventItemId) ? [m.id("vote", item.EventItemId)] : [],
    });
  }
  if (agenda.length > 500)
    m.quarantine(`${place}.eventitems`, String(agenda.length), "only the first 500 items are kept");
  const location = m.text(row.EventLocation);
  const comment = m.text(row.EventComment);
  const meeting = m.check(
    MeetingSchema,
    {
      id: m.id("event", row.EventId),
      bodyId,
      name: m.fit(bodyName ?? "Meeting", 300),
      start,
      timeZone: settings.timeZone,
      status,
      ...defined({
        location: location ? { name: m.fit(location, 300) } : undefined,
        description: comment && m.fit(comment, 10_000),
      }),
      agenda: agenda.slice(0, 500),
      documents,
      media: video ? [{ kind: "video", title: "Video", url: video }] : [],
      sourceIds: sourceId ? [sourceId] : [],
      ...m.external(row.EventId, place),
    },
    place,
    "meeting",
  );
  if (meeting) m.records.meetings.push(meeting);
  return m.result();
}

function meetingStatus(row: LegistarEventRow, start: string, now: Date): MeetingStatus {
  const said = `${row.EventAgendaStatusName ?? ""} ${row.EventComment ?? ""}`;
  if (/\bcancel(?:l?ed|lation)?\b/i.test(said)) return "cancelled";
  if (/\b(postponed|rescheduled)\b/i.test(said)) return "postponed";
  if (/\bfinal\b/i.test(row.EventMinutesStatusName ?? "")) return "held";
  return Date.parse(start) < now.getTime() ? "held" : "scheduled";
}

/** Adds one mapping's records and quarantine to another's, keeping each record once by id. */
export function mergeLegistarMappings(into: LegistarMapping, from: LegistarMapping): LegistarMapping {
  for (const key of Object.keys(into.records) as Array<keyof LegistarRecords>) {
    const list = into.records[key] as Array<{ id: string }>;
    const ids = new Set(list.map((r) => r.id));
    for (const record of from.records[key] as Array<{ id: string }>) {
      if (ids.has(record.id)) continue;
      ids.add(record.id);
      list.push(record);
    }
  }
  into.quarantined.push(...from.quarantined);
  return into;
}

function placeKey(input: unknown, field: string): string {
  const value = input && typeof input === "object" ? (input as Record<string, unknown>)[field] : undefined;
  return typeof value === "number" || typeof value === "string" ? String(value) : "?";
}

/** FNV-1a, for stable ids of attachments without an id of their own. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
