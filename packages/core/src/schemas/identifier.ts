import { z } from "zod";
import { oneOf, TimestampSchema, WebUrlSchema } from "./common.js";

/**
 * Systems whose ids Legible keeps: Open Civic Data (`ocd-person/…`), a Legistar client's
 * numeric ids, Open States (`ocd-person/…` in its own data), and any other system a connector
 * reads (`other`, with the system named in `scope`).
 */
export const IDENTIFIER_SCHEMES = ["ocd", "legistar", "openstates", "other"] as const;

/** A system whose ids Legible keeps. */
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/**
 * A record's id in another system. `scope` narrows where the id is unique: a Legistar id is
 * unique only within its client (`chicago`, `boston`), so `{ scheme: "legistar", scope:
 * "chicago", identifier: "12345" }`.
 */
export const ExternalIdentifierSchema = z.object({
  scheme: oneOf(IDENTIFIER_SCHEMES, "identifier scheme"),
  scope: z
    .string()
    .trim()
    .min(1)
    .max(100, { error: "must be at most 100 characters" })
    .regex(/^[A-Za-z0-9._-]+$/, { error: "must be letters, digits, dots, dashes or underscores, like chicago" })
    .optional(),
  identifier: z.string().trim().min(1, { error: "is required" }).max(300, { error: "must be at most 300 characters" }),
});

/** A record's id in another system. */
export type ExternalIdentifier = z.infer<typeof ExternalIdentifierSchema>;

/** A list of external ids, each at most once. */
export const ExternalIdentifiersSchema = z
  .array(ExternalIdentifierSchema)
  .max(20, { error: "must list at most 20 identifiers" })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((id, index) => {
      const key = identifierKey(id);
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [index, "identifier"], message: `${key} is listed twice` });
      }
      seen.add(key);
    });
  });

/** One string per identifier, for matching: `legistar:chicago:12345`, `ocd::ocd-person/…`. */
export function identifierKey(id: ExternalIdentifier): string {
  return `${id.scheme}:${id.scope ?? ""}:${id.identifier}`;
}

/** True when two records share an external id: the strongest sign they are the same. */
export function shareIdentifier(
  a: readonly ExternalIdentifier[] | undefined,
  b: readonly ExternalIdentifier[] | undefined,
): boolean {
  const keys = new Set((a ?? []).map(identifierKey));
  return (b ?? []).some((id) => keys.has(identifierKey(id)));
}

/**
 * Where a synced record came from: the connector, the upstream address it was read from, and
 * when. Public pages cite it like any other source.
 */
export const ProvenanceSchema = z.object({
  connector: z
    .string()
    .trim()
    .min(1, { error: "is required" })
    .max(100)
    .regex(/^[a-z0-9-]+$/, { error: "must be a connector name like legistar or openstates-people" }),
  upstreamUrl: WebUrlSchema.optional(),
  fetchedAt: TimestampSchema,
});

/** Where a synced record came from. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * The fields every record a connector can bring in carries: its ids in other systems and where
 * it was last read from. Spread into a record's schema.
 */
export const externalFields = {
  identifiers: ExternalIdentifiersSchema.optional(),
  provenance: ProvenanceSchema.optional(),
};
