import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { type AppLocale, isAppLocale, routing } from "../i18n/routing";

/**
 * Awaits a record page's procedure and turns "no such record" into the site's 404. An id no
 * record could have (the router refuses it as bad input) is just as missing.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** The record id in a page's address, decoded once (ids may hold `:` or `/`, which travel encoded). */
export function recordIdFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

/** The page's locale; the layout has already sent any other value to the 404 page. */
export function pageLocale(locale: string): AppLocale {
  return isAppLocale(locale) ? locale : routing.defaultLocale;
}

/** Record pages speak of the city's today: the calendar day in Los Angeles, as YYYY-MM-DD. */
export function todayInCity(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

/** Upper-cases the first letter, for a phrase ("the Mayor", "a majority") that opens a sentence. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
