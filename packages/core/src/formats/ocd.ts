import { z } from "zod";
import { toOcdDate } from "../partial-date.js";
import { fail, ok, parseWith, type Result } from "../result.js";
import { type Action, ActionClassificationSchema, ActionSchema } from "../schemas/action.js";
import { type Body, BodySchema } from "../schemas/body.js";
import type { ExternalIdentifier } from "../schemas/identifier.js";
import { InferenceSchema } from "../schemas/inference.js";
import { type Measure, type MeasureClassification, MeasureSchema } from "../schemas/measure.js";
import {
  MEETING_DOCUMENT_KINDS,
  MEETING_MEDIA_KINDS,
  type Meeting,
  MeetingSchema,
  type MeetingStatus,
  zonedInstant,
} from "../schemas/meeting.js";
import { type Person, PersonSchema } from "../schemas/people.js";
import { type Source, SourceSchema } from "../schemas/source.js";
import { type VoteEvent, VoteEventSchema, VoteOptionSchema } from "../schemas/vote-event.js";
import { all, defined, idFrom, isId, OcdDateSchema, prefixIssues } from "./shared.js";

// Open Civic Data JSON, as openstates-core's scrape schemas define it. Standard fields carry
// everything OCD can say; what it cannot (our ids, week dates, text sections, source kinds)
// rides in `extras.legible`, so our own exports round-trip exactly while plain OCD files from
// other tools still import. That includes which fields were worked out rather than reported
// (`inferred`, with the reasoning in both languages), on bills, their actions and votes.

const OCD_ID = /^ocd-(person|organization|bill|vote|event)\/[A-Za-z0-9-]+$/;

/**
 * An object's own OCD id (`ocd-bill/…`) as its identifier, so a later import of the same object
 * finds the record even when staff gave it another Legible id.
 */
function ocdIdentifiers(id: string | undefined): { identifiers?: ExternalIdentifier[] } {
  return id && OCD_ID.test(id) ? { identifiers: [{ scheme: "ocd", identifier: id }] } : {};
}

/** An OCD source link. */
export interface OcdSource {
  url: string;
  note?: string;
}

/** An OCD bill action. */
export interface OcdAction {
  organization: string | null;
  description: string;
  date: string;
  classification: string[];
  related_entities: unknown[];
}

/** An OCD bill sponsorship. */
export interface OcdSponsorship {
  name: string;
  classification: string;
  entity_type: "person" | "organization" | "";
  primary: boolean;
  person_id: string | null;
  organization_id: string | null;
}

/** An OCD related bill. */
export interface OcdRelatedBill {
  identifier: string;
  legislative_session: string;
  relation_type: "companion" | "prior-session" | "replaced-by" | "replaces" | "related";
}

/** An OCD bill (`bill` in openstates-core's scrape schemas). */
export interface OcdBill {
  legislative_session: string;
  identifier: string;
  title: string;
  from_organization: string | null;
  classification: string[];
  subject: string[];
  abstracts: Array<{ abstract: string; note?: string }>;
  sponsorships: OcdSponsorship[];
  related_bills: OcdRelatedBill[];
  actions: OcdAction[];
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

/** A measure with the actions and sources an OCD bill carries along. */
export interface MeasureRecord {
  measure: Measure;
  actions: Action[];
  sources: Source[];
}

const TO_OCD_CLASSIFICATION: Partial<Record<MeasureClassification, string>> = {
  ordinance: "ordinance",
  resolution: "resolution",
  motion: "motion",
  "charter-amendment": "constitutional amendment",
};

function fromOcdClassification(classes: readonly string[]): MeasureClassification {
  for (const c of classes) {
    const found = (Object.keys(TO_OCD_CLASSIFICATION) as MeasureClassification[]).find(
      (k) => TO_OCD_CLASSIFICATION[k] === c,
    );
    if (found) return found;
  }
  return "other";
}

function sourcesWithUrl(sources: readonly Source[], ids: readonly string[]): OcdSource[] {
  return ids.flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    return source?.url ? [{ url: source.url, note: source.title }] : [];
  });
}

/**
 * Writes a measure, its actions and sources as an OCD bill. A `null` identifier or session
 * becomes `""`, which OCD importers reject: set them before publishing to OCD. Week dates
 * degrade as {@link toOcdDate} explains, with the exact week kept in `extras`.
 */
