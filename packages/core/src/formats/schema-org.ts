import { z } from "zod";
import { toOcdDate } from "../partial-date.js";
import { parseWith, type Result } from "../result.js";
import { type Inference, InferenceSchema } from "../schemas/inference.js";
import type { Jurisdiction } from "../schemas/jurisdiction.js";
import { MEASURE_RELATIONS, type Measure, type MeasureRelation, MeasureSchema } from "../schemas/measure.js";
import type { StageInfo } from "../stage.js";
import { defined } from "./shared.js";

// schema.org Legislation as JSON-LD, for search engines and linked-data tools. Standard
// properties carry almost everything; the few with no schema.org home (session, the primary
// sponsor, source ids, fields worked out rather than reported) use a `legible:` prefix bound to a URN, so they expand to IRIs that
// claim no web address.

/** The JSON-LD context Legible writes. */
export const SCHEMA_ORG_CONTEXT = ["https://schema.org", { legible: "urn:legible:" }] as const;

/** A reference to another piece of legislation. */
export interface SchemaOrgLegislationRef {
  "@type": "Legislation";
  /** Place in the measure's list of related measures, which spans several properties. */
  position: number;
  identifier?: string;
  legislationIdentifier?: string;
  name?: string;
}

/** A sponsor: a person or an organization. */
export interface SchemaOrgSponsor {
  "@type": "Person" | "Organization";
  name: string;
  identifier?: string;
  "legible:primary": boolean;
}

/** A schema.org `Legislation` object as JSON-LD. */
export interface SchemaOrgLegislation {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "Legislation";
  identifier: string;
  name: string;
  legislationType: string;
  legislationIdentifier?: string;
  abstract?: string;
  keywords: string[];
  legislationJurisdiction?: { "@type": "AdministrativeArea"; identifier: string; name?: string };
  legislationResponsible?: { "@type": "Organization"; identifier: string };
  sponsor: SchemaOrgSponsor[];
  hasPart: Array<{
    "@type": "Legislation";
    position: number;
    text: string;
    name?: string;
    legislationIdentifier?: string;
  }>;
  legislationAmends?: SchemaOrgLegislationRef[];
  legislationChanges?: SchemaOrgLegislationRef[];
  isBasedOn?: SchemaOrgLegislationRef[];
  citation?: SchemaOrgLegislationRef[];
  legislationLegalForce?: "InForce" | "NotInForce";
  legislationDate?: string;
  version?: number;
  dateModified?: string;
  url?: string;
  "legible:session"?: string | null;
  "legible:sourceIds": string[];
  /** Fields worked out rather than reported, with the reasoning in English and Spanish. */
  "legible:inferred"?: Inference[];
}

// Each relation goes to one property, so reading back is unambiguous: amends → the amended
// law; supersedes → legislationChanges (which covers replacement); codifies → isBasedOn (the
// ordinance is based on the directive it codifies); related → citation.
const RELATION_PROPERTY = {
  amends: "legislationAmends",
  supersedes: "legislationChanges",
  codifies: "isBasedOn",
  related: "citation",
} as const satisfies Record<MeasureRelation, keyof SchemaOrgLegislation>;

/** Extra context for {@link toSchemaOrgLegislation}. */
export interface SchemaOrgOptions {
  jurisdiction?: Pick<Jurisdiction, "id" | "name">;
  /** The measure's stage, to state legal force and the date it became law. */
  stage?: Pick<StageInfo, "stage" | "since">;
  /** The page the JSON-LD describes. */
  url?: string;
}

/**
 * Writes a measure as schema.org `Legislation` JSON-LD. With `stage`, a measure in effect is
 * `InForce`, one that became law but is not yet in effect (or failed) is `NotInForce`, and
 * `legislationDate` is the date it became law, at OCD precision.
 */
