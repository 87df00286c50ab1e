import "server-only";
import { listTag } from "@legible/core";
import { isAppLocale } from "../i18n/routing";
import { calendarFeed, calendarResponse } from "./calendar-feed";
import { type CalendarScope, parseCalendarFile } from "./calendar-urls";
import { machineText } from "./machine-text";
import { withCacheTags } from "./page-tags";
import { notFoundResponse, unlessMissing } from "./route-responses";
import { getPublicApi } from "./trpc-server";

type CalendarParams = { params: Promise<{ locale: string; file: string }> };

const NOT_HERE =
  "No calendar at this address. Every meeting on Legible: /calendars/en/meetings.ics (Spanish: /calendars/es/meetings.ics).";

function scopeOf(kind: CalendarScope["kind"], file: string): CalendarScope | null {
  if (kind === "all") return file === "meetings.ics" ? { kind } : null;
  const id = parseCalendarFile(file);
  return id ? { kind, id } : null;
}

/**
 * The GET handler of one kind of calendar feed (see calendar-urls.ts for the addresses). An unknown
 * language, a malformed file name or a record not on Legible is a plain 404.
 */
export function calendarHandler(kind: CalendarScope["kind"]) {
  return async function serveCalendar(_request: Request, { params }: CalendarParams): Promise<Response> {
    const { locale, file } = await params;
    const scope = scopeOf(kind, file);
    if (!scope || !isAppLocale(locale)) return notFoundResponse(NOT_HERE);
    const api = await getPublicApi();
    const view = await unlessMissing(() => api.calendars.meetings(scope));
    if (!view) return notFoundResponse(NOT_HERE);
    const fileName = scope.kind === "all" ? "meetings.ics" : `${scope.kind}-${scope.id}.ics`;
    const response = calendarResponse(calendarFeed(view, scope, locale, await machineText(locale)), fileName);
    // Tagged with each meeting it holds and the meetings' list, which every new meeting refreshes.
    return withCacheTags(
      response,
      { meetings: view.events },
      { ...(scope.kind === "all" ? {} : { own: scope }), shared: ["feeds", listTag("meeting")] },
    );
  };
}
