import { z } from "zod";
import { fail, ok, parseWith, type Result } from "../../result.js";
import {
  MEETING_DOCUMENT_KINDS,
  MEETING_MEDIA_KINDS,
  type Meeting,
  MeetingSchema,
  type MeetingStatus,
  zonedInstant,
} from "../../schemas/meeting.js";
import { type Source, SourceSchema } from "../../schemas/source.js";
import { all, defined, idFrom, isId } from "../shared.js";
import { legibleExtras, type OcdSource, ocdIdentifiers, sourcesWithUrl } from "./common.js";

// An OCD event: a meeting with its agenda, documents and recordings.

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