export function toOcdBill(record: MeasureRecord): OcdBill {
  const { measure, actions, sources } = record;
  const classification = TO_OCD_CLASSIFICATION[measure.classification];
  return {
    legislative_session: measure.session ?? "",
    identifier: measure.identifier ?? "",
    title: measure.title,
    from_organization: measure.bodyId ?? null,
    classification: classification ? [classification] : [],
    subject: [...measure.subjects],
    abstracts: measure.abstract === undefined ? [] : [{ abstract: measure.abstract }],
    sponsorships: measure.sponsors.map((s) => ({
      name: s.name,
      classification: s.primary ? "primary" : "cosponsor",
      entity_type: s.personId ? "person" : s.bodyId ? "organization" : "",
      primary: s.primary,
      person_id: s.personId ?? null,
      organization_id: s.bodyId ?? null,
    })),
    related_bills: measure.relatedMeasures.flatMap((r) =>
      r.identifier === undefined
        ? []
        : [
            {
              identifier: r.identifier,
              legislative_session: "",
              relation_type: r.relation === "supersedes" ? ("replaces" as const) : ("related" as const),
            },
          ],
    ),
    actions: actions.map((a) => ({
      organization: a.actorBodyId ?? null,
      description: a.description,
      date: toOcdDate(a.date),
      classification: a.classification.filter((c) => c !== "effective" && c !== "publication"),
      related_entities: [],
    })),
    sources: sourcesWithUrl(sources, measure.sourceIds),
    extras: {
      legible: {
        measure: defined({
          id: measure.id,
          jurisdictionId: measure.jurisdictionId,
          session: measure.session === null ? null : undefined,
          classification: measure.classification,
          textSections: measure.textSections,
          relatedMeasures: measure.relatedMeasures,
          sourceIds: measure.sourceIds,
          inferred: measure.inferred,
          version: measure.version,
          updatedAt: measure.updatedAt,
        }),
        actions: actions.map((a) =>
          defined({
            id: a.id,
            date: a.date,
            classification: a.classification,
            actorPostId: a.actorPostId,
            order: a.order,
            sourceIds: a.sourceIds,
            inferred: a.inferred,
            version: a.version,
            updatedAt: a.updatedAt,
          }),
        ),
        sources,
      },
    },
  };
}

const SponsorshipInput = z.object({
  name: z.string(),
  primary: z.boolean().default(false),
  person_id: z.string().nullish(),
  organization_id: z.string().nullish(),
});

