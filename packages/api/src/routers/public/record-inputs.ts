import { IdSchema, LocaleSchema } from "@legible/core";
import { z } from "zod";

/** A record page's input: which record, in which language. */
export const recordPageInput = z.object({ id: IdSchema, locale: LocaleSchema });

/**
 * The day a page treats as today (YYYY-MM-DD), for who holds office now and which deadlines and
 * effective dates have come. The site passes its own calendar day for people and bodies; other
 * callers may leave it out and get the server's (UTC) day.
 */
export const todayInput = z.iso.date({ error: "must be a date like 2024-11-19" }).optional();

export function todayOr(date: string | undefined): string {
  return date ?? new Date().toISOString().slice(0, 10);
}
