import { fail, type Issue, ok, parseWith, type Result } from "../result.js";
import { type Dataset, DatasetSchema } from "./dataset.js";
import { fromOcdBill, fromOcdEvent, fromOcdOrganization, fromOcdPerson, fromOcdVoteEvent } from "./ocd.js";
import { fromOpenStatesPerson, type OpenStatesContext } from "./openstates.js";
import { fromPopolo } from "./popolo.js";

// One entry point for the staff app's import: whatever the format, the file becomes Legible
// records by collection, each with its place in the file, so a later check (a reference to a
// record that exists nowhere) can still point the reader at the right line.

/** Files the import reads. */
export const IMPORT_FORMATS = ["legible-dataset", "popolo", "ocd", "openstates-person"] as const;

/** A file format the import reads. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What each format is, in a few plain words, for menus and messages. */
export const IMPORT_FORMAT_NAMES: Record<ImportFormat, string> = {
  "legible-dataset": "Legible dataset (JSON)",
  popolo: "Popolo (JSON)",
  ocd: "Open Civic Data (JSON)",
  "openstates-person": "Open States people (YAML)",
};

/** The collections of records an import can hold, in the order a dataset lists them. */
export const IMPORT_COLLECTIONS = [
  "jurisdictions",
  "sources",
  "bodies",
  "posts",
  "people",
  "memberships",
  "measures",
  "actions",
  "voteEvents",
  "statements",
  "meetings",
  "explainers",
] as const satisfies ReadonlyArray<keyof Dataset>;

export type ImportCollection = (typeof IMPORT_COLLECTIONS)[number];

/** Records by collection; every collection is present, empty when the file has none. */
export type ImportRecords = { [C in ImportCollection]: NonNullable<Dataset[C]> };

/** Something in the file that will not be imported, and why; not an error. */
export interface ImportSkip {
  collection: ImportCollection;
  /** Where it sits in the file, such as `0.roles.1`. */
  path: string;
  title: string;
  reason: string;
}

/** A file read into records, with each record's place in the file. */
export interface ImportFile {
  records: ImportRecords;
  /** For each collection, record id → its place in the file (`persons.3`, `0.actions.2`). */
  places: { [C in ImportCollection]: Record<string, string> };
  skipped: ImportSkip[];
  /** People in the file found already on record (Open States), by their place in the file. */
  matched?: ImportMatch[];
}

/** A person in the file who is already on record: only their new terms are imported. */
export interface ImportMatch {
  path: string;
  name: string;
  personId: string;
  /** How they were found: by an id from another system, or by name and the same seat at the same time. */
  basis: "identifier" | "name-and-term";
}

/** What the reader needs from storage: bodies and posts to place Open States roles on. */
export type ImportContext = OpenStatesContext;

class FileBuilder {
  readonly records = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords;
  readonly places = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, {}])) as ImportFile["places"];
  readonly skipped: ImportSkip[] = [];
  readonly matched: ImportMatch[] = [];
  readonly issues: Issue[] = [];
  /** Problems of items left out whole (listed in `skipped`); they fail the file only when nothing else was read. */
  readonly refused: Issue[] = [];

  /**
   * Adds a record. The same record twice (a source shared by two bills) is kept once; the same
   * id with different details is a problem, since only one of them could be saved.
   */
  add<C extends ImportCollection>(collection: C, record: ImportRecords[C][number], path: string): void {
    const list = this.records[collection] as Array<{ id: string }>;
    const places: Record<string, string> = this.places[collection];
    const id = (record as { id: string }).id;
    const earlier = list.find((r) => r.id === id);
    if (!earlier) {
      list.push(record);
      places[id] = path;
      return;
    }
    if (JSON.stringify(earlier) === JSON.stringify(record)) return;
    this.issues.push({
      path,
      message: `uses the id "${id}", which ${places[id] || "another record"} in this file also uses with different details`,
    });
  }

  result(): Result<ImportFile> {
    if (this.issues.length > 0) return fail(this.issues);
    const readAny = IMPORT_COLLECTIONS.some((collection) => this.records[collection].length > 0);
    if (!readAny && this.refused.length > 0) return fail(this.refused);
    return ok({
      records: this.records,
      places: this.places,
      skipped: this.skipped,
      ...(this.matched.length > 0 ? { matched: this.matched } : {}),
    });
  }
}

