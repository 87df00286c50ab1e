import { z } from "zod";
import { editableFields, oneOf, WebUrlSchema } from "./common.js";

/**
 * An Open Civic Data division id, such as
 * `ocd-division/country:us/state:ca/place:los_angeles`.
 */
export const OcdDivisionIdSchema = z
  .string()
  .max(300)
  .regex(/^ocd-division\/country:[a-z]{2}(\/[a-z_]+:[a-z0-9_.~-]+)*$/, {
    error: "must be an Open Civic Data division id, like ocd-division/country:us/state:ca/place:los_angeles",
  });

/** Kinds of jurisdiction, from Open Civic Data. */
export const JURISDICTION_CLASSIFICATIONS = [
  "government",
  "legislature",
  "executive",
  "school_system",
  "transit_authority",
] as const;

/** A government that makes local law, such as the City of Los Angeles. */
export const JurisdictionSchema = z.object({
  /** Stable id, for example `ocd-jurisdiction/country:us/state:ca/place:los_angeles/government`. */
  id: z.string().min(1, "is required").max(200),
  name: z.string().trim().min(1, "is required").max(200),
  /** Short URL-safe name used in links, like `los-angeles`. */
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens"),
  classification: oneOf(JURISDICTION_CLASSIFICATIONS, "classification"),
  divisionId: OcdDivisionIdSchema,
  url: WebUrlSchema.optional(),
  ...editableFields,
});

/** A government that makes local law. */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
