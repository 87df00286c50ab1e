import { z } from "zod";
import { datePrecision, type PartialDate, toOcdDate } from "../partial-date.js";
import { fail, type Issue, parseWith, type Result } from "../result.js";
import { type Body, BodySchema } from "../schemas/body.js";
import { type Meeting, MeetingSchema } from "../schemas/meeting.js";
import {
  type Membership,
  MembershipSchema,
  type Person,
  PersonSchema,
  type Post,
  PostSchema,
} from "../schemas/people.js";
import { type VoteEvent, VoteEventSchema, VoteOptionSchema } from "../schemas/vote-event.js";
import { all, defined, OcdDateSchema } from "./shared.js";

// Popolo JSON (popoloproject.com). Popolo has ids, so records map field to field; what it
// cannot hold (week dates, "current" terms, voting rules, links to measures, fields worked out
// rather than reported) travels in a `legible` property on each object, which Popolo consumers
// ignore.

/** Fields Popolo cannot hold, kept so Legible's own exports round-trip exactly. */
export type PopoloExtras = Record<string, unknown>;

/** A Popolo Person. */
export interface PopoloPerson {
  id: string;
  name: string;
  given_name?: string;
  family_name?: string;
  image?: string;
  legible?: PopoloExtras;
}

/** A Popolo Organization. */
export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  parent_id?: string;
  founding_date?: string;
  dissolution_date?: string;
  legible?: PopoloExtras;
}

/** A Popolo Post. */
export interface PopoloPost {
  id: string;
  label: string;
  role?: string;
  organization_id: string;
  start_date?: string;
  end_date?: string;
  legible?: PopoloExtras;
}

/** A Popolo Membership. */
export interface PopoloMembership {
  id: string;
  person_id: string;
  organization_id?: string;
  post_id?: string;
  role?: string;
  start_date?: string;
  end_date?: string;
  legible?: PopoloExtras;
}

/** A Popolo Motion. */
export interface PopoloMotion {
  id: string;
  organization_id: string;
  text: string;
  date: string;
  result?: string;
  legible?: PopoloExtras;
}

/** A Popolo Count: how many voted one way. */
export interface PopoloCount {
  option: string;
  value: number;
}

/** A Popolo Vote: one voter's vote. */
export interface PopoloVote {
  voter_id?: string;
  voter: { name: string };
  option: string;
}

/** A Popolo VoteEvent. */
export interface PopoloVoteEvent {
  id: string;
  motion_id: string;
  organization_id: string;
  start_date: string;
  result?: string;
  counts: PopoloCount[];
  votes: PopoloVote[];
  legible?: PopoloExtras;
}

/** A Popolo Event: a meeting of an organization. */
export interface PopoloEvent {
  id: string;
  name: string;
  classification: "meeting";
  organization_id: string;
  start_date: string;
  end_date?: string;
  status: string;
  location?: string;
  description?: string;
  legible?: PopoloExtras;
}

/** A Popolo export: the collections a Popolo file holds (`events` when meetings were given). */
export interface PopoloExport {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  motions: PopoloMotion[];
  vote_events: PopoloVoteEvent[];
  events?: PopoloEvent[];
}

/** Legible records that map to Popolo. */
export interface PopoloRecords {
  people: Person[];
  bodies: Body[];
  posts: Post[];
  memberships: Membership[];
  votes: VoteEvent[];
  /** Present when the file has `events`. */
  meetings?: Meeting[];
}

