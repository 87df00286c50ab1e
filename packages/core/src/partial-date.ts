import { z } from "zod";
import { fail, ok, type Result } from "./result.js";
import type { Locale } from "./schemas/common.js";

/**
 * A date that keeps the precision its source gave it, written as an ISO 8601 string:
 *
 * | precision | form         | example      |
 * |-----------|--------------|--------------|
 * | year      | `YYYY`       | `2019`       |
 * | month     | `YYYY-MM`    | `2024-11`    |
 * | week      | `YYYY-Www`   | `2024-W46` (ISO week: Monday 11 to Sunday 17 November 2024) |
 * | day       | `YYYY-MM-DD` | `2024-11-19` |
 *
 * Year, month and day are the partial dates Open Civic Data and Popolo use, so they map
 * one to one. A week has no OCD form: see {@link toOcdDate}. Strings keep records
 * JSON-serializable and storable in one text column.
 */
export type PartialDate = string;

/** How precise a {@link PartialDate} is. */
export type DatePrecision = "year" | "month" | "week" | "day";

/** The first and last day (inclusive) a {@link PartialDate} covers, as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}

interface Decoded {
  precision: DatePrecision;
  year: number;
  month?: number;
  week?: number;
  day?: number;
  /** First day covered, as days since 1970-01-01 (UTC). */
  first: number;
  /** Last day covered, inclusive. */
  last: number;
}

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})(?:-(?:W(\d{2})|(\d{2})(?:-(\d{2}))?))?$/;

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of ISO week 1: the week holding the year's first Thursday (so also 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday;
}

function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}