export function toSchemaOrgLegislation(measure: Measure, options: SchemaOrgOptions = {}): SchemaOrgLegislation {
  const refs = (relation: MeasureRelation): SchemaOrgLegislationRef[] | undefined => {
    const list = measure.relatedMeasures.flatMap((r, i) =>
      r.relation !== relation
        ? []
        : [
            {
              "@type": "Legislation" as const,
              position: i + 1,
              ...defined({ identifier: r.measureId, legislationIdentifier: r.identifier, name: r.title }),
            },
          ],
    );
    return list.length > 0 ? list : undefined;
  };
  const stage = options.stage?.stage;
  const force: SchemaOrgLegislation["legislationLegalForce"] =
    stage === "in-effect"
      ? "InForce"
      : stage === "enacted" || stage === "failed" || stage === "withdrawn"
        ? "NotInForce"
        : undefined;
  const lawSince =
    (stage === "enacted" || stage === "in-effect") && options.stage?.since ? toOcdDate(options.stage.since) : undefined;
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "Legislation",
    identifier: measure.id,
    name: measure.title,
    legislationType: measure.classification,
    ...defined({ legislationIdentifier: measure.identifier ?? undefined, abstract: measure.abstract }),
    keywords: [...measure.subjects],
    ...(measure.jurisdictionId
      ? {
          legislationJurisdiction: {
            "@type": "AdministrativeArea" as const,
            identifier: measure.jurisdictionId,
            ...(options.jurisdiction?.id === measure.jurisdictionId ? { name: options.jurisdiction.name } : {}),
          },
        }
      : {}),
    ...(measure.bodyId
      ? { legislationResponsible: { "@type": "Organization" as const, identifier: measure.bodyId } }
      : {}),
    sponsor: measure.sponsors.map((s) => ({
      "@type": s.bodyId && !s.personId ? ("Organization" as const) : ("Person" as const),
      name: s.name,
      ...defined({ identifier: s.personId ?? s.bodyId }),
      "legible:primary": s.primary,
    })),
    hasPart: measure.textSections.map((section, i) => ({
      "@type": "Legislation" as const,
      position: i + 1,
      text: section.text,
      ...defined({ name: section.heading, legislationIdentifier: section.number }),
    })),
    ...defined({
      legislationAmends: refs("amends"),
      legislationChanges: refs("supersedes"),
      isBasedOn: refs("codifies"),
      citation: refs("related"),
      legislationLegalForce: force,
      legislationDate: lawSince,
      version: measure.version,
      dateModified: measure.updatedAt,
      url: options.url,
    }),
    ...(measure.session !== undefined ? { "legible:session": measure.session } : {}),
    "legible:sourceIds": [...measure.sourceIds],
    ...(measure.inferred !== undefined ? { "legible:inferred": measure.inferred } : {}),
  };
}

const ref = z.object({
  position: z.number().optional(),
  identifier: z.string().optional(),
  legislationIdentifier: z.string().optional(),
  name: z.string().optional(),
});
const refs = z.union([ref, z.array(ref)]).optional();
const textList = z.union([z.string(), z.array(z.string())]).optional();

const LegislationInput = z.object({
  "@type": z.literal("Legislation", { error: 'must be "Legislation"' }),
  identifier: z.string(),
  name: z.string(),
  legislationType: z.string().optional(),
  legislationIdentifier: z.string().optional(),
  abstract: z.string().optional(),
  keywords: textList,
  legislationJurisdiction: z.object({ identifier: z.string() }).optional(),
  legislationResponsible: z.object({ identifier: z.string() }).optional(),
  sponsor: z
    .array(
      z.object({
        "@type": z.string().optional(),
        name: z.string(),
        identifier: z.string().optional(),
        "legible:primary": z.boolean().optional(),
      }),
    )
    .default([]),
  hasPart: z
    .array(
      z.object({
        position: z.number().optional(),
        text: z.string(),
        name: z.string().optional(),
        legislationIdentifier: z.string().optional(),
      }),
    )
    .default([]),
  legislationAmends: refs,
  legislationChanges: refs,
  isBasedOn: refs,
  citation: refs,
  version: z.number().optional(),
  dateModified: z.string().optional(),
  "legible:session": z.string().nullable().optional(),
  "legible:sourceIds": z.array(z.string()).default([]),
  "legible:inferred": z.array(InferenceSchema).optional(),
});

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Reads schema.org `Legislation` JSON-LD (compacted, as {@link toSchemaOrgLegislation} writes
 * it) into a measure. A legislation type outside Legible's kinds becomes `other`. Never throws.
 */
export function fromSchemaOrgLegislation(input: unknown): Result<Measure> {
  const parsed = parseWith(LegislationInput, input);
  if (!parsed.ok) return parsed;
  const l = parsed.value;
  const kinds = MeasureSchema.shape.classification.options as readonly string[];
  const relatedMeasures = MEASURE_RELATIONS.flatMap((relation) =>
    list(l[RELATION_PROPERTY[relation]]).map((r) => ({ relation, r })),
  )
    .sort((a, b) => (a.r.position ?? 0) - (b.r.position ?? 0))
    .map(({ relation, r }) => ({
      relation,
      ...defined({ measureId: r.identifier, identifier: r.legislationIdentifier, title: r.name }),
    }));
  const parts = [...l.hasPart].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return parseWith(MeasureSchema, {
    id: l.identifier,
    ...defined({
      jurisdictionId: l.legislationJurisdiction?.identifier,
      bodyId: l.legislationResponsible?.identifier,
      abstract: l.abstract,
      version: l.version,
      updatedAt: l.dateModified,
    }),
    ...(l["legible:session"] !== undefined ? { session: l["legible:session"] } : {}),
    identifier: l.legislationIdentifier ?? null,
    title: l.name,
    classification: l.legislationType && kinds.includes(l.legislationType) ? l.legislationType : "other",
    subjects: list(l.keywords),
    sponsors: l.sponsor.map((s) => ({
      name: s.name,
      ...(s.identifier === undefined
        ? {}
        : s["@type"] === "Organization"
          ? { bodyId: s.identifier }
          : { personId: s.identifier }),
      primary: s["legible:primary"] ?? false,
    })),
    textSections: parts.map((p) => ({
      text: p.text,
      ...defined({ number: p.legislationIdentifier, heading: p.name }),
    })),
    relatedMeasures,
    sourceIds: l["legible:sourceIds"],
    ...defined({ inferred: l["legible:inferred"] }),
  });
}
