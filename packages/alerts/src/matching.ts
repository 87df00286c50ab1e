import { type AlertScope, recordTag, recordTagsIn } from "@legible/core";

/** One saved change as the audit log keeps it: the record before and after. */
export interface AuditedChange {
  id: number;
  at: Date;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** A followed thing, as a subscription names it. */
export interface FollowKey {
  scope: Exclude<AlertScope, "search">;
  target: string;
}

// The record types residents see on the site (the audit log also names staff-only things).
const PUBLIC_TYPES = new Set([
  "measure",
  "person",
  "body",
  "post",
  "membership",
  "action",
  "vote-event",
  "statement",
  "meeting",
  "explainer",
]);

function revisionCount(record: unknown): number {
  const revisions = (record as { revisions?: unknown } | null)?.revisions;
  return Array.isArray(revisions) ? revisions.length : 0;
}

/**
 * Whether residents could see this change. Explainers are public only as last published: a draft
 * saved is nothing to tell anyone, a new published revision is.
 */
export function isPublicChange(change: AuditedChange): boolean {
  if (!PUBLIC_TYPES.has(change.recordType)) return false;
  if (change.recordType === "explainer") return revisionCount(change.after) > revisionCount(change.before);
  return true;
}

/**
 * The followed things a change concerns: the record itself (a measure, a person, a body) and
 * every measure, person and body it names before or after (a vote names its measure and voters,
 * a term its person and body, an explainer its measure), through core's cache-tag walk, the same
 * one that decides which pages a change refreshes. A meeting also concerns its body's meetings.
 */
export function followKeysOf(change: AuditedChange): FollowKey[] {
  if (!isPublicChange(change)) return [];
  const named = new Set<string>();
  for (const record of [change.before, change.after]) if (record) recordTagsIn(record, named);
  const own: Record<string, "measure" | "person" | "body"> = { measure: "measure", person: "person", body: "body" };
  const ownKind = own[change.recordType];
  if (ownKind) named.add(recordTag(ownKind, change.recordId));
  const keys = new Map<string, FollowKey>();
  const add = (scope: FollowKey["scope"], target: string) => keys.set(`${scope}:${target}`, { scope, target });
  for (const tag of named) {
    const colon = tag.indexOf(":");
    const kind = tag.slice(0, colon);
    const id = decodeURIComponent(tag.slice(colon + 1));
    if (kind === "measure" || kind === "person" || kind === "body") add(kind, id);
    if (kind === "body" && change.recordType === "meeting") add("body-meetings", id);
  }
  return [...keys.values()];
}

/** Words of a search, folded so "Renta" finds "renta" and "rénta". */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// What a resident searches a record by: its names and titles, in both languages.
const SEARCHED_FIELDS = ["title", "name", "identifier", "abstract", "summary", "description", "text", "en", "es"];

function searchedText(record: unknown, depth = 0): string {
  if (record === null || typeof record !== "object" || depth > 3) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    if (!SEARCHED_FIELDS.includes(key)) continue;
    if (typeof value === "string") parts.push(value);
    else parts.push(searchedText(value, depth + 1));
  }
  return parts.join(" ");
}

/** A followed search hears of a changed measure, person, body or meeting that has every one of its words. */
export function matchesSearch(change: AuditedChange, query: string): boolean {
  if (!isPublicChange(change)) return false;
  if (!["measure", "person", "body", "meeting"].includes(change.recordType)) return false;
  const words = searchWords(query);
  if (words.length === 0) return false;
  const text = new Set(searchWords(`${searchedText(change.after)} ${searchedText(change.before)}`));
  return words.every((word) => text.has(word));
}