function decode(value: string): Decoded | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  const [, , weekText, monthText, dayText] = match;
  if (weekText !== undefined) {
    const week = Number(weekText);
    if (week < 1 || week > isoWeeksInYear(year)) return undefined;
    const first = isoWeekOneMonday(year) + (week - 1) * 7;
    return { precision: "week", year, week, first, last: first + 6 };
  }
  if (monthText === undefined) {
    return { precision: "year", year, first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (dayText === undefined) {
    const first = dayNumber(year, month, 1);
    return { precision: "month", year, month, first, last: first + daysInMonth(year, month) - 1 };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const first = dayNumber(year, month, day);
  return { precision: "day", year, month, day, first, last: first };
}

const INVALID_MESSAGE =
  "must be a date written YYYY, YYYY-MM, YYYY-Www (ISO week) or YYYY-MM-DD, and must exist on the calendar";

/** Validates a {@link PartialDate} string. */
export const PartialDateSchema = z
  .string({ error: INVALID_MESSAGE })
  .max(40, { error: INVALID_MESSAGE })
  .refine((value) => decode(value) !== undefined, { error: INVALID_MESSAGE });

/** True when `value` is a valid {@link PartialDate}. */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "string" && decode(value) !== undefined;
}

/** Reads a {@link PartialDate} from outside data. */
export function parsePartialDate(value: unknown): Result<PartialDate> {
  if (isPartialDate(value)) return ok(value);
  return fail([{ path: "", message: INVALID_MESSAGE }]);
}

/** The precision of a date, or `undefined` when the string is not a valid {@link PartialDate}. */
export function datePrecision(date: PartialDate): DatePrecision | undefined {
  return decode(date)?.precision;
}

/**
 * The days a date covers: `2024` covers 1 January to 31 December; `2024-W46` covers
 * 2024-11-11 to 2024-11-17. `undefined` for an invalid date.
 */
export function dateRange(date: PartialDate): DayRange | undefined {
  const decoded = decode(date);
  if (!decoded) return undefined;
  return { start: isoDay(decoded.first), end: isoDay(decoded.last) };
}

/**
 * The day `days` after a day-precision date (`YYYY-MM-DD`), or `undefined` when the date is not
 * a single day: a deadline counted from "the week of 11 November" has no one last day.
 *
 * @example
 * addDays("2024-11-19", 31) // → "2024-12-20"
 */
export function addDays(day: PartialDate, days: number): PartialDate | undefined {
  const decoded = decode(day);
  if (decoded?.precision !== "day" || !Number.isInteger(days)) return undefined;
  return isoDay(decoded.first + days);
}

/**
 * The ISO week holding a day, such as `2024-W46` for `2024-11-13`: how to store "last week"
 * without claiming to know the day. Returns `undefined` when `day` is not a `YYYY-MM-DD` date.
 */
export function weekOf(day: PartialDate): PartialDate | undefined {
  const decoded = decode(day);
  if (decoded?.precision !== "day") return undefined;
  // An ISO week belongs to the year that holds its Thursday.
  const weekday = (new Date(decoded.first * DAY_MS).getUTCDay() + 6) % 7;
  const thursday = decoded.first - weekday + 3;
  const weekYear = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(weekYear)) / 7) + 1;
  return `${String(weekYear).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

/**
 * Orders dates for timelines: by first day covered, then coarser before finer (so "2024"
 * heads the events of 2024), then by text. Invalid dates sort last. Use with `Array.sort`.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const left = decode(a);
  const right = decode(b);
  if (!left || !right) {
    if (left) return -1;
    if (right) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (left.first !== right.first) return left.first - right.first;
  if (left.precision !== right.precision) return PRECISION_RANK[left.precision] - PRECISION_RANK[right.precision];
  if (left.last !== right.last) return left.last - right.last;
  return 0;
}

/**
 * How two dates relate in time, honestly: `before` or `after` only when every day of one
 * precedes every day of the other; `same` when both are the same date; otherwise `overlaps`
 * (as `2024-11` and `2024-11-19` do: we cannot say which came first).
 */
export function relateDates(a: PartialDate, b: PartialDate): "before" | "after" | "same" | "overlaps" | undefined {
  const left = decode(a);
  const right = decode(b);
  if (!left || !right) return undefined;
  if (left.last < right.first) return "before";
  if (left.first > right.last) return "after";
  if (left.first === right.first && left.last === right.last) return "same";
  return "overlaps";
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
};

function monthName(locale: Locale, month: number): string {
  return MONTHS[locale][month - 1] ?? String(month);
}

function formatDay(locale: Locale, dayNum: number): string {
  const date = new Date(dayNum * DAY_MS);
  const month = monthName(locale, date.getUTCMonth() + 1);
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return locale === "en" ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}

/**
 * Writes a date for readers at exactly its precision: `2019`; `November 2024` /
 * `noviembre de 2024`; `week of November 11, 2024` / `semana del 11 de noviembre de 2024`;
 * `November 19, 2024` / `19 de noviembre de 2024`. Month names are built in rather than
 * taken from `Intl`, so output is the same on every runtime. An invalid date is returned
 * as given rather than guessed at.
 */
export function formatDate(date: PartialDate, locale: Locale): string {
  const decoded = decode(date);
  if (!decoded) return date;
  switch (decoded.precision) {
    case "year":
      return String(decoded.year);
    case "month":
      return locale === "en"
        ? `${monthName(locale, decoded.month ?? 1)} ${decoded.year}`
        : `${monthName(locale, decoded.month ?? 1)} de ${decoded.year}`;
    case "week":
      return locale === "en"
        ? `week of ${formatDay(locale, decoded.first)}`
        : `semana del ${formatDay(locale, decoded.first)}`;
    case "day":
      return formatDay(locale, decoded.first);
  }
}

/**
 * Maps a date to the partial dates Open Civic Data and Popolo accept (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`). Year, month and day pass through. A week has no OCD form, so it degrades
 * to the smallest period that holds all of it and claims no more: its month when the week
 * sits inside one month (`2024-W46` → `2024-11`), else its year, else (a week across New
 * Year) the year holding its Thursday, which is the ISO week-year. Use {@link dateRange}
 * when you need the exact days, and keep the original where the format allows extras.
 */
export function toOcdDate(date: PartialDate): string {
  const decoded = decode(date);
  if (!decoded) return date;
  if (decoded.precision !== "week") return date;
  const first = new Date(decoded.first * DAY_MS);
  const last = new Date(decoded.last * DAY_MS);
  if (first.getUTCFullYear() === last.getUTCFullYear()) {
    if (first.getUTCMonth() === last.getUTCMonth()) {
      return first.toISOString().slice(0, 7);
    }
    return String(first.getUTCFullYear()).padStart(4, "0");
  }
  return String(decoded.year).padStart(4, "0");
}

/**
 * Reads an Open Civic Data or Popolo date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time
 * (`2024-11-19T10:00:00-08:00`), whose local calendar day is kept and whose time is dropped
 * because Legible dates stop at the day.
 */
export function fromOcdDate(value: unknown): Result<PartialDate> {
  if (typeof value === "string") {
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(value)?.[1] ?? value;
    const decoded = decode(day);
    if (decoded && decoded.precision !== "week") return ok(day);
  }
  return fail([{ path: "", message: "must be an OCD date: YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time" }]);
}
