import { z } from "zod";
import { fromOcdDate } from "../partial-date.js";
import { fail, ok, parseWith, type Result } from "../result.js";
import type { Action } from "../schemas/action.js";
import { ActionClassificationSchema } from "../schemas/action.js";
import { type Body, BodySchema } from "../schemas/body.js";
import { WebUrlSchema } from "../schemas/common.js";
import { type ExternalIdentifier, ExternalIdentifierSchema, identifierKey } from "../schemas/identifier.js";
import { type Measure, MeasureSchema } from "../schemas/measure.js";
import type { Meeting } from "../schemas/meeting.js";
import { type Person, PersonSchema } from "../schemas/people.js";
import type { Source } from "../schemas/source.js";
import { VOTE_OPTIONS, type VoteEvent, VoteEventSchema } from "../schemas/vote-event.js";
import { fromOcdBill, fromOcdEvent, fromOcdOrganization, fromOcdPerson, fromOcdVoteEvent } from "./ocd.js";
import { idFrom } from "./shared.js";

// Open Civic Data as scrapers write it (pupa, openstates-core): a folder of one JSON object per
// file, named by kind (`bill_<uuid>.json`), each with its scrape's own `_id` (a uuid that changes
// from scrape to scrape) and references to other objects written either as such `_id`s or as
// "pseudo ids" (`~{"classification": "lower"}`) to be resolved against what was scraped with
// it. This turns one such object into Legible records: references resolved to records of the
// same run or already in Legible, and every value that cannot be kept (an ftp:// link, an
// impossible date, an unknown vote option, a reference to nothing) quarantined with its place
// and reason while the rest of the object is kept. The stable OCD ids (`ocd-bill/…`) become
// the records' ids and identifiers, so a second import of the same folder finds them.

/** The kinds of scraped objects, in the order an import reads them: each after what it points at. */
export const OCD_SCRAPE_KINDS = ["organization", "person", "bill", "vote_event", "event"] as const;

/** A kind of scraped object. */
export type OcdScrapeKind = (typeof OCD_SCRAPE_KINDS)[number];

/** The kind of a scraped file by its name (`vote_event_1f….json`; older scrapers wrote `vote_`), or null. */
export function ocdScrapeKindOf(fileName: string): OcdScrapeKind | null {
  const name = fileName.split(/[\\/]/).pop() ?? "";
  if (!/\.json$/i.test(name)) return null;
  if (/^vote_event_/.test(name) || /^vote_/.test(name)) return "vote_event";
  const kind = /^(organization|person|bill|event)_/.exec(name)?.[1];
  return (kind as OcdScrapeKind | undefined) ?? null;
}

/** A value left out, with where it was in the object and why. */
export interface OcdScrapeQuarantine {
  path: string;
  value: string;
  reason: string;
}

/** What a reference may point at. */
export type OcdReferenceKind = "organization" | "person" | "bill" | "jurisdiction";

/** What references resolve against: records read earlier in the run, and ids the caller found in storage. */
export interface OcdScrapeKnown {
  /** A scrape's own id (`_id`, or an OCD id) → the Legible id its record was given. */
  ids: ReadonlyMap<string, string>;
  organizations: ReadonlyArray<{ id: string; name: string; classification?: string | null }>;
  people: ReadonlyArray<{ id: string; name: string }>;
  bills: ReadonlyArray<{ id: string; identifier: string; session?: string | null }>;
  /** Ids the caller found in Legible's storage (see {@link ocdScrapeReferences}). */
  stored: ReadonlySet<string>;
  /** The zone events are in when they do not say (pupa keeps it on the jurisdiction, not the event). */
  timeZone?: string;
}