function join(prefix: string, path: string): string {
  return prefix === "" ? path : path === "" ? prefix : `${prefix}.${path}`;
}

/** Issues of one item placed under the item's path; a file of one item keeps them as they are. */
function underPath(issues: Issue[], path: string): Issue[] {
  return issues.map((issue) => ({ ...issue, path: join(path, issue.path) }));
}

function readDataset(input: unknown, file: FileBuilder): void {
  const parsed = parseWith(DatasetSchema, input);
  if (!parsed.ok) {
    file.issues.push(...parsed.issues);
    return;
  }
  for (const collection of IMPORT_COLLECTIONS) {
    ((parsed.value[collection] ?? []) as Array<{ id: string }>).forEach((record, i) => {
      file.add(collection, record as never, `${collection}.${i}`);
    });
  }
}

function readPopolo(input: unknown, file: FileBuilder): void {
  const parsed = fromPopolo(input);
  if (!parsed.ok) {
    file.issues.push(...parsed.issues);
    return;
  }
  const { people, bodies, posts, memberships, votes, meetings = [] } = parsed.value;
  for (const [i, r] of people.entries()) file.add("people", r, `persons.${i}`);
  for (const [i, r] of bodies.entries()) file.add("bodies", r, `organizations.${i}`);
  for (const [i, r] of posts.entries()) file.add("posts", r, `posts.${i}`);
  for (const [i, r] of memberships.entries()) file.add("memberships", r, `memberships.${i}`);
  for (const [i, r] of votes.entries()) file.add("voteEvents", r, `vote_events.${i}`);
  for (const [i, r] of meetings.entries()) file.add("meetings", r, `events.${i}`);
}

/** Which kind of OCD object this is, by `_type` (as OCD scrapers write it) or by its fields. */
function ocdKind(item: Record<string, unknown>): "bill" | "vote" | "event" | "person" | "organization" | null {
  const declared = item._type;
  if (declared === "event") return "event";
  if (declared === "bill") return "bill";
  if (declared === "vote_event" || declared === "vote") return "vote";
  if (declared === "person") return "person";
  if (declared === "organization") return "organization";
  if ("motion_text" in item) return "vote";
  if ("title" in item) return "bill";
  if ("start_date" in item && ("agenda" in item || "timezone" in item)) return "event";
  if ("name" in item) {
    return "classification" in item || "parent_id" in item || "jurisdiction_id" in item ? "organization" : "person";
  }
  return null;
}

function readOcdItem(item: unknown, path: string, file: FileBuilder): void {
  if (!item || typeof item !== "object" || Array.isArray(item)) {
    file.issues.push({ path, message: "must be an object: an OCD bill, vote event, person or organization" });
    return;
  }
  const fail = (issues: Issue[]) => {
    file.issues.push(...underPath(issues, path));
  };
  // Strip our own helper field so the schemas' unknown-field checks do not trip on it.
  const { _type: _declared, ...fields } = item as Record<string, unknown>;
  switch (ocdKind(item as Record<string, unknown>)) {
    case "bill": {
      const bill = fromOcdBill(fields);
      if (!bill.ok) {
        fail(bill.issues);
        return;
      }
      file.add("measures", bill.value.measure, path);
      for (const [i, a] of bill.value.actions.entries()) file.add("actions", a, join(path, `actions.${i}`));
      for (const [i, s] of bill.value.sources.entries()) file.add("sources", s, join(path, `sources.${i}`));
      return;
    }
    case "vote": {
      const vote = fromOcdVoteEvent(fields);
      if (!vote.ok) {
        fail(vote.issues);
        return;
      }
      file.add("voteEvents", vote.value, path);
      return;
    }
    case "event": {
      const event = fromOcdEvent(fields);
      if (!event.ok) {
        fail(event.issues);
        return;
      }
      file.add("meetings", event.value.meeting, path);
      for (const [i, s] of event.value.sources.entries()) file.add("sources", s, join(path, `sources.${i}`));
      return;
    }
    case "person": {
      const person = fromOcdPerson(fields);
      if (!person.ok) {
        fail(person.issues);
        return;
      }
      file.add("people", person.value, path);
      return;
    }
    case "organization": {
      const body = fromOcdOrganization(fields);
      if (!body.ok) {
        fail(body.issues);
        return;
      }
      file.add("bodies", body.value, path);
      return;
    }
    default:
      file.issues.push({
        path,
        message:
          "is not an OCD object this import knows: a bill has a title, a vote event a motion_text, an event a start_date and timezone, a person or organization a name",
      });
  }
}

