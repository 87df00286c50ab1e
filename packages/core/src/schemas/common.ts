import { z } from "zod";

/**
 * A zod enum whose error names the allowed values, so a bad value in outside data tells the
 * sender what to send instead.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `${what} ${issue.input === undefined ? "is required" : `"${String(issue.input)}" is not allowed`}; use one of: ${values.join(", ")}`,
  });
}

/**
 * A record id: letters, digits and `. _ : / ~ -`, so ids fit in URLs, CSV cells and
 * OCD-style ids (`ocd-person/...`) without quoting.
 */
export const IdSchema = z
  .string({ error: "must be a string id" })
  .max(200, { error: "must be at most 200 characters" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/~-]{0,199}$/, {
    error: "must be an id of letters, digits and . _ : / ~ - (at most 200 characters)",
  });

/**
 * A web address residents can follow: http or https only, so a `javascript:`, `data:` or
 * `vbscript:` address can never be stored, let alone become a link.
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" })
  .max(2_000, { error: "must be at most 2,000 characters" });

/** Optimistic-concurrency counter: starts at 1 and goes up by one on every save. */
export const VersionSchema = z.int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" });

/** An instant, as an ISO 8601 date-time with a time zone (`2024-11-19T18:00:00Z`). */
export const TimestampSchema = z.iso
  .datetime({
    offset: true,
    error: "must be an ISO 8601 date-time with a time zone, like 2024-11-19T18:00:00Z",
  })
  .max(40);

/** Locales Legible publishes in. */
export const LOCALES = ["en", "es"] as const;

/** A locale Legible publishes in: English or Spanish. */
export const LocaleSchema = oneOf(LOCALES, "locale");

/** A locale Legible publishes in: `en` or `es`. */
export type Locale = z.infer<typeof LocaleSchema>;

/** The same short text in English and Spanish. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1, { error: "is required" }).max(500, { error: "must be at most 500 characters" }),
  es: z.string().trim().min(1, { error: "is required" }).max(500, { error: "must be at most 500 characters" }),
});

/** The same short text in English and Spanish. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Record types a citation or a change log can point at. */
export const RECORD_TYPES = [
  "jurisdiction",
  "body",
  "post",
  "person",
  "membership",
  "measure",
  "action",
  "vote-event",
  "statement",
  "source",
  "meeting",
] as const;

/** A pointer to another record by type and id. */
export const RecordRefSchema = z.object({
  type: oneOf(RECORD_TYPES, "record type"),
  id: IdSchema,
});

/** A pointer to another record by type and id. */
export type RecordRef = z.infer<typeof RecordRefSchema>;

/**
 * Where a fact or a rule comes from: a source (a charter, a news report), a record in
 * Legible (a vote event), or both, with an optional locator such as `Section 250`.
 */
export const CitationSchema = z
  .object({
    sourceId: IdSchema.optional(),
    record: RecordRefSchema.optional(),
    /** Where in the source: a section, page or paragraph. */
    locator: z.string().trim().min(1).max(200).optional(),
  })
  .refine((citation) => citation.sourceId !== undefined || citation.record !== undefined, {
    error: "a citation needs a sourceId, a record, or both",
  });

/** Where a fact or a rule comes from. */
export type Citation = z.infer<typeof CitationSchema>;

/** Fields every editable record carries, for storage and optimistic concurrency. */
export const editableFields = {
  /** Bumped on every save; a save carrying an older version is refused upstream. */
  version: VersionSchema.optional(),
  /** When the record last changed. Lint uses it to find explainer blocks gone stale. */
  updatedAt: TimestampSchema.optional(),
};