/** Keeps week dates, which Popolo cannot hold, under their field name. */
function weeks(dates: Record<string, PartialDate | null | undefined>): Record<string, PartialDate> | undefined {
  const kept = Object.fromEntries(
    Object.entries(dates).filter(
      (entry): entry is [string, PartialDate] => entry[1] != null && datePrecision(entry[1]) === "week",
    ),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function popoloDate(date: PartialDate | null | undefined): string | undefined {
  return date == null ? undefined : toOcdDate(date);
}

function extras(values: Record<string, unknown>): { legible?: PopoloExtras } {
  const kept = defined(values);
  return Object.keys(kept).length > 0 ? { legible: kept } : {};
}

/**
 * Writes Legible records as a Popolo export. Each vote event becomes a Popolo Motion (the
 * question put) and a VoteEvent (the vote on it), linked by `motion_id`. Each meeting becomes a
 * Popolo Event, its zone, place, agenda, documents and media under `legible`.
 */
export function toPopolo(records: Partial<PopoloRecords>): PopoloExport {
  return {
    ...(records.meetings
      ? {
          events: records.meetings.map(
            (m): PopoloEvent => ({
              id: m.id,
              name: m.name,
              classification: "meeting",
              organization_id: m.bodyId,
              start_date: m.start,
              ...defined({ end_date: m.end, location: m.location?.name, description: m.description }),
              status: m.status,
              ...extras({
                jurisdictionId: m.jurisdictionId,
                timeZone: m.timeZone,
                location: m.location,
                agenda: m.agenda,
                documents: m.documents,
                media: m.media,
                sourceIds: m.sourceIds,
                identifiers: m.identifiers,
                provenance: m.provenance,
                version: m.version,
                updatedAt: m.updatedAt,
              }),
            }),
          ),
        }
      : {}),
    persons: (records.people ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      ...defined({ given_name: p.givenName, family_name: p.familyName, image: p.image }),
      ...extras({ sourceIds: p.sourceIds, version: p.version, updatedAt: p.updatedAt }),
    })),
    organizations: (records.bodies ?? []).map((b) => ({
      id: b.id,
      name: b.name,
      classification: b.classification,
      ...defined({
        parent_id: b.parentId,
        founding_date: popoloDate(b.foundingDate),
        dissolution_date: popoloDate(b.dissolutionDate),
      }),
      ...extras({
        jurisdictionId: b.jurisdictionId,
        phrase: b.phrase,
        rules: b.rules,
        dates: weeks({ foundingDate: b.foundingDate, dissolutionDate: b.dissolutionDate }),
        sourceIds: b.sourceIds,
        version: b.version,
        updatedAt: b.updatedAt,
      }),
    })),
    posts: (records.posts ?? []).map((p) => ({
      id: p.id,
      label: p.label,
      organization_id: p.bodyId,
      ...defined({ role: p.role, start_date: popoloDate(p.startDate), end_date: popoloDate(p.endDate) }),
      ...extras({
        dates: weeks({ startDate: p.startDate, endDate: p.endDate }),
        version: p.version,
        updatedAt: p.updatedAt,
      }),
    })),
    memberships: (records.memberships ?? []).map((m) => ({
      id: m.id,
      person_id: m.personId,
      ...defined({
        organization_id: m.bodyId,
        post_id: m.postId,
        role: m.role,
        start_date: popoloDate(m.startDate),
        end_date: popoloDate(m.endDate),
      }),
      ...extras({
        current: m.current,
        dates: weeks({ startDate: m.startDate, endDate: m.endDate }),
        sourceIds: m.sourceIds,
        inferred: m.inferred,
        version: m.version,
        updatedAt: m.updatedAt,
      }),
    })),
    motions: (records.votes ?? []).map((v) => ({
      id: `${v.id}:motion`,
      organization_id: v.bodyId,
      text: v.motionText,
      date: toOcdDate(v.date),
      ...defined({ result: v.result ?? undefined }),
    })),
    vote_events: (records.votes ?? []).map((v) => ({
      id: v.id,
      motion_id: `${v.id}:motion`,
      organization_id: v.bodyId,
      start_date: toOcdDate(v.date),
      ...defined({ result: v.result ?? undefined }),
      counts: Object.entries(v.counts).map(([option, value]) => ({ option, value: value ?? 0 })),
      votes: (v.rollCall ?? []).map((r) => ({
        ...defined({ voter_id: r.personId }),
        voter: { name: r.voterName },
        option: r.option,
      })),
      ...extras({
        measureId: v.measureId,
        actionId: v.actionId,
        date: weeks({ date: v.date })?.date,
        motionClassification: v.motionClassification,
        rollCallKnown: v.rollCall !== null,
        sourceIds: v.sourceIds,
        inferred: v.inferred,
        version: v.version,
        updatedAt: v.updatedAt,
      }),
    })),
  };
}

const legible = z.record(z.string(), z.unknown()).default({});
const optionalDate = OcdDateSchema.optional();

const PopoloInput = z.object({
  events: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        organization_id: z.string().optional(),
        start_date: z.string(),
        end_date: z.string().optional(),
        status: z.string().optional(),
        location: z.string().optional(),
        description: z.string().optional(),
        legible,
      }),
    )
    .optional(),
  persons: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        given_name: z.string().optional(),
        family_name: z.string().optional(),
        image: z.string().optional(),
        legible,
      }),
    )
    .default([]),
  organizations: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        classification: z.string().optional(),
        parent_id: z.string().optional(),
        founding_date: optionalDate,
        dissolution_date: optionalDate,
        legible,
      }),
    )
    .default([]),
  posts: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        role: z.string().optional(),
        organization_id: z.string(),
        start_date: optionalDate,
        end_date: optionalDate,
        legible,
      }),
    )
    .default([]),
  memberships: z
    .array(
      z.object({
        id: z.string(),
        person_id: z.string(),
        organization_id: z.string().optional(),
        post_id: z.string().optional(),
        role: z.string().optional(),
        start_date: optionalDate,
        end_date: optionalDate,
        legible,
      }),
    )
    .default([]),
  motions: z.array(z.object({ id: z.string(), text: z.string() })).default([]),
  vote_events: z
    .array(
      z.object({
        id: z.string(),
        motion_id: z.string().optional(),
        organization_id: z.string(),
        start_date: OcdDateSchema,
        result: z.string().optional(),
        counts: z.array(z.object({ option: VoteOptionSchema, value: z.int().min(0) })).default([]),
        votes: z
          .array(
            z.object({
              voter_id: z.string().optional(),
              voter: z.object({ name: z.string() }).optional(),
              option: VoteOptionSchema,
            }),
          )
          .default([]),
        legible,
      }),
    )
    .default([]),
});

