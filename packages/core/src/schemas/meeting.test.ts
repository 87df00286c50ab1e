import { describe, expect, it } from "vitest";
import { parseWith } from "../result.js";
import { identifierKey, shareIdentifier } from "./identifier.js";
import {
  isTimeZone,
  isUpcoming,
  localDateTime,
  localStart,
  type Meeting,
  MeetingSchema,
  meetingTimeText,
  zonedInstant,
} from "./meeting.js";

const meeting: Meeting = {
  id: "meeting-council-2025-01-14",
  bodyId: "body-la-city-council",
  name: "City Council regular meeting",
  start: "2025-01-14T18:00:00Z",
  timeZone: "America/Los_Angeles",
  status: "scheduled",
  location: { name: "John Ferraro Council Chamber, Room 340, City Hall", address: "200 N. Spring St." },
  agenda: [
    {
      number: "1",
      text: "Ordinance relating to the use of city resources",
      measureIds: ["measure-sanctuary-ordinance"],
      notes: [],
      actionIds: [],
      voteIds: [],
    },
  ],
  documents: [{ kind: "agenda", title: "Agenda", url: "https://example.org/agenda.pdf" }],
  media: [],
  sourceIds: ["src-la-city-charter"],
  identifiers: [{ scheme: "legistar", scope: "lacity", identifier: "4512" }],
};

describe("MeetingSchema", () => {
  it("accepts a meeting with its agenda, documents and identifiers", () => {
    expect(parseWith(MeetingSchema, meeting)).toEqual({ ok: true, value: meeting });
  });

  it("names each bad field", () => {
    const result = parseWith(MeetingSchema, {
      ...meeting,
      start: "next Tuesday",
      end: "2025-01-14T17:00:00Z",
      timeZone: "Pacific Time",
      status: "maybe",
      agenda: [{ text: "", measureIds: [], notes: [], actionIds: [], voteIds: [] }],
      documents: [{ kind: "agenda", title: "Agenda", url: "ftp://example.org/agenda.pdf" }],
      identifiers: [
        { scheme: "legistar", scope: "lacity", identifier: "4512" },
        { scheme: "legistar", scope: "lacity", identifier: "4512" },
      ],
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "start",
        "timeZone",
        "status",
        "agenda.0.text",
        "documents.0.url",
        "identifiers.1.identifier",
      ]),
    );
  });

  it("refuses an end before the start", () => {
    const result = parseWith(MeetingSchema, { ...meeting, end: "2025-01-14T17:00:00Z" });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "end", message: "the meeting cannot end before it starts" }],
    });
  });
});

describe("meeting times", () => {
  it("reads the local start in the meeting's own zone, daylight saving included", () => {
    expect(localStart(meeting)).toEqual({ date: "2025-01-14", time: "10:00" });
    expect(localStart({ start: "2025-07-15T17:00:00Z", timeZone: "America/Los_Angeles" })).toEqual({
      date: "2025-07-15",
      time: "10:00",
    });
    expect(localStart({ start: "2025-01-15T02:30:00Z", timeZone: "America/Chicago" })).toEqual({
      date: "2025-01-14",
      time: "20:30",
    });
  });

  it("turns a wall-clock time in a zone into an instant with its offset, and back", () => {
    expect(zonedInstant("2025-01-14T10:00", "America/Los_Angeles")).toBe("2025-01-14T10:00:00-08:00");
    expect(zonedInstant("2025-07-15T10:00", "America/Los_Angeles")).toBe("2025-07-15T10:00:00-07:00");
    expect(zonedInstant("2025-01-14 10:00:30", "Asia/Kolkata")).toBe("2025-01-14T10:00:30+05:30");
    // The hour the clocks repeat is read as the first one; the hour they skip, before the change.
    expect(zonedInstant("2025-11-02T01:30", "America/Los_Angeles")).toBe("2025-11-02T01:30:00-07:00");
    expect(zonedInstant("2025-03-09T02:30", "America/Los_Angeles")).toBe("2025-03-09T02:30:00-08:00");
    expect(zonedInstant("2025-02-30T10:00", "UTC")).toBeNull();
    expect(zonedInstant("tomorrow", "UTC")).toBeNull();
    expect(zonedInstant("2025-01-14T10:00", "Pacific Time")).toBeNull();
    for (const zone of ["America/Los_Angeles", "America/Chicago", "Europe/London", "Asia/Kolkata"]) {
      for (const local of ["2025-01-14T10:00", "2025-07-15T18:45", "2024-12-31T23:59"]) {
        const instant = zonedInstant(local, zone);
        expect(instant && localDateTime(instant, zone)).toBe(local);
      }
    }
  });

  it("words the start in the meeting's zone, named, in English and Spanish", () => {
    const plain = (text: { date: string; time: string; zone: string }) =>
      Object.fromEntries(Object.entries(text).map(([key, value]) => [key, value.replace(/\s/g, " ")]));
    expect(plain(meetingTimeText(meeting, "en"))).toEqual({
      date: "Tuesday, January 14, 2025",
      time: "10:00 AM",
      zone: "Pacific Standard Time",
    });
    expect(plain(meetingTimeText(meeting, "es"))).toEqual({
      date: "martes, 14 de enero de 2025",
      time: "10:00 a.m.",
      zone: "hora estándar del Pacífico",
    });
  });

  it("knows IANA zones and refuses the rest", () => {
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Pacific Time")).toBe(false);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });

  it("calls a future, not cancelled meeting upcoming", () => {
    const now = new Date("2025-01-10T00:00:00Z");
    expect(isUpcoming(meeting, now)).toBe(true);
    expect(isUpcoming({ ...meeting, status: "cancelled" }, now)).toBe(false);
    expect(isUpcoming(meeting, new Date("2025-01-15T00:00:00Z"))).toBe(false);
  });
});

describe("external identifiers", () => {
  it("match only within their scheme and scope", () => {
    const chicago = [{ scheme: "legistar" as const, scope: "chicago", identifier: "12" }];
    const boston = [{ scheme: "legistar" as const, scope: "boston", identifier: "12" }];
    expect(shareIdentifier(chicago, chicago)).toBe(true);
    expect(shareIdentifier(chicago, boston)).toBe(false);
    expect(shareIdentifier(undefined, chicago)).toBe(false);
    expect(identifierKey(chicago[0] ?? { scheme: "ocd", identifier: "x" })).toBe("legistar:chicago:12");
  });
});
