import type { CalendarView } from "@legible/api";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFeed } from "./calendar-feed";
import { parseCalendarFile, webcalUrl } from "./calendar-urls";
import { machineText } from "./machine-text";

process.env.LEGIBLE_PUBLIC_URL = "https://legible.example";

const view: CalendarView = {
  owner: { kind: "body", id: "body-la-city-council", name: "Los Angeles City Council" },
  events: [
    {
      // Summer: Los Angeles is UTC−7, so 17:00Z is 10 a.m. there.
      id: "meeting-summer",
      name: "Regular Council Meeting",
      bodyName: "Los Angeles City Council",
      status: "scheduled",
      start: "2025-07-15T17:00:00Z",
      end: "2025-07-15T20:30:00Z",
      timeZone: "America/Los_Angeles",
      location: { name: "John Ferraro Council Chamber", address: "200 N. Spring St." },
      description: null,
      updatedAt: "2025-07-01T12:00:00.000Z",
    },
    {
      // Winter, another zone: Chicago is UTC−6, so 02:30Z on the 15th is 8:30 p.m. on the 14th there.
      id: "meeting-winter",
      name: "Budget hearing",
      bodyName: "Los Angeles City Council",
      status: "cancelled",
      start: "2025-01-15T02:30:00Z",
      end: null,
      timeZone: "America/Chicago",
      location: null,
      description: null,
      updatedAt: null,
    },
  ],
};

/** The feed as a calendar app reads it: ical.js, with the VTIMEZONEs the feed carries. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component)) };
}

describe("calendar feeds", () => {
  it("keeps each meeting's local time and zone, with a VTIMEZONE for every zone used", async () => {
    const { calendar, events } = parse(
      calendarFeed(view, { kind: "body", id: "body-la-city-council" }, "en", await machineText("en")),
    );
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
      "America/Los_Angeles",
      "America/Chicago",
    ]);
    const [summer, winter] = events;
    expect(summer?.startDate.toString()).toBe("2025-07-15T10:00:00");
    expect(summer?.startDate.zone?.tzid).toBe("America/Los_Angeles");
    expect(summer?.startDate.toJSDate().toISOString()).toBe("2025-07-15T17:00:00.000Z");
    expect(summer?.endDate.toJSDate().toISOString()).toBe("2025-07-15T20:30:00.000Z");
    expect(winter?.startDate.toString()).toBe("2025-01-14T20:30:00");
    expect(winter?.startDate.toJSDate().toISOString()).toBe("2025-01-15T02:30:00.000Z");
  });

  it("writes a meeting in a zone it has no rules for (Europe/Kyiv, renamed in 2022) in UTC, at the right instant", async () => {
    const kyiv = {
      ...view,
      events: [{ ...view.events[0], id: "meeting-kyiv", timeZone: "Europe/Kyiv" }],
    } as CalendarView;
    const text = calendarFeed(kyiv, { kind: "all" }, "en", await machineText("en"));
    expect(text).not.toContain("TZID=Europe/Kyiv");
    expect(text).toMatch(/^DTSTART:20250715T170000Z\r$/m);
    expect(parse(text).events[0]?.startDate.toJSDate().toISOString()).toBe("2025-07-15T17:00:00.000Z");
  });

  it("names the calendar and words each event in the feed's language, with a stable id and the page's link", async () => {
    const { calendar, events } = parse(
      calendarFeed(view, { kind: "body", id: "body-la-city-council" }, "es", await machineText("es")),
    );
    expect(calendar.getFirstPropertyValue("name")).toBe("Reuniones de Los Angeles City Council");
    const [summer, winter] = events;
    expect(summer?.uid).toBe("meeting-meeting-summer@legible.example");
    expect(summer?.summary).toBe("Los Angeles City Council: Regular Council Meeting");
    expect(summer?.location).toBe("John Ferraro Council Chamber, 200 N. Spring St.");
    expect(summer?.component.getFirstPropertyValue("url")).toBe("https://legible.example/es/meetings/meeting-summer");
    expect(winter?.summary).toBe("Cancelada: Los Angeles City Council: Budget hearing");
    expect(winter?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(winter?.description).toContain("La hora de fin no consta.");
    expect(winter?.description).toContain("El lugar no consta.");
    // DTSTAMP is a UTC time, as RFC 5545 requires.
    expect(calendarFeed(view, { kind: "all" }, "en", await machineText("en"))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  });

  it("reads only record ids with .ics from the address, and subscribes with webcal:", () => {
    expect(parseCalendarFile("body-la-city-council.ics")).toBe("body-la-city-council");
    expect(parseCalendarFile("ocd-event%2Fabc.ics")).toBe("ocd-event/abc");
    expect(parseCalendarFile("body.rss")).toBeNull();
    expect(parseCalendarFile("%E0%A4%A.ics")).toBeNull();
    expect(parseCalendarFile(".ics")).toBeNull();
    expect(webcalUrl("es", { kind: "body", id: "b 1" })).toBe("webcal://legible.example/calendars/es/bodies/b%201.ics");
  });
});
