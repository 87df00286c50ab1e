import { z } from "zod";
import { PartialDateSchema } from "../partial-date.js";
import { editableFields, IdSchema, oneOf, WebUrlSchema } from "./common.js";

/** Kinds of source, from most to least authoritative. */
export const SOURCE_KINDS = ["official-record", "news-report", "press-release", "social-post"] as const;

/** A kind of source. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a fact comes from: a city charter, a council file, a news report, a press release,
 * a post. `url` is omitted when there is none (a printed charter); `date` is `null` when
 * unknown.
 */
export const SourceSchema = z.object({
  id: IdSchema,
  kind: oneOf(SOURCE_KINDS, "source kind"),
  title: z.string().trim().min(1, { error: "is required" }).max(500),
  /** Who published it: `Los Angeles City Clerk`, a newspaper, a party. `null` when unknown. */
  publisher: z.string().trim().min(1).max(200).nullable(),
  date: PartialDateSchema.nullable(),
  url: WebUrlSchema.optional(),
  /** When someone last checked the URL. */
  accessedOn: PartialDateSchema.optional(),
  ...editableFields,
});

/** Where a fact comes from. */
export type Source = z.infer<typeof SourceSchema>;
