import { IdSchema } from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import { safeDecode } from "./feed-urls";
import { absolute } from "./site-paths";

// Calendar (ICS) addresses: /calendars/<locale>/meetings.ics (every body's meetings),
// /calendars/<locale>/bodies/<id>.ics, /calendars/<locale>/measures/<id>.ics (a law's hearings)
// and /calendars/<locale>/meetings/<id>.ics (one meeting, for "add to my calendar").

export type CalendarScope =
  | { kind: "all" }
  | { kind: "body"; id: string }
  | { kind: "measure"; id: string }
  | { kind: "meeting"; id: string };

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

const FOLDERS = { body: "bodies", measure: "measures", meeting: "meetings" } as const;

export function calendarPath(locale: AppLocale, scope: CalendarScope): string {
  return scope.kind === "all"
    ? `/calendars/${locale}/meetings.ics`
    : `/calendars/${locale}/${FOLDERS[scope.kind]}/${encodeURIComponent(scope.id)}.ics`;
}

export function calendarUrl(locale: AppLocale, scope: CalendarScope): string {
  return absolute(calendarPath(locale, scope));
}

/**
 * The same feed for calendar apps to subscribe to: `webcal:` opens the resident's calendar app,
 * which then fetches the https (or http) address and refreshes it on its own schedule.
 */
export function webcalUrl(locale: AppLocale, scope: CalendarScope): string {
  return calendarUrl(locale, scope).replace(/^https?:/, "webcal:");
}

/** Reads `body-1.ics` as `"body-1"`; null for anything that is not a record id with `.ics`. */
export function parseCalendarFile(file: string): string | null {
  const decoded = safeDecode(file);
  if (!decoded.endsWith(".ics")) return null;
  const id = IdSchema.safeParse(decoded.slice(0, -".ics".length));
  return id.success ? id.data : null;
}