/** One scraped object as Legible records, with what later objects need to point at it. */
export interface OcdScrapeRecords {
  kind: OcdScrapeKind;
  /** The Legible id of the object's main record. */
  id: string;
  /** The scrape's own ids for it (`_id`, an OCD id), to resolve later references by. */
  scrapeIds: string[];
  name: string;
  classification?: string | null;
  session?: string | null;
  bodies: Body[];
  people: Person[];
  measures: Measure[];
  actions: Action[];
  voteEvents: VoteEvent[];
  meetings: Meeting[];
  sources: Source[];
  quarantined: OcdScrapeQuarantine[];
}

const OCD_ID = /^ocd-(person|organization|bill|vote|event)\/[A-Za-z0-9-]+$/;

const Loose = z.record(z.string(), z.unknown());

function textOf(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

class Bin {
  readonly list: OcdScrapeQuarantine[] = [];
  add(path: string, value: unknown, reason: string): void {
    this.list.push({ path, value: textOf(value), reason });
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The stable OCD id an object carries (`id` or `_id`), if any. */
function ocdIdOf(input: Record<string, unknown>): string | undefined {
  for (const field of ["id", "_id"]) {
    const value = str(input[field]);
    if (value && OCD_ID.test(value)) return value;
  }
  return undefined;
}

/**
 * The references an object makes that are written as ids rather than pseudo ids: the caller
 * looks them up in storage and passes the ones found as `known.stored`.
 */
export function ocdScrapeReferences(kind: OcdScrapeKind, input: unknown): string[] {
  const parsed = Loose.safeParse(input);
  if (!parsed.success) return [];
  const o = parsed.data;
  const refs: unknown[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v) => v && typeof v === "object") : []);
  if (kind === "organization") refs.push(o.parent_id, o.jurisdiction_id);
  if (kind === "bill") {
    refs.push(o.from_organization);
    for (const s of list(o.sponsorships)) refs.push(s.person_id, s.organization_id, s.entity_id);
    for (const a of list(o.actions)) refs.push(a.organization_id, a.organization);
  }
  if (kind === "vote_event") {
    refs.push(o.organization, o.bill);
    for (const v of list(o.votes)) refs.push(v.voter_id);
  }
  if (kind === "event") {
    for (const p of list(o.participants)) refs.push(p.organization_id, p.id);
    for (const item of list(o.agenda)) {
      for (const e of list(item.related_entities)) refs.push(e.bill_id, e.vote_event_id, e.id, e.entity_id);
    }
  }
  return [...new Set(refs.filter((r): r is string => typeof r === "string" && r !== "" && !r.startsWith("~")))];
}

/** Reads a pseudo id: `~{"classification": "lower"}` → its fields, or null. */
function pseudoId(value: string): Record<string, unknown> | null {
  if (!value.startsWith("~")) return null;
  try {
    const fields = JSON.parse(value.slice(1));
    return fields && typeof fields === "object" && !Array.isArray(fields) ? fields : null;
  } catch {
    return null;
  }
}

const same = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The one record of the run a pseudo id's fields describe, if exactly one fits. */
function byPseudo(kind: OcdReferenceKind, fields: Record<string, unknown>, known: OcdScrapeKnown): string | undefined {
  const checks = Object.entries(fields);
  let found: Array<{ id: string }> = [];
  if (kind === "organization") {
    found = known.organizations.filter((org) =>
      checks.every(([key, value]) =>
        key === "name" ? same(org.name, value) : key === "classification" ? same(org.classification, value) : true,
      ),
    );
  } else if (kind === "person") {
    found = known.people.filter((person) =>
      checks.every(([key, value]) => (key === "name" ? same(person.name, value) : true)),
    );
  } else if (kind === "bill") {
    found = known.bills.filter((bill) =>
      checks.every(([key, value]) =>
        key === "identifier"
          ? same(bill.identifier, value)
          : key === "legislative_session"
            ? same(bill.session, value)
            : true,
      ),
    );
  }
  return found.length === 1 ? found[0]?.id : undefined;
}

const WHAT: Record<OcdReferenceKind, string> = {
  organization: "an organization",
  person: "a person",
  bill: "a bill",
  jurisdiction: "a jurisdiction",
};

/**
 * The Legible id a reference points at, or undefined. With `bin`, a reference to nothing is
 * quarantined with its place; without, it is dropped quietly (a sponsor keeps its name).
 */
function resolve(
  value: unknown,
  kind: OcdReferenceKind,
  known: OcdScrapeKnown,
  path: string,
  bin?: Bin,
): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") {
    bin?.add(path, value, `must be the id of ${WHAT[kind]}`);
    return undefined;
  }
  const pseudo = pseudoId(value);
  const found = pseudo
    ? byPseudo(kind, pseudo, known)
    : (known.ids.get(value) ?? (known.stored.has(value) ? value : undefined));
  if (found === undefined) {
    bin?.add(path, value, `points at ${WHAT[kind]} that is neither in this folder nor in Legible`);
  }
  return found;
}