/**
 * One Open States person. A person without a usable id or name is left out with every reason,
 * and the other people in the file are still read; a bad value inside a person is quarantined
 * and listed, and the rest of the person is kept.
 */
function readOpenStates(input: unknown, path: string, file: FileBuilder, context: ImportContext): void {
  const person = fromOpenStatesPerson(input, context);
  if (!person.ok) {
    const issues = underPath(person.issues, path);
    file.refused.push(...issues);
    const name = typeof input === "object" && input !== null && "name" in input ? String(input.name) : "";
    file.skipped.push({
      collection: "people",
      path,
      title: name.trim() || "a person",
      reason: person.issues.map((issue) => `${issue.path} ${issue.message}`).join("; "),
    });
    return;
  }
  const { person: p, sources, memberships, places, skipped, quarantined, onRecord } = person.value;
  if (onRecord) {
    const name = typeof input === "object" && input !== null && "name" in input ? String(input.name) : "";
    file.matched.push({ path, name, ...onRecord });
  }
  for (const j of places.jurisdictions) file.add("jurisdictions", j, path);
  for (const b of places.bodies) file.add("bodies", b, path);
  for (const post of places.posts) file.add("posts", post, path);
  if (p) file.add("people", p, path);
  for (const s of sources) file.add("sources", s, path);
  for (const m of memberships) file.add("memberships", m, path);
  const name = p?.name ?? (typeof input === "object" && input !== null && "name" in input ? String(input.name) : "");
  for (const skip of skipped) file.skipped.push({ collection: "memberships", ...skip, path: join(path, skip.path) });
  for (const bad of quarantined) {
    file.skipped.push({
      collection: "people",
      path: join(path, bad.path),
      title: `${name}: ${bad.value === "" ? "(empty)" : bad.value}`,
      reason: bad.reason,
    });
  }
}

/** A file holding one object or a list of them: each read on its own, the list numbered from 0. */
function each(input: unknown, read: (item: unknown, path: string) => void): void {
  if (Array.isArray(input)) {
    if (input.length === 0) return;
    input.forEach((item, i) => {
      read(item, String(i));
    });
  } else read(input, "");
}

/**
 * Reads a parsed file (JSON, or YAML documents for Open States) in the given format into
 * Legible records by collection. OCD files may hold one object or a list of bills, vote events,
 * people and organizations, told apart by their fields; Open States files one person or a list
 * (one per YAML document). Open States roles are placed on `context`'s bodies and posts; the
 * ones that fit none come back in `skipped`, and so do Open States values that cannot be stored
 * (quarantined, the rest of the person kept) and people without a usable id or name (the rest of
 * the file kept). Never throws: every problem comes back with its place in the file.
 */
export function readImport(format: ImportFormat, input: unknown, context: ImportContext): Result<ImportFile> {
  const file = new FileBuilder();
  if (input === null || input === undefined || (Array.isArray(input) && input.length === 0)) {
    return fail([{ path: "", message: "The file is empty." }]);
  }
  switch (format) {
    case "legible-dataset":
      readDataset(input, file);
      break;
    case "popolo":
      readPopolo(input, file);
      break;
    case "ocd":
      each(input, (item, path) => readOcdItem(item, path, file));
      break;
    case "openstates-person":
      each(input, (item, path) => readOpenStates(item, path, file, context));
      break;
  }
  return file.result();
}