function dateFrom(extra: Record<string, unknown>, key: string, fallback: string | undefined): unknown {
  const dates = extra.dates;
  if (dates && typeof dates === "object" && key in dates) return (dates as Record<string, unknown>)[key];
  return fallback;
}

const BODY_CLASSES = new Set(["legislature", "committee", "executive", "department", "party", "organization"]);

/**
 * Reads a Popolo export into Legible records. Each object is validated; bad fields come back
 * as issues with their place in the file (`vote_events.0.counts.1.option`). Popolo votes
 * with options outside OCD's list are rejected, naming the allowed options.
 */
export function fromPopolo(input: unknown): Result<PopoloRecords> {
  const parsed = parseWith(PopoloInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const motionText = new Map(data.motions.map((m) => [m.id, m.text]));

  const people = all(
    data.persons.map((p, i) => ({
      path: `persons.${i}`,
      result: parseWith(PersonSchema, {
        id: p.id,
        name: p.name,
        ...defined({ givenName: p.given_name, familyName: p.family_name, image: p.image }),
        sourceIds: [],
        ...p.legible,
      }),
    })),
  );
  const bodies = all(
    data.organizations.map((o, i) => ({
      path: `organizations.${i}`,
      result: parseWith(BodySchema, {
        id: o.id,
        name: o.name,
        classification: o.classification && BODY_CLASSES.has(o.classification) ? o.classification : "organization",
        ...defined({
          parentId: o.parent_id,
          foundingDate: dateFrom(o.legible, "foundingDate", o.founding_date),
          dissolutionDate: dateFrom(o.legible, "dissolutionDate", o.dissolution_date),
        }),
        sourceIds: [],
        ...withoutDates(o.legible),
      }),
    })),
  );
  const posts = all(
    data.posts.map((p, i) => ({
      path: `posts.${i}`,
      result: parseWith(PostSchema, {
        id: p.id,
        label: p.label,
        bodyId: p.organization_id,
        ...defined({
          role: p.role,
          startDate: dateFrom(p.legible, "startDate", p.start_date),
          endDate: dateFrom(p.legible, "endDate", p.end_date),
        }),
        ...withoutDates(p.legible),
      }),
    })),
  );
  const memberships = all(
    data.memberships.map((m, i) => ({
      path: `memberships.${i}`,
      result: parseWith(MembershipSchema, {
        id: m.id,
        personId: m.person_id,
        ...defined({ bodyId: m.organization_id, postId: m.post_id, role: m.role }),
        startDate: dateFrom(m.legible, "startDate", m.start_date) ?? null,
        endDate: dateFrom(m.legible, "endDate", m.end_date) ?? null,
        sourceIds: [],
        ...withoutDates(m.legible),
      }),
    })),
  );
  const votes = all(
    data.vote_events.map((v, i) => {
      const { rollCallKnown, date, ...rest } = v.legible;
      const known = typeof rollCallKnown === "boolean" ? rollCallKnown : v.votes.length > 0;
      return {
        path: `vote_events.${i}`,
        result: parseWith(VoteEventSchema, {
          id: v.id,
          bodyId: v.organization_id,
          measureId: null,
          date: date ?? v.start_date,
          motionText: (v.motion_id && motionText.get(v.motion_id)) || v.id,
          result: v.result === "pass" || v.result === "fail" ? v.result : null,
          counts: Object.fromEntries(v.counts.map((c) => [c.option, c.value])),
          rollCall: known
            ? v.votes.map((x) => ({
                voterName: x.voter?.name ?? x.voter_id ?? "",
                option: x.option,
                ...defined({ personId: x.voter_id }),
              }))
            : null,
          sourceIds: [],
          ...rest,
        }),
      };
    }),
  );

  // Legible's own statuses come back as they are; Popolo's free words become the nearest one.
  const statusOf = (status: string | undefined) =>
    status === "cancelled" || status === "postponed" || status === "held" ? status : "scheduled";
  const meetings = all(
    (data.events ?? []).map((e, i) => ({
      path: `events.${i}`,
      result: parseWith(MeetingSchema, {
        id: e.id,
        bodyId: e.organization_id ?? "",
        name: e.name,
        start: e.start_date,
        ...defined({ end: e.end_date, description: e.description }),
        ...(e.location ? { location: { name: e.location } } : {}),
        status: statusOf(e.status),
        timeZone: "UTC",
        agenda: [],
        documents: [],
        media: [],
        sourceIds: [],
        ...e.legible,
      }),
    })),
  );

  const issues: Issue[] = [people, bodies, posts, memberships, votes, meetings].flatMap((r) => (r.ok ? [] : r.issues));
  if (!people.ok || !bodies.ok || !posts.ok || !memberships.ok || !votes.ok || !meetings.ok) return fail(issues);
  return {
    ok: true,
    value: {
      people: people.value,
      bodies: bodies.value,
      posts: posts.value,
      memberships: memberships.value,
      votes: votes.value,
      ...(data.events ? { meetings: meetings.value } : {}),
    },
  };
}

function withoutDates(extra: Record<string, unknown>): Record<string, unknown> {
  const { dates: _dates, ...rest } = extra;
  return rest;
}
