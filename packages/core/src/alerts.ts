import { z } from "zod";
import { IdSchema } from "./schemas/common.js";

/**
 * Email alerts: what a resident may follow and how often they hear about it. Only the address and
 * these choices are stored (packages/alerts keeps them); every boundary that takes them in (the
 * subscribe form, the manage page, the queue's jobs) parses them with these schemas.
 */

/** A measure, a person, a body, a body's meetings, or the results of a search. */
export const ALERT_SCOPES = ["measure", "person", "body", "body-meetings", "search"] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];

/** An email for each change, or one a day with everything that changed. */
export const ALERT_FREQUENCIES = ["immediate", "daily"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const ALERT_LOCALES = ["en", "es"] as const;
export type AlertLocale = (typeof ALERT_LOCALES)[number];

/** How long a followed search's words may be (the search box's own bound). */
export const ALERT_SEARCH_MAX_LENGTH = 200;

// RFC 5321 caps an address at 254 characters; zod's email check is the HTML form's rule.
export const AlertEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ pattern: z.regexes.html5Email }));

/** What is followed: a record by its id, or a search by its words. */
export const AlertTargetSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("measure"), target: IdSchema }),
  z.object({ scope: z.literal("person"), target: IdSchema }),
  z.object({ scope: z.literal("body"), target: IdSchema }),
  z.object({ scope: z.literal("body-meetings"), target: IdSchema }),
  z.object({
    scope: z.literal("search"),
    target: z
      .string()
      .trim()
      .min(1)
      .max(ALERT_SEARCH_MAX_LENGTH)
      .refine(
        (words) => ![...words].some((character) => (character.codePointAt(0) ?? 0) < 32),
        "No control characters.",
      ),
  }),
]);
export type AlertTarget = z.infer<typeof AlertTargetSchema>;

export const AlertFrequencySchema = z.enum(ALERT_FREQUENCIES);
export const AlertLocaleSchema = z.enum(ALERT_LOCALES);

/** The subscribe form: an address, what to follow, how often, in the page's language. */
export const AlertSubscribeInputSchema = z.intersection(
  AlertTargetSchema,
  z.object({
    email: AlertEmailSchema,
    frequency: AlertFrequencySchema.default("immediate"),
    locale: AlertLocaleSchema,
  }),
);
export type AlertSubscribeInput = z.infer<typeof AlertSubscribeInputSchema>;

/**
 * What a signed link lets its holder do: confirm a subscription, manage every alert of its
 * address, stop one alert, or (a daily digest's header) stop every daily alert of its address.
 */
export const ALERT_TOKEN_PURPOSES = ["confirm", "manage", "unsubscribe", "unsubscribe-daily"] as const;
export type AlertTokenPurpose = (typeof ALERT_TOKEN_PURPOSES)[number];

/** A signed link's claims: which subscription, for what, until when (seconds since 1970). */
export const AlertTokenClaimsSchema = z.object({
  purpose: z.enum(ALERT_TOKEN_PURPOSES),
  subscriptionId: z.string().min(1).max(64),
  expiresAt: z.number().int().positive(),
});
export type AlertTokenClaims = z.infer<typeof AlertTokenClaimsSchema>;

/** How long each kind of link works: a week to confirm; a manage or unsubscribe link, 60 days. */
export const ALERT_TOKEN_LIFETIME_SECONDS: Record<AlertTokenPurpose, number> = {
  confirm: 7 * 24 * 3600,
  manage: 60 * 24 * 3600,
  unsubscribe: 60 * 24 * 3600,
  "unsubscribe-daily": 60 * 24 * 3600,
};

/** Permanent delivery failures in a row after which an address is paused. */
export const ALERT_BOUNCES_BEFORE_PAUSE = 3;

/** A change to a followed subscription from the manage page. */
export const AlertChoiceUpdateSchema = z.object({
  subscriptionId: z.string().min(1).max(64),
  frequency: AlertFrequencySchema,
});
