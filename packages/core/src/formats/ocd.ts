import { z } from "zod";
import { toOcdDate } from "../partial-date.js";
import { fail, ok, parseWith, type Result } from "../result.js";
import { type Action, ActionClassificationSchema, ActionSchema } from "../schemas/action.js";
import { type Body, BodySchema } from "../schemas/body.js";
import { InferenceSchema } from "../schemas/inference.js";
import { type Measure, type MeasureClassification, MeasureSchema } from "../schemas/measure.js";
import { type Person, PersonSchema } from "../schemas/people.js";
import { type Source, SourceSchema } from "../schemas/source.js";
import { type VoteEvent, VoteEventSchema, VoteOptionSchema } from "../schemas/vote-event.js";
import { all, defined, idFrom, isId, OcdDateSchema, prefixIssues } from "./shared.js";

// Open Civic Data JSON, as openstates-core's scrape schemas define it. Standard fields carry
// everything OCD can say; what it cannot (our ids, week dates, text sections, source kinds)
// rides in `extras.legible`, so our own exports round-trip exactly while plain OCD files from
// other tools still import. That includes which fields were worked out rather than reported
// (`inferred`, with the reasoning in both languages), on bills, their actions and votes.

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

  const measureId = extras?.measure.id ?? idFrom("ocd-bill", bill.legislative_session, bill.identifier || bill.title);
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
    classification: extras?.classification ?? classification,
    ...(isId(o.parent_id) ? { parentId: o.parent_id } : {}),
    ...defined({ jurisdictionId: o.jurisdiction_id }),
    sourceIds: extras?.sourceIds ?? [],
  });
}
