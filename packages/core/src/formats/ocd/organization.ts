import { z } from "zod";
import { parseWith, type Result } from "../../result.js";
import { type Body, BodySchema } from "../../schemas/body.js";
import type { Source } from "../../schemas/source.js";
import { defined, idFrom, isId } from "../shared.js";
import { legibleExtras, type OcdSource, ocdIdentifiers, sourcesWithUrl } from "./common.js";

// An OCD organization: a body (council, committee, party, office).

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
