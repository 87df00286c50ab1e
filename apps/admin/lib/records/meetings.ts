import { localDateTime, zonedInstant } from "@legible/core";

// The meeting form's parts as the form holds them (text for each control, lists for pickers),
// and back as core's record shapes. Pure, so they are tested without a browser.

/** One agenda item as the editor holds it. `key` only keeps React's rows apart while they move. */
export interface AgendaRow {
  key: string;
  number: string;
  text: string;
  measureIds: string[];
  /** One note per line. */
  notes: string;
  actionIds: string[];
  voteIds: string[];
}

/** One document or recording as the editor holds it. */
export interface LinkRow {
  key: string;
  kind: string;
  title: string;
  url: string;
}

/** The place as the editor holds it. */
export interface LocationValue {
  name: string;
  address: string;
  url: string;
}

let nextKey = 0;
/** A key for a new row, unique in this page. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const ids = (value: unknown) =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];

export function emptyAgendaRow(): AgendaRow {
  return { key: rowKey(), number: "", text: "", measureIds: [], notes: "", actionIds: [], voteIds: [] };
}

export function agendaRowsOf(agenda: unknown): AgendaRow[] {
  if (!Array.isArray(agenda)) return [];
  return agenda.map((entry) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    return {
      key: rowKey(),
      number: text(item.number),
      text: text(item.text),
      measureIds: ids(item.measureIds),
      notes: Array.isArray(item.notes) ? item.notes.map(text).join("\n") : "",
      actionIds: ids(item.actionIds),
      voteIds: ids(item.voteIds),
    };
  });
}

/** The agenda core's schema reads: every row kept, blank or not, so problems point at the row on screen. */
export function agendaOf(rows: readonly AgendaRow[] | undefined) {
  return (rows ?? []).map((row) => ({
    ...(row.number.trim() ? { number: row.number.trim() } : {}),
    text: row.text,
    measureIds: row.measureIds,
    notes: row.notes
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    actionIds: row.actionIds,
    voteIds: row.voteIds,
  }));
}

/** Moves a row one place up (-1) or down (+1); the list unchanged at either end. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(target, 0, row as T);
  return next;
}

/** The parts of an agenda item, as its controls and its problems name them. */
export const AGENDA_PARTS = {
  number: "number",
  text: "text",
  measureIds: "measures",
  notes: "notes",
  actionIds: "actions taken",
  voteIds: "votes held",
} as const;

export type AgendaPart = keyof typeof AGENDA_PARTS;

/** Where a problem's path (`agenda.1.text`, `agenda.1.measureIds.0`) sits: the item and its part. */
export function agendaPlace(path: string): { index: number; part: AgendaPart | null } | null {
  const match = /^agenda\.(\d+)(?:\.(\w+))?/.exec(path);
  if (!match) return null;
  const part = match[2] && match[2] in AGENDA_PARTS ? (match[2] as AgendaPart) : null;
  return { index: Number(match[1]), part };
}

/** How a problem names an item's part: "Agenda item 2: text". */
export function agendaPartLabel(index: number, part: AgendaPart | null): string {
  return `Agenda item ${index + 1}${part ? `: ${AGENDA_PARTS[part]}` : ""}`;
}

/** The control an agenda problem belongs to, for the error summary's links. */
export function agendaPartOf(path: string): { label: string; target: string } | null {
  const place = agendaPlace(path);
  if (!place) return null;
  return {
    label: agendaPartLabel(place.index, place.part),
    target: `field-agenda-${place.index}-${place.part ?? "text"}`,
  };
}

export function emptyLinkRow(kind: string): LinkRow {
  return { key: rowKey(), kind, title: "", url: "" };
}

export function linkRowsOf(list: unknown): LinkRow[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const link = (entry ?? {}) as Record<string, unknown>;
    return { key: rowKey(), kind: text(link.kind), title: text(link.title), url: text(link.url) };
  });
}

export function linksOf(rows: readonly LinkRow[] | undefined) {
  return (rows ?? []).map((row) => ({ kind: row.kind, title: row.title, url: row.url.trim() }));
}

const LINK_PARTS = { kind: "kind", title: "title", url: "web address" } as const;

/** The control a document's or a recording's problem belongs to: `documents.1.url`. */
export function linksPartOf(
  name: "documents" | "media",
  noun: string,
  path: string,
): { label: string; target: string } | null {
  const match = new RegExp(`^${name}\\.(\\d+)(?:\\.(kind|title|url))?`).exec(path);
  if (!match) return null;
  const part = (match[2] ?? "title") as keyof typeof LINK_PARTS;
  return { label: `${noun} ${Number(match[1]) + 1}: ${LINK_PARTS[part]}`, target: `field-${name}-${match[1]}-${part}` };
}

export function locationValueOf(location: unknown): LocationValue {
  const place = (location ?? {}) as Record<string, unknown>;
  return { name: text(place.name), address: text(place.address), url: text(place.url) };
}

/** No place when every part is blank; otherwise the parts given (a blank name is the schema's to refuse). */
export function locationOf(value: unknown) {
  const place = locationValueOf(value);
  const name = place.name.trim();
  const address = place.address.trim();
  const url = place.url.trim();
  if (!name && !address && !url) return undefined;
  return { name, ...(address ? { address } : {}), ...(url ? { url } : {}) };
}

const LOCATION_PARTS = { name: "place name", address: "address", url: "web address" } as const;

export function locationPartOf(path: string): { label: string; target: string } | null {
  const match = /^location(?:\.(name|address|url))?/.exec(path);
  if (!match) return null;
  const part = (match[1] ?? "name") as keyof typeof LOCATION_PARTS;
  return { label: `Where: ${LOCATION_PARTS[part]}`, target: `field-location-${part}` };
}

/** The wall-clock time a date-time input shows for an instant, in the meeting's zone; blank when unreadable. */
export function localInputOf(instant: string, zone: string): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return "";
  try {
    return localDateTime(instant, zone || "UTC");
  } catch {
    return "";
  }
}

/**
 * The instant a date-time input's wall-clock time means in the meeting's zone, with that zone's
 * offset (`2025-01-14T10:00:00-08:00`); what was typed, unchanged, when it cannot be read, so
 * core's schema names the problem.
 */
export function instantOfInput(local: string, zone: string): string {
  if (local.trim() === "") return "";
  return zonedInstant(local, zone) ?? local;
}

/** IANA zones offered first: the United States' and its territories', then a few others. */
export const COMMON_TIME_ZONES = [
  "America/Los_Angeles",
  "America/Denver",
  "America/Phoenix",
  "America/Boise",
  "America/Chicago",
  "America/New_York",
  "America/Detroit",
  "America/Indiana/Indianapolis",
  "America/Anchorage",
  "America/Juneau",
  "America/Adak",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "Pacific/Guam",
  "Pacific/Pago_Pago",
  "America/Tijuana",
  "America/Mexico_City",
  "America/Vancouver",
  "America/Toronto",
  "Europe/London",
  "UTC",
] as const;
