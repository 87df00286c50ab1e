import { TZDate } from "@date-fns/tz";
import type { CalendarEventView, CalendarView } from "@legible/api";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import type { AppLocale } from "../i18n/routing";
import { CALENDAR_CONTENT_TYPE, type CalendarScope, calendarUrl } from "./calendar-urls";
import type { MachineText } from "./machine-text";
import { recordUrl } from "./site-paths";
import { siteUrl } from "./site-url";

// Meetings as an iCalendar feed (RFC 5545), written by ical-generator. Each event keeps its
// place's zone (DTSTART;TZID=…) with that zone's VTIMEZONE, so a resident's calendar shows the
// local time, daylight saving included, wherever they are. Times are TZDate values: the library
// writes a plain Date's UTC fields under a TZID, which would move every meeting by hours.

/** How often calendar apps should fetch the feed again (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;

const STATUS: Record<CalendarEventView["status"], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

export function calendarName(view: CalendarView, scope: CalendarScope, t: MachineText): string {
  if (scope.kind === "meeting") return view.events[0]?.name ?? t("calendar.name.all");
  if (view.owner) return t(`calendar.name.${view.owner.kind}`, { name: view.owner.name });
  return t("calendar.name.all");
}

function summaryOf(event: CalendarEventView, t: MachineText): string {
  const name = event.bodyName && !event.name.includes(event.bodyName) ? `${event.bodyName}: ${event.name}` : event.name;
  return event.status === "cancelled" || event.status === "postponed"
    ? t(`calendar.event.${event.status}`, { name })
    : name;
}

function locationOf(event: CalendarEventView): string | null {
  if (!event.location) return null;
  return [event.location.name, event.location.address].filter(Boolean).join(", ");
}

function descriptionOf(event: CalendarEventView, locale: AppLocale, t: MachineText): string {
  return [
    event.bodyName ? t("calendar.event.heldBy", { body: event.bodyName }) : null,
    event.end ? null : t("calendar.event.endUnknown"),
    event.location ? null : t("calendar.event.placeUnknown"),
    event.location?.url ? t("calendar.event.placeLink", { url: event.location.url }) : null,
    t("calendar.event.page", { url: recordUrl("meeting", event.id, locale) }),
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}

/** The feed as text/calendar, in one language (the words it adds; record names stay as recorded). */
export function calendarFeed(view: CalendarView, scope: CalendarScope, locale: AppLocale, t: MachineText): string {
  const host = siteUrl().hostname;
  const calendar = new ICalCalendar({
    prodId: { company: "Legible", product: "Legible meetings", language: locale.toUpperCase() },
    name: calendarName(view, scope, t),
    description: t("calendar.description"),
    url: calendarUrl(locale, scope),
    ttl: REFRESH_SECONDS,
    // No default zone: each event names its own, and the library then writes one VTIMEZONE per zone used.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of view.events) {
    // A zone without zone rules to send is written in UTC: the right instant, shown in the reader's own time.
    const zone = getVtimezoneComponent(event.timeZone) ? event.timeZone : null;
    const at = (instant: string) => (zone ? new TZDate(instant, zone) : new Date(instant));
    calendar.createEvent({
      // The same UID in every feed and language, so a meeting added twice is one event.
      id: `meeting-${event.id}@${host}`,
      start: at(event.start),
      end: event.end ? at(event.end) : null,
      timezone: zone,
      summary: summaryOf(event, t),
      status: STATUS[event.status],
      location: locationOf(event),
      description: descriptionOf(event, locale, t),
      url: recordUrl("meeting", event.id, locale),
      lastModified: event.updatedAt ? new Date(event.updatedAt) : null,
      // DTSTAMP is required; the record's last change keeps the feed the same until a meeting changes.
      stamp: new Date(event.updatedAt ?? event.start),
    });
  }
  return calendar.toString();
}

export function calendarResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CALENDAR_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
    },
  });
}