/** Sources as official records; a link that is not http(s) is quarantined. */
function sourcesOf(owner: string, input: unknown, path: string, bin: Bin): Source[] {
  const out: Source[] = [];
  if (!Array.isArray(input)) return out;
  input.forEach((item, i) => {
    const url = item && typeof item === "object" ? (item as Record<string, unknown>).url : undefined;
    const checked = WebUrlSchema.safeParse(typeof url === "string" ? url.trim() : url);
    if (!checked.success) {
      bin.add(`${path}.${i}.url`, url ?? "", checked.error.issues[0]?.message ?? "is not a web address");
      return;
    }
    const id = idFrom(owner, "source", checked.data);
    if (out.some((s) => s.id === id)) return;
    const note = str((item as Record<string, unknown>).note);
    out.push({
      id,
      kind: "official-record",
      title: (note ?? checked.data).slice(0, 500),
      publisher: null,
      date: null,
      url: checked.data,
    });
  });
  return out;
}

/** The OCD id as an identifier, and the other systems' ids a scraper lists (`identifiers`). */
function identifiersOf(ocdId: string | undefined, input: unknown, bin: Bin): ExternalIdentifier[] | undefined {
  const list: ExternalIdentifier[] = ocdId ? [{ scheme: "ocd", identifier: ocdId }] : [];
  if (Array.isArray(input)) {
    input.forEach((item, i) => {
      const o = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
      const scheme = str(o.scheme);
      const identifier = o.identifier === undefined || o.identifier === null ? undefined : String(o.identifier).trim();
      const checked = ExternalIdentifierSchema.safeParse({
        scheme: "other",
        scope: scheme?.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100),
        identifier,
      });
      if (!scheme || !checked.success) {
        bin.add(`identifiers.${i}`, item, "is not an identifier with a scheme and an identifier");
        return;
      }
      if (list.length < 20 && !list.some((known) => identifierKey(known) === identifierKey(checked.data))) {
        list.push(checked.data);
      }
    });
  }
  return list.length > 0 ? list : undefined;
}

/** An optional date: kept when it is one, else quarantined and left out. */
function dateOr(value: unknown, path: string, bin: Bin): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const date = typeof value === "string" ? fromOcdDate(value) : null;
  if (date?.ok) return value as string;
  bin.add(path, value, "is not a date; write it as 2024-11-19, 2024-11 or 2024");
  return undefined;
}

function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.map((v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {})) : [];
}

function empty(kind: OcdScrapeKind, id: string, scrapeIds: string[], name: string): OcdScrapeRecords {
  return {
    kind,
    id,
    scrapeIds,
    name,
    bodies: [],
    people: [],
    measures: [],
    actions: [],
    voteEvents: [],
    meetings: [],
    sources: [],
    quarantined: [],
  };
}

/** Re-checks a record after adding what the plain OCD readers leave out (identifiers, sources). */
function withExtras<T extends { sourceIds: string[] }>(
  schema: z.ZodType<T>,
  record: T,
  identifiers: ExternalIdentifier[] | undefined,
  sources: Source[],
): Result<T> {
  return parseWith(schema, {
    ...record,
    ...(identifiers ? { identifiers } : {}),
    sourceIds: [...new Set([...record.sourceIds, ...sources.map((s) => s.id)])],
  });
}