const OcdBillInput = z.object({
  id: z.string().optional(),
  legislative_session: z.string().default(""),
  identifier: z.string().default(""),
  title: z.string(),
  from_organization: z.string().nullish(),
  classification: z.array(z.string()).default([]),
  subject: z.array(z.string()).default([]),
  abstracts: z.array(z.object({ abstract: z.string() })).default([]),
  sponsorships: z.array(SponsorshipInput).default([]),
  related_bills: z
    .array(z.object({ identifier: z.string(), relation_type: z.string().default("related") }))
    .default([]),
  actions: z
    .array(
      z.object({
        organization: z.string().nullish(),
        description: z.string(),
        date: OcdDateSchema,
        classification: z.array(ActionClassificationSchema).default([]),
      }),
    )
    .default([]),
  sources: z.array(z.object({ url: z.string(), note: z.string().optional() })).default([]),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleBillExtras = z.object({
  measure: MeasureSchema.partial().default({}),
  actions: z.array(ActionSchema.partial()).default([]),
  sources: z.array(SourceSchema).optional(),
});

function legibleExtras<S extends z.ZodType>(
  schema: S,
  extras: Record<string, unknown>,
): Result<z.output<S> | undefined> {
  if (extras.legible === undefined) return ok(undefined);
  const parsed = parseWith(schema, extras.legible);
  return parsed.ok ? parsed : fail(prefixIssues(parsed.issues, "extras.legible"));
}

/**
 * Reads an OCD bill into a measure with its actions and sources. Bills written by
 * {@link toOcdBill} come back exactly; bills from other tools get deterministic ids built from
 * their session and identifier, and their sources are taken as official records (OCD sources
 * are the government pages the data was scraped from). Never throws: bad fields come back as
 * issues, unknown action classifications with the allowed list.
 */
export function fromOcdBill(input: unknown): Result<MeasureRecord> {
  const parsed = parseWith(OcdBillInput, input);
  if (!parsed.ok) return parsed;
  const bill = parsed.value;
  const extrasResult = legibleExtras(LegibleBillExtras, bill.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;

  const measureId =
    extras?.measure.id ??
    (bill.id && OCD_ID.test(bill.id)
      ? bill.id
      : idFrom("ocd-bill", bill.legislative_session, bill.identifier || bill.title));
  const sources: Source[] =
    extras?.sources ??
    bill.sources.map((s, i) => ({
      id: idFrom(measureId, "source", String(i + 1)),
      kind: "official-record",
      title: s.note || s.url,
      publisher: null,
      date: null,
      url: s.url,
    }));

  const measure = {
    id: measureId,
    ...defined({ jurisdictionId: extras?.measure.jurisdictionId }),
    ...(isId(bill.from_organization) ? { bodyId: bill.from_organization } : {}),
    ...(extras?.measure.session === null
      ? { session: null }
      : bill.legislative_session !== ""
        ? { session: bill.legislative_session }
        : {}),
    identifier: bill.identifier === "" ? null : bill.identifier,
    title: bill.title,
    classification: extras?.measure.classification ?? fromOcdClassification(bill.classification),
    ...defined({ abstract: bill.abstracts[0]?.abstract }),
    subjects: bill.subject,
    sponsors: bill.sponsorships.map((s) => ({
      name: s.name,
      ...(isId(s.person_id) ? { personId: s.person_id } : {}),
      ...(isId(s.organization_id) ? { bodyId: s.organization_id } : {}),
      primary: s.primary,
    })),
    textSections: extras?.measure.textSections ?? [],
    relatedMeasures:
      extras?.measure.relatedMeasures ??
      bill.related_bills.map((r) => ({
        relation: r.relation_type === "replaces" ? ("supersedes" as const) : ("related" as const),
        identifier: r.identifier,
      })),
    sourceIds: extras?.measure.sourceIds ?? sources.map((s) => s.id),
    ...(extras ? {} : ocdIdentifiers(bill.id)),
    ...defined({
      inferred: extras?.measure.inferred,
      version: extras?.measure.version,
      updatedAt: extras?.measure.updatedAt,
    }),
  };

  const actions = bill.actions.map((a, i) => {
    const extra = extras?.actions[i];
    return {
      id: extra?.id ?? idFrom(measureId, "action", String(i + 1)),
      measureId,
      date: extra?.date ?? a.date,
      description: a.description,
      classification: extra?.classification ?? a.classification,
      ...(isId(a.organization) ? { actorBodyId: a.organization } : {}),
      ...defined({
        actorPostId: extra?.actorPostId,
        order: extra?.order,
        inferred: extra?.inferred,
        version: extra?.version,
        updatedAt: extra?.updatedAt,
      }),
      sourceIds: extra?.sourceIds ?? [],
    };
  });

  const checkedMeasure = parseWith(MeasureSchema, measure);
  const checkedActions = all(actions.map((a, i) => ({ result: parseWith(ActionSchema, a), path: `actions.${i}` })));
  const checkedSources = all(sources.map((s, i) => ({ result: parseWith(SourceSchema, s), path: `sources.${i}` })));
  if (!checkedMeasure.ok || !checkedActions.ok || !checkedSources.ok) {
    return fail([
      ...(checkedMeasure.ok ? [] : checkedMeasure.issues),
      ...(checkedActions.ok ? [] : checkedActions.issues),
      ...(checkedSources.ok ? [] : checkedSources.issues),
    ]);
  }
  return ok({ measure: checkedMeasure.value, actions: checkedActions.value, sources: checkedSources.value });
}

/** An OCD vote event (`vote_event` in openstates-core's scrape schemas). */
export interface OcdVoteEvent {
  identifier: string;
  motion_text: string;
  motion_classification: string[];
  start_date: string;
  result?: "pass" | "fail";
  organization: string;
  legislative_session: string;
  bill: string | null;
  bill_action: string | null;
  votes: Array<{ option: string; voter_name: string; voter_id?: string }>;
  counts: Array<{ option: string; value: number }>;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

/**
 * Writes a vote event as an OCD vote event. Options missing from the counts stay missing
 * (unknown), and an unknown roll call is written as no votes plus a note in `extras`, since
 * OCD cannot tell "unknown" from "none". Pass `sources` to fill OCD's source links.
 */
export function toOcdVoteEvent(vote: VoteEvent, options: { sources?: readonly Source[] } = {}): OcdVoteEvent {
  return {
    identifier: "",
    motion_text: vote.motionText,
    motion_classification: [...(vote.motionClassification ?? [])],
    start_date: toOcdDate(vote.date),
    ...(vote.result === null ? {} : { result: vote.result }),
    organization: vote.bodyId,
    legislative_session: "",
    bill: vote.measureId,
    bill_action: vote.actionId ?? null,
    votes: (vote.rollCall ?? []).map((v) => ({
      option: v.option,
      voter_name: v.voterName,
      ...(v.personId === undefined ? {} : { voter_id: v.personId }),
    })),
    counts: Object.entries(vote.counts).map(([option, value]) => ({ option, value: value ?? 0 })),
    sources: sourcesWithUrl(options.sources ?? [], vote.sourceIds),
    extras: {
      legible: defined({
        id: vote.id,
        date: vote.date,
        rollCallKnown: vote.rollCall !== null,
        motionClassification: vote.motionClassification === undefined ? null : undefined,
        sourceIds: vote.sourceIds,
        inferred: vote.inferred,
        version: vote.version,
        updatedAt: vote.updatedAt,
      }),
    },
  };
}

const OcdVoteInput = z.object({
  id: z.string().optional(),
  identifier: z.string().default(""),
  motion_text: z.string(),
  motion_classification: z.array(z.string()).default([]),
  start_date: OcdDateSchema,
  result: z.enum(["pass", "fail"]).optional(),
  organization: z.string(),
  bill: z.string().nullish(),
  bill_action: z.string().nullish(),
  votes: z
    .array(z.object({ option: VoteOptionSchema, voter_name: z.string(), voter_id: z.string().nullish() }))
    .default([]),
  counts: z.array(z.object({ option: VoteOptionSchema, value: z.int().min(0) })).default([]),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleVoteExtras = z.object({
  id: z.string().optional(),
  date: z.string().optional(),
  rollCallKnown: z.boolean().optional(),
  motionClassification: z.null().optional(),
  sourceIds: z.array(z.string()).optional(),
  inferred: z.array(InferenceSchema).optional(),
  version: z.int().optional(),
  updatedAt: z.string().optional(),
});

/**
 * Reads an OCD vote event. Unknown vote options are rejected with the allowed list. A vote
 * with no individual votes and no note in `extras` is read as "roll call unknown".
 */
export function fromOcdVoteEvent(input: unknown): Result<VoteEvent> {
  const parsed = parseWith(OcdVoteInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const extrasResult = legibleExtras(LegibleVoteExtras, v.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;
  const rollCallKnown = extras?.rollCallKnown ?? v.votes.length > 0;
  const vote = {
    id: extras?.id ?? v.id ?? idFrom("ocd-vote", v.organization, v.start_date, v.identifier || v.motion_text),
    bodyId: v.organization,
    measureId: v.bill ?? null,
    ...(v.bill_action ? { actionId: v.bill_action } : {}),
    date: extras?.date ?? v.start_date,
    motionText: v.motion_text,
    ...(extras?.motionClassification === null ? {} : { motionClassification: v.motion_classification }),
    result: v.result ?? null,
    counts: Object.fromEntries(v.counts.map((c) => [c.option, c.value])),
    rollCall: rollCallKnown
      ? v.votes.map((x) => ({
          voterName: x.voter_name,
          option: x.option,
          ...(x.voter_id ? { personId: x.voter_id } : {}),
        }))
      : null,
    sourceIds: extras?.sourceIds ?? [],
    ...(extras ? {} : ocdIdentifiers(v.id)),
    ...defined({ inferred: extras?.inferred, version: extras?.version, updatedAt: extras?.updatedAt }),
  };
  return parseWith(VoteEventSchema, vote);
}

/** An OCD person. */
export interface OcdPerson {
  name: string;
  given_name?: string;
  family_name?: string;
  image?: string;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

/** Writes a person as an OCD person. */
export function toOcdPerson(person: Person, options: { sources?: readonly Source[] } = {}): OcdPerson {
  return {
    name: person.name,
    ...defined({ given_name: person.givenName, family_name: person.familyName, image: person.image }),
    sources: sourcesWithUrl(options.sources ?? [], person.sourceIds),
    extras: {
      legible: defined({
        id: person.id,
        sourceIds: person.sourceIds,
        version: person.version,
        updatedAt: person.updatedAt,
      }),
    },
  };
}

const OcdPersonInput = z.object({
  id: z.string().optional(),
  name: z.string(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  image: z.string().optional(),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleRecordExtras = z.object({
  id: z.string().optional(),
  sourceIds: z.array(z.string()).optional(),
  version: z.int().optional(),
  updatedAt: z.string().optional(),
});

/** Reads an OCD person. */
export function fromOcdPerson(input: unknown): Result<Person> {
  const parsed = parseWith(OcdPersonInput, input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  const extrasResult = legibleExtras(LegibleRecordExtras, p.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;
  return parseWith(PersonSchema, {
    id: extras?.id ?? p.id ?? idFrom("ocd-person", p.name),
    name: p.name,
    ...(extras ? {} : ocdIdentifiers(p.id)),
    ...defined({
      givenName: p.given_name || undefined,
      familyName: p.family_name || undefined,
      image: p.image || undefined,
      version: extras?.version,
      updatedAt: extras?.updatedAt,
    }),
    sourceIds: extras?.sourceIds ?? [],
  });
}

/** OCD organization classifications. */
export type OcdOrganizationClassification =
  | "legislature"
  | "executive"
  | "upper"
  | "lower"
  | "party"
  | "committee"
  | "government";

/** An OCD organization. */
export interface OcdOrganization {
  name: string;
  classification: OcdOrganizationClassification | null;
  parent_id: string | null;
  jurisdiction_id?: string;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

const TO_OCD_ORG: Record<Body["classification"], OcdOrganizationClassification | null> = {
  legislature: "legislature",
  committee: "committee",
  executive: "executive",
  party: "party",
  department: null,
  organization: null,
};

/**
 * Writes a body as an OCD organization. Departments and outside groups have no OCD
 * classification and are written as `null`; the voting rules ride in `extras`.
 */
export function toOcdOrganization(body: Body, options: { sources?: readonly Source[] } = {}): OcdOrganization {
  return {
    name: body.name,
    classification: TO_OCD_ORG[body.classification],
    parent_id: body.parentId ?? null,
    ...defined({ jurisdiction_id: body.jurisdictionId }),
    sources: sourcesWithUrl(options.sources ?? [], body.sourceIds),
    extras: {
      legible: defined({
        id: body.id,
        classification: body.classification,
        phrase: body.phrase,
        rules: body.rules,
        foundingDate: body.foundingDate,
        dissolutionDate: body.dissolutionDate,
        sourceIds: body.sourceIds,
        version: body.version,
        updatedAt: body.updatedAt,
      }),
    },
  };
}

const OcdOrganizationInput = z.object({
  id: z.string().optional(),
  name: z.string(),
  classification: z.string().nullish(),
  parent_id: z.string().nullish(),
  jurisdiction_id: z.string().optional(),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleBodyExtras = BodySchema.partial();

/** Reads an OCD organization as a body. Unknown OCD classifications (`upper`, `government`) become `organization` or `legislature`. */
export function fromOcdOrganization(input: unknown): Result<Body> {
  const parsed = parseWith(OcdOrganizationInput, input);
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  const extrasResult = legibleExtras(LegibleBodyExtras, o.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;
  const classification =
    o.classification === "upper" || o.classification === "lower"
      ? "legislature"
      : o.classification === "legislature" ||
          o.classification === "committee" ||
          o.classification === "executive" ||
          o.classification === "party"
        ? o.classification
        : "organization";
  return parseWith(BodySchema, {
    ...extras,
    id: extras?.id ?? o.id ?? idFrom("ocd-organization", o.name),
    name: o.name,
    ...(extras ? {} : ocdIdentifiers(o.id)),
    classification: extras?.classification ?? classification,
    ...(isId(o.parent_id) ? { parentId: o.parent_id } : {}),
    ...defined({ jurisdictionId: o.jurisdiction_id }),
    sourceIds: extras?.sourceIds ?? [],
  });
}

/** An OCD link to a document or a recording. */
export interface OcdEventLink {
  media_type: string;
  url: string;
  text: string;
}

/** An OCD event agenda item. */
export interface OcdAgendaItem {
  description: string;
  order: string;
  classification: string[];
  subjects: string[];
  notes: string[];
  media: unknown[];
  related_entities: Array<{
    entity_type: "bill" | "vote_event";
    name: string;
    note: string;
    bill_id?: string;
    vote_event_id?: string;
  }>;
  extras: Record<string, unknown>;
}

/** An OCD event (`event` in openstates-core's scrape schemas): a meeting. */
export interface OcdEvent {
  name: string;
  all_day: boolean;
  start_date: string;
  end_date: string;
  timezone: string;
  status: "tentative" | "confirmed" | "cancelled" | "passed";
  classification: string;
  description: string;
  location: { name: string; note: string; coordinates: null } | null;
  participants: Array<{ name: string; entity_type: "organization"; organization_id: string; note: string }>;
  agenda: OcdAgendaItem[];
  documents: Array<{ note: string; classification: string; date: string; links: OcdEventLink[] }>;
  media: Array<{ note: string; classification: string; date: string; links: OcdEventLink[] }>;
  sources: OcdSource[];
  extras: Record<string, unknown>;
}

// OCD says whether an event is tentative, confirmed, cancelled or passed. A postponed meeting
// will not take place at its time, so OCD reads it as cancelled; `extras.legible.status` keeps
// "postponed" for Legible.
const TO_OCD_STATUS: Record<MeetingStatus, OcdEvent["status"]> = {
  scheduled: "confirmed",
  postponed: "cancelled",
  cancelled: "cancelled",
  held: "passed",
};

const FROM_OCD_STATUS: Record<OcdEvent["status"], MeetingStatus> = {
  tentative: "scheduled",
  confirmed: "scheduled",
  cancelled: "cancelled",
  passed: "held",
};

function mediaTypeOf(url: string, kind: string): string {
  if (/\.pdf(?:$|[?#])/i.test(url)) return "application/pdf";
  if (kind === "video") return "video";
  if (kind === "audio") return "audio";
  return "text/html";
}

/**
 * Writes a meeting as an OCD event. The body is its host (a participant); the agenda's measures
 * and votes are its items' related entities (a bill, a vote event); what OCD cannot hold (the
 * item's actions, its printed number when it has none, a postponed status, the location's
 * address link, ids in other systems and provenance) rides in `extras.legible`. Pass `sources`
 * to fill OCD's source links.
 */
export function toOcdEvent(meeting: Meeting, options: { sources?: readonly Source[] } = {}): OcdEvent {
  return {
    name: meeting.name,
    all_day: false,
    start_date: meeting.start,
    end_date: meeting.end ?? "",
    timezone: meeting.timeZone,
    status: TO_OCD_STATUS[meeting.status],
    classification: "meeting",
    description: meeting.description ?? "",
    location: meeting.location
      ? { name: meeting.location.name, note: meeting.location.address ?? "", coordinates: null }
      : null,
    participants: [
      { name: meeting.bodyId, entity_type: "organization", organization_id: meeting.bodyId, note: "host" },
    ],
    agenda: meeting.agenda.map((item, i) => ({
      description: item.text,
      order: item.number ?? String(i + 1),
      classification: [],
      subjects: [],
      notes: [...item.notes],
      media: [],
      related_entities: [
        ...item.measureIds.map((id) => ({
          entity_type: "bill" as const,
          name: id,
          note: "consideration",
          bill_id: id,
        })),
        ...item.voteIds.map((id) => ({
          entity_type: "vote_event" as const,
          name: id,
          note: "result",
          vote_event_id: id,
        })),
      ],
      extras: {},
    })),
    documents: meeting.documents.map((doc) => ({
      note: doc.title,
      classification: doc.kind,
      date: "",
      links: [{ media_type: mediaTypeOf(doc.url, doc.kind), url: doc.url, text: "" }],
    })),
    media: meeting.media.map((item) => ({
      note: item.title,
      classification: item.kind,
      date: "",
      links: [{ media_type: mediaTypeOf(item.url, item.kind), url: item.url, text: "" }],
    })),
    sources: sourcesWithUrl(options.sources ?? [], meeting.sourceIds),
    extras: {
      legible: defined({
        id: meeting.id,
        bodyId: meeting.bodyId,
        jurisdictionId: meeting.jurisdictionId,
        status: meeting.status === "postponed" ? meeting.status : undefined,
        locationUrl: meeting.location?.url,
        agenda: meeting.agenda.map((item) => ({ number: item.number ?? null, actionIds: item.actionIds })),
        sourceIds: meeting.sourceIds,
        identifiers: meeting.identifiers,
        provenance: meeting.provenance,
        version: meeting.version,
        updatedAt: meeting.updatedAt,
      }),
    },
  };
}

const OcdLinkInput = z.object({ url: z.string(), media_type: z.string().default("") });

const OcdEventInput = z.object({
  id: z.string().optional(),
  name: z.string(),
  start_date: z.string(),
  end_date: z.string().nullish(),
  timezone: z.string().optional(),
  status: z.enum(["tentative", "confirmed", "cancelled", "passed"]).default("confirmed"),
  description: z.string().nullish(),
  location: z.object({ name: z.string().default(""), note: z.string().nullish() }).nullish(),
  participants: z
    .array(
      z.object({
        entity_type: z.string().optional(),
        organization_id: z.string().nullish(),
        id: z.string().nullish(),
        note: z.string().nullish(),
      }),
    )
    .default([]),
  agenda: z
    .array(
      z.object({
        description: z.string(),
        order: z.union([z.string(), z.number()]).nullish(),
        notes: z.array(z.string()).default([]),
        related_entities: z
          .array(
            z.object({
              entity_type: z.string().default(""),
              bill_id: z.string().nullish(),
              vote_event_id: z.string().nullish(),
              id: z.string().nullish(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  documents: z
    .array(
      z.object({
        note: z.string().default(""),
        classification: z.string().nullish(),
        links: z.array(OcdLinkInput).default([]),
        url: z.string().optional(),
      }),
    )
    .default([]),
  media: z
    .array(
      z.object({
        note: z.string().default(""),
        classification: z.string().nullish(),
        links: z.array(OcdLinkInput).default([]),
      }),
    )
    .default([]),
  sources: z.array(z.object({ url: z.string(), note: z.string().optional() })).default([]),
  extras: z.record(z.string(), z.unknown()).default({}),
});

const LegibleEventExtras = z.object({
  id: z.string().optional(),
  bodyId: z.string().optional(),
  jurisdictionId: z.string().optional(),
  status: z.literal("postponed").optional(),
  locationUrl: z.string().optional(),
  agenda: z.array(z.object({ number: z.string().nullable(), actionIds: z.array(z.string()) })).optional(),
  sourceIds: z.array(z.string()).optional(),
  identifiers: z.array(z.unknown()).optional(),
  provenance: z.unknown().optional(),
  version: z.int().optional(),
  updatedAt: z.string().optional(),
});

/** A meeting with the sources a plain OCD event's links become. */
export interface MeetingRecord {
  meeting: Meeting;
  sources: Source[];
}

/** An OCD start or end: with an offset as it is, or a local time read in the event's zone. */
function eventInstant(value: string, zone: string | undefined): string {
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  return (zone && zonedInstant(value, zone)) || value;
}

const documentKind = (value: string | null | undefined): Meeting["documents"][number]["kind"] => {
  const lower = (value ?? "").toLowerCase();
  return MEETING_DOCUMENT_KINDS.find((kind) => lower.includes(kind)) ?? "other";
};

const mediaKind = (value: string | null | undefined, mediaType: string): Meeting["media"][number]["kind"] => {
  const lower = `${value ?? ""} ${mediaType}`.toLowerCase();
  return MEETING_MEDIA_KINDS.find((kind) => lower.includes(kind)) ?? "video";
};

/**
 * Reads an OCD event as a meeting. Events written by {@link toOcdEvent} come back exactly; events
 * from other tools take their host organization (or first organization) as the body, a local
 * start without an offset in the event's `timezone`, bills and vote events among each item's
 * related entities as its measures and votes, and their source links as official records.
 * Never throws: bad fields come back as issues.
 */
export function fromOcdEvent(input: unknown): Result<MeetingRecord> {
  const parsed = parseWith(OcdEventInput, input);
  if (!parsed.ok) return parsed;
  const e = parsed.value;
  const extrasResult = legibleExtras(LegibleEventExtras, e.extras);
  if (!extrasResult.ok) return extrasResult;
  const extras = extrasResult.value;

  const organizations = e.participants.filter((p) => (p.entity_type ?? "organization") === "organization");
  const host = organizations.find((p) => p.note === "host") ?? organizations[0];
  const bodyId = extras?.bodyId ?? host?.organization_id ?? host?.id ?? "";
  const zone = e.timezone ?? "";
  const start = eventInstant(e.start_date, zone);
  const id = extras?.id ?? e.id ?? idFrom("ocd-event", bodyId, start, e.name);
  const sources: Source[] = extras
    ? []
    : e.sources.map((s, i) => ({
        id: idFrom(id, "source", String(i + 1)),
        kind: "official-record",
        title: s.note || s.url,
        publisher: null,
        date: null,
        url: s.url,
      }));

  const link = (links: ReadonlyArray<{ url: string }>, url?: string) => links[0]?.url ?? url ?? "";
  const meeting = {
    id,
    bodyId,
    ...defined({ jurisdictionId: extras?.jurisdictionId }),
    name: e.name,
    start,
    ...(e.end_date ? { end: eventInstant(e.end_date, zone) } : {}),
    timeZone: zone,
    status: extras?.status ?? FROM_OCD_STATUS[e.status],
    ...(e.location?.name
      ? {
          location: {
            name: e.location.name,
            ...defined({ address: e.location.note || undefined, url: extras?.locationUrl }),
          },
        }
      : {}),
    ...(e.description ? { description: e.description } : {}),
    agenda: e.agenda.map((item, i) => {
      const extra = extras?.agenda?.[i];
      const order = item.order === null || item.order === undefined ? "" : String(item.order);
      const number = extra ? extra.number : order || null;
      const idOf = (entity: { bill_id?: string | null; vote_event_id?: string | null; id?: string | null }) =>
        entity.bill_id ?? entity.vote_event_id ?? entity.id;
      return {
        ...(number === null ? {} : { number }),
        text: item.description,
        measureIds: item.related_entities
          .filter((entity) => entity.entity_type === "bill")
          .map(idOf)
          .filter(isId),
        notes: item.notes,
        actionIds: extra?.actionIds ?? [],
        voteIds: item.related_entities
          .filter((entity) => entity.entity_type === "vote_event")
          .map(idOf)
          .filter(isId),
      };
    }),
    documents: e.documents.map((doc) => {
      const url = link(doc.links, doc.url);
      return { kind: documentKind(doc.classification ?? doc.note), title: doc.note || url, url };
    }),
    media: e.media.map((item) => {
      const url = link(item.links);
      return { kind: mediaKind(item.classification, item.links[0]?.media_type ?? ""), title: item.note || url, url };
    }),
    sourceIds: extras?.sourceIds ?? sources.map((s) => s.id),
    ...defined({
      identifiers: extras ? extras.identifiers : ocdIdentifiers(e.id).identifiers,
      provenance: extras?.provenance,
      version: extras?.version,
      updatedAt: extras?.updatedAt,
    }),
  };

  const checkedMeeting = parseWith(MeetingSchema, meeting);
  const checkedSources = all(sources.map((s, i) => ({ result: parseWith(SourceSchema, s), path: `sources.${i}` })));
  if (!checkedMeeting.ok || !checkedSources.ok) {
    return fail([
      ...(checkedMeeting.ok ? [] : checkedMeeting.issues),
      ...(checkedSources.ok ? [] : checkedSources.issues),
    ]);
  }
  return ok({ meeting: checkedMeeting.value, sources: checkedSources.value });
}
