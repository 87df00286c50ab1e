import { z } from "zod";
import { editableFields, IdSchema, oneOf, TimestampSchema, WebUrlSchema } from "./common.js";
import { externalFields } from "./identifier.js";

/**
 * Where a meeting stands. Open Civic Data's Event statuses are `tentative`, `confirmed`,
 * `cancelled` and `passed`; Legible says `scheduled` for the first two, `held` for the last, and
 * adds `postponed`, which residents need to know and Legistar reports.
 */
export const MEETING_STATUSES = ["scheduled", "postponed", "cancelled", "held"] as const;

/** Where a meeting stands. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Kinds of meeting document. */
export const MEETING_DOCUMENT_KINDS = ["agenda", "minutes", "packet", "other"] as const;

/** Kinds of meeting media. */
export const MEETING_MEDIA_KINDS = ["video", "audio"] as const;

/** True when `zone` is an IANA time zone this runtime knows, such as `America/Los_Angeles`. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One item of a meeting's agenda, in the agenda's order. */
export const AgendaItemSchema = z.object({
  /** The item's number as the agenda prints it (`12`, `CF 23-0002`), when it has one. */
  number: z.string().trim().min(1).max(50).optional(),
  text: z.string().trim().min(1, { error: "is required" }).max(10_000, { error: "must be at most 10,000 characters" }),
  /** The measures the item concerns. */
  measureIds: z.array(IdSchema).max(50),
  notes: z.array(z.string().trim().min(1).max(2_000)).max(20),
  /** What the item led to: actions taken and votes held. */
  actionIds: z.array(IdSchema).max(50),
  voteIds: z.array(IdSchema).max(50),
});

/** One item of a meeting's agenda. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

const linkFields = {
  title: z.string().trim().min(1, { error: "is required" }).max(300),
  url: WebUrlSchema,
};

/**
 * A body's meeting (an Open Civic Data Event): when and where, whether it happens, and its
 * agenda in order, each item tied to the measures it concerns and what it led to. `start` and
 * `end` are instants with their offset; `timeZone` is the place's IANA zone, so calendars and
 * pages show local time, daylight saving included.
 */
export const MeetingSchema = z
  .object({
    id: IdSchema,
    bodyId: IdSchema,
    jurisdictionId: z.string().min(1).max(200).optional(),
    name: z.string().trim().min(1, { error: "is required" }).max(300),
    start: TimestampSchema,
    end: TimestampSchema.optional(),
    timeZone: z
      .string({ error: "must be a time zone like America/Los_Angeles" })
      .max(64)
      .refine(isTimeZone, { error: "must be a time zone like America/Los_Angeles" }),
    status: oneOf(MEETING_STATUSES, "meeting status"),
    location: z
      .object({
        name: z.string().trim().min(1, { error: "is required" }).max(300),
        address: z.string().trim().min(1).max(500).optional(),
        url: WebUrlSchema.optional(),
      })
      .optional(),
    description: z.string().trim().min(1).max(10_000).optional(),
    agenda: z.array(AgendaItemSchema).max(500, { error: "must have at most 500 items" }),
    documents: z.array(z.object({ kind: oneOf(MEETING_DOCUMENT_KINDS, "document kind"), ...linkFields })).max(50),
    media: z.array(z.object({ kind: oneOf(MEETING_MEDIA_KINDS, "media kind"), ...linkFields })).max(20),
    sourceIds: z.array(IdSchema),
    ...externalFields,
    ...editableFields,
  })
  .refine((meeting) => meeting.end === undefined || Date.parse(meeting.end) >= Date.parse(meeting.start), {
    error: "the meeting cannot end before it starts",
    path: ["end"],
  });

/** A body's meeting. */
export type Meeting = z.infer<typeof MeetingSchema>;

/** True when the meeting starts after `now`: upcoming, as residents plan around it. */
export function isUpcoming(meeting: Pick<Meeting, "start" | "status">, now: Date): boolean {
  return meeting.status !== "cancelled" && Date.parse(meeting.start) > now.getTime();
}

/**
 * A meeting's local wall-clock start, as its place reads it: `{ date: "2025-01-14", time:
 * "10:00" }` for 10 a.m. in Los Angeles, whatever the server's zone.
 */
export function localStart(meeting: Pick<Meeting, "start" | "timeZone">): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: meeting.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(meeting.start));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** The zone's offset from UTC at `instant`, in minutes (`-480` for Los Angeles in January). */
function zoneOffsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a place's wall clock shows `local` (`2025-01-14T10:00`), as an ISO date-time with
 * the place's offset (`2025-01-14T10:00:00-08:00`): how staff type a meeting's time, and how
 * OCD files without an offset give it. A time the clocks skip (2:30 on the night they spring
 * forward) is read with the offset before the change; a time they repeat, as the first one.
 * Null when `local` is not a date and time or `zone` is not a zone.
 */
export function zonedInstant(local: string, zone: string): string | null {
  const match = LOCAL_DATE_TIME.exec(local.trim());
  if (!match || !isTimeZone(zone)) return null;
  const [, y, mo, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  const check = new Date(wall);
  if (check.getUTCMonth() !== (mo ?? 1) - 1 || check.getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59) {
    return null;
  }
  // The offset a little before the wall time, then checked against the offset at the result.
  const earlier = zoneOffsetMinutes(wall - 12 * 3_600_000, zone);
  let offset = zoneOffsetMinutes(wall - earlier * 60_000, zone);
  if (zoneOffsetMinutes(wall - offset * 60_000, zone) !== offset) offset = earlier;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as the place's wall clock shows it, for a date-time input: `2025-01-14T10:00`. */
export function localDateTime(instant: string, zone: string): string {
  const { date, time } = localStart({ start: instant, timeZone: zone });
  return `${date}T${time}`;
}

/** A meeting's start as residents read it, in the meeting's own zone and the reader's language. */
export interface MeetingTimeText {
  /** `Tuesday, January 14, 2025` / `martes, 14 de enero de 2025`. */
  date: string;
  /** `10:00 AM` / `10:00 a.m.`. */
  time: string;
  /** The zone by name at that date: `Pacific Standard Time` / `hora estándar del Pacífico`. */
  zone: string;
}

const INTL_LOCALE = { en: "en-US", es: "es-US" } as const;

/** When a meeting starts (or ends: pass `end` as `start`), in its place's zone, named, in `locale`. */
export function meetingTimeText(meeting: Pick<Meeting, "start" | "timeZone">, locale: "en" | "es"): MeetingTimeText {
  const at = new Date(meeting.start);
  const options = { timeZone: meeting.timeZone } as const;
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, dateStyle: "full" }).format(at);
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeStyle: "short" }).format(at);
  const zone =
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZoneName: "long" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? meeting.timeZone;
  return { date, time, zone };
}