/**
 * Reads one scraped OCD object of the given kind (by its file's name) into Legible records.
 * References are resolved against `known`; values that cannot be kept are quarantined and the
 * rest of the object is kept. Fails, with every reason, only when what is left is not a
 * record (a vote with no date or no organization on record, a bill with no title).
 */
export function fromOcdScrape(kind: OcdScrapeKind, input: unknown, known: OcdScrapeKnown): Result<OcdScrapeRecords> {
  const parsed = Loose.safeParse(input);
  if (!parsed.success) return fail([{ path: "", message: "must be a JSON object" }]);
  const o = parsed.data;
  const bin = new Bin();
  const ocdId = ocdIdOf(o);
  const scrapeIds = [...new Set([str(o._id), str(o.id)].filter((v): v is string => v !== undefined))];
  const identifiers = identifiersOf(ocdId, o.identifiers, bin);
  const done = (result: Result<OcdScrapeRecords>): Result<OcdScrapeRecords> =>
    result.ok ? ok({ ...result.value, quarantined: bin.list }) : result;

  switch (kind) {
    case "organization": {
      const name = str(o.name) ?? "";
      const classification = str(o.classification) ?? null;
      const jurisdictionId = resolve(o.jurisdiction_id, "jurisdiction", known, "jurisdiction_id", bin);
      const parentId = resolve(o.parent_id, "organization", known, "parent_id", bin);
      const id =
        ocdId ?? idFrom("ocd-organization", str(o.jurisdiction_id) ?? "", parentId ?? "", classification ?? "", name);
      const sources = sourcesOf(id, o.sources, "sources", bin);
      const body = fromOcdOrganization({
        id,
        name,
        classification,
        ...(parentId ? { parent_id: parentId } : {}),
        ...(jurisdictionId ? { jurisdiction_id: jurisdictionId } : {}),
      });
      if (!body.ok) return body;
      const checked = withExtras(BodySchema, body.value, identifiers, sources);
      if (!checked.ok) return checked;
      return done(ok({ ...empty(kind, id, scrapeIds, name), classification, bodies: [checked.value], sources }));
    }
    case "person": {
      const name = str(o.name) ?? "";
      const id = ocdId ?? idFrom("ocd-person", name);
      const image = str(o.image);
      const goodImage = image && WebUrlSchema.safeParse(image).success ? image : undefined;
      if (image && !goodImage) bin.add("image", image, "must be a web address starting with http:// or https://");
      const sources = sourcesOf(id, [...objects(o.sources), ...objects(o.links)], "sources", bin);
      const person = fromOcdPerson({
        id,
        name,
        ...(typeof o.given_name === "string" ? { given_name: o.given_name } : {}),
        ...(typeof o.family_name === "string" ? { family_name: o.family_name } : {}),
        ...(goodImage ? { image: goodImage } : {}),
      });
      if (!person.ok) return person;
      const checked = withExtras(PersonSchema, person.value, identifiers, sources);
      if (!checked.ok) return checked;
      return done(ok({ ...empty(kind, id, scrapeIds, name), people: [checked.value], sources }));
    }
    case "bill": {
      const session = str(o.legislative_session) ?? "";
      const identifier = str(o.identifier) ?? "";
      const fromOrganization = resolve(o.from_organization, "organization", known, "from_organization", bin);
      const ocdActions = objects(o.actions).flatMap((a, i) => {
        const path = `actions.${i}`;
        const date = dateOr(a.date, `${path}.date`, bin);
        if (date === undefined) {
          if (a.date === undefined || a.date === null || a.date === "") bin.add(`${path}.date`, "", "is required");
          return [];
        }
        const classification = (Array.isArray(a.classification) ? a.classification : []).filter((c, j) => {
          if (ActionClassificationSchema.safeParse(c).success) return true;
          bin.add(`${path}.classification.${j}`, c, "is not an action classification Legible knows");
          return false;
        });
        const organization = resolve(
          a.organization_id ?? a.organization,
          "organization",
          known,
          `${path}.organization_id`,
        );
        return [
          { description: str(a.description) ?? "", date, classification, ...(organization ? { organization } : {}) },
        ];
      });
      const bill = fromOcdBill({
        legislative_session: session,
        identifier,
        title: typeof o.title === "string" ? o.title : "",
        ...(fromOrganization ? { from_organization: fromOrganization } : {}),
        classification: Array.isArray(o.classification) ? o.classification.filter((c) => typeof c === "string") : [],
        subject: Array.isArray(o.subject) ? o.subject.filter((c) => typeof c === "string") : [],
        abstracts: objects(o.abstracts).filter((a) => typeof a.abstract === "string"),
        sponsorships: objects(o.sponsorships).map((s, i) => ({
          name: str(s.name) ?? "",
          primary: s.primary === true,
          person_id:
            s.entity_type === "organization"
              ? null
              : (resolve(s.person_id ?? s.entity_id, "person", known, `sponsorships.${i}.person_id`) ?? null),
          organization_id:
            s.entity_type === "person"
              ? null
              : (resolve(s.organization_id ?? s.entity_id, "organization", known, `sponsorships.${i}`) ?? null),
        })),
        actions: ocdActions,
        sources: [],
      });
      if (!bill.ok) return bill;
      const measureId = ocdId ?? bill.value.measure.id;
      const sources = sourcesOf(
        measureId,
        [...objects(o.sources), ...objects(o.versions).flatMap((v) => objects(v.links))],
        "sources",
        bin,
      );
      const measure = withExtras(MeasureSchema, { ...bill.value.measure, id: measureId }, identifiers, sources);
      if (!measure.ok) return measure;
      const actions = bill.value.actions.map((a) => ({
        ...a,
        id: a.id.replace(bill.value.measure.id, measureId),
        measureId,
      }));
      return done(
        ok({
          ...empty(kind, measureId, scrapeIds, identifier || measure.value.title),
          session: session || null,
          measures: [measure.value],
          actions,
          sources,
        }),
      );
    }
    case "vote_event": {
      const organization = resolve(o.organization, "organization", known, "organization", bin);
      const measureId = resolve(o.bill, "bill", known, "bill", bin);
      const start = typeof o.start_date === "string" ? o.start_date : "";
      const option = (value: unknown, path: string) => {
        if ((VOTE_OPTIONS as readonly unknown[]).includes(value)) return value as string;
        bin.add(path, value ?? "", `is not a vote option Legible knows (${VOTE_OPTIONS.join(", ")}); counted as other`);
        return "other";
      };
      const counts = new Map<string, number>();
      objects(o.counts).forEach((c, i) => {
        if (typeof c.value !== "number" || !Number.isInteger(c.value) || c.value < 0) {
          bin.add(`counts.${i}.value`, c.value ?? "", "must be a whole number, 0 or more");
          return;
        }
        const key = option(c.option, `counts.${i}.option`);
        counts.set(key, (counts.get(key) ?? 0) + c.value);
      });
      const votes = objects(o.votes).map((v, i) => {
        const voterId = resolve(v.voter_id, "person", known, `votes.${i}.voter_id`);
        return {
          option: option(v.option, `votes.${i}.option`),
          voter_name: str(v.voter_name) ?? "",
          ...(voterId ? { voter_id: voterId } : {}),
        };
      });
      const result = o.result === "pass" || o.result === "fail" ? o.result : undefined;
      if (o.result !== undefined && o.result !== null && result === undefined) {
        bin.add("result", o.result, "must be pass or fail; left out");
      }
      const vote = fromOcdVoteEvent({
        ...(ocdId ? { id: ocdId } : {}),
        identifier: str(o.identifier) ?? "",
        motion_text: typeof o.motion_text === "string" ? o.motion_text : "",
        motion_classification: Array.isArray(o.motion_classification)
          ? o.motion_classification.filter((c) => typeof c === "string")
          : [],
        start_date: start,
        ...(result ? { result } : {}),
        organization: organization ?? "",
        ...(measureId ? { bill: measureId } : {}),
        votes,
        counts: [...counts].map(([key, value]) => ({ option: key, value })),
      });
      if (!vote.ok) return vote;
      const sources = sourcesOf(vote.value.id, o.sources, "sources", bin);
      const checked = withExtras(VoteEventSchema, vote.value, identifiers, sources);
      if (!checked.ok) return checked;
      const name = checked.value.motionText;
      return done(ok({ ...empty(kind, checked.value.id, scrapeIds, name), voteEvents: [checked.value], sources }));
    }
    case "event": {
      const participants = objects(o.participants).flatMap((p, i) => {
        if ((p.entity_type ?? "organization") !== "organization") return [];
        const id = resolve(p.organization_id ?? p.id, "organization", known, `participants.${i}.organization_id`, bin);
        return id ? [{ entity_type: "organization", organization_id: id, note: str(p.note) ?? "" }] : [];
      });
      const links = (list: unknown, path: string) =>
        objects(list).flatMap((doc, i) => {
          const good = objects(doc.links).filter((link, j) => {
            const checked = WebUrlSchema.safeParse(link.url);
            if (!checked.success)
              bin.add(
                `${path}.${i}.links.${j}.url`,
                link.url ?? "",
                "must be a web address starting with http:// or https://",
              );
            return checked.success;
          });
          return good.length > 0
            ? [
                {
                  note: str(doc.note) ?? "",
                  classification: str(doc.classification) ?? null,
                  links: good.map((l) => ({ url: String(l.url), media_type: str(l.media_type) ?? "" })),
                },
              ]
            : [];
        });
      const event = fromOcdEvent({
        ...(ocdId ? { id: ocdId } : {}),
        name: typeof o.name === "string" ? o.name : "",
        start_date: typeof o.start_date === "string" ? o.start_date : "",
        ...(typeof o.end_date === "string" && o.end_date ? { end_date: o.end_date } : {}),
        ...(str(o.timezone) || known.timeZone ? { timezone: str(o.timezone) ?? known.timeZone } : {}),
        ...(["tentative", "confirmed", "cancelled", "passed"].includes(String(o.status)) ? { status: o.status } : {}),
        ...(typeof o.description === "string" ? { description: o.description } : {}),
        ...(o.location && typeof o.location === "object"
          ? { location: { name: str((o.location as Record<string, unknown>).name) ?? "" } }
          : {}),
        participants,
        agenda: objects(o.agenda).map((item, i) => ({
          description: str(item.description) ?? "(no description)",
          ...(typeof item.order === "string" || typeof item.order === "number" ? { order: item.order } : {}),
          notes: (Array.isArray(item.notes) ? item.notes : []).filter((n) => typeof n === "string"),
          related_entities: objects(item.related_entities).flatMap((e, j) => {
            const path = `agenda.${i}.related_entities.${j}`;
            if (e.entity_type === "bill") {
              const id = resolve(e.bill_id ?? e.entity_id ?? e.id, "bill", known, path);
              return id ? [{ entity_type: "bill", bill_id: id }] : [];
            }
            return [];
          }),
        })),
        documents: links(o.documents, "documents"),
        media: links(o.media, "media"),
        sources: [],
      });
      if (!event.ok) return event;
      const sources = sourcesOf(event.value.meeting.id, o.sources, "sources", bin);
      const meeting = {
        ...event.value.meeting,
        ...(identifiers ? { identifiers } : {}),
        sourceIds: sources.map((s) => s.id),
      };
      return done(ok({ ...empty(kind, meeting.id, scrapeIds, meeting.name), meetings: [meeting], sources }));
    }
  }
}
