import { z } from "zod";
import { compareDates, toOcdDate } from "../../partial-date.js";
import { fail, ok, parseWith, type Result } from "../../result.js";
import { type Action, ActionClassificationSchema, ActionSchema } from "../../schemas/action.js";
import { type Measure, type MeasureClassification, MeasureSchema } from "../../schemas/measure.js";
import { type Source, SourceSchema } from "../../schemas/source.js";
import { all, defined, idFrom, isId, OcdDateSchema } from "../shared.js";
import { legibleExtras, OCD_ID, type OcdSource, ocdIdentifiers, sourcesWithUrl } from "./common.js";

// An OCD bill: a measure with its actions, sponsors, related bills and sources.

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

/** A measure's actions in the order they happened: by date, then `order` on one date, then id. */
function inOrderTaken(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) =>
      compareDates(a.date, b.date) || (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Writes a measure, its actions and sources as an OCD bill, the actions in the order they
 * happened, whatever order they are given in. A `null` identifier or session becomes `""`, which
 * OCD importers reject: set them before publishing to OCD. Week dates degrade as
 * {@link toOcdDate} explains, with the exact week kept in `extras`.
 */
export function toOcdBill(record: MeasureRecord): OcdBill {
  const { measure, sources } = record;
  const actions = inOrderTaken(record.actions);
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
