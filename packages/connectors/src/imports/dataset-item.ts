import { DatasetSchema, IMPORT_COLLECTIONS, type ImportCollection, type Issue, parseWith } from "@legible/core";
import { z } from "zod";

// One record of a dataset read on its own, with core's schema for its collection. A bad value
// the record can do without (an optional field, one entry of a list) is set aside with its
// place and reason and the rest of the record kept; a record that cannot be stored without the
// bad value (its id, a required field) is left out whole, with the reason.

const RECORD_SCHEMAS = Object.fromEntries(
  IMPORT_COLLECTIONS.map((collection) => {
    let list = DatasetSchema.shape[collection] as z.ZodType;
    if (list instanceof z.ZodOptional) list = list.unwrap() as z.ZodType;
    return [collection, (list as z.ZodArray<z.ZodType>).element];
  }),
) as Record<ImportCollection, z.ZodType>;

/** Attempts at setting bad values aside before the record is left out whole. */
const MAX_SET_ASIDE = 20;

export interface SetAside {
  place: string;
  value: string;
  reason: string;
}

export type DatasetItem =
  | { ok: true; record: { id: string }; quarantined: SetAside[] }
  | { ok: false; reason: string; title: string };

function shortJson(value: unknown, length = 120): string {
  const text = value === undefined ? "" : (JSON.stringify(value) ?? "");
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function describe(issues: Issue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path} ${issue.message}`.trim())
    .join("; ");
}

function titleOf(value: Record<string, unknown>): string {
  for (const key of ["name", "label", "title", "identifier", "headline", "id"]) {
    const field = value[key];
    if (typeof field === "string" && field.trim()) return field.trim().slice(0, 90);
    if (field && typeof field === "object" && "en" in field && typeof field.en === "string")
      return field.en.slice(0, 90);
  }
  return "a record";
}

/**
 * Takes the smallest part of `record` that holds the bad value out of it: the entry of the
 * innermost list on the path, or else the top-level field. Returns what was taken.
 */
function takeOut(record: Record<string, unknown>, segments: string[]): unknown {
  const lastIndex = segments.findLastIndex((segment) => /^\d+$/.test(segment));
  if (lastIndex > 0) {
    let holder: unknown = record;
    for (const segment of segments.slice(0, lastIndex))
      holder = (holder as Record<string, unknown> | undefined)?.[segment];
    if (Array.isArray(holder)) return holder.splice(Number(segments[lastIndex]), 1)[0];
  }
  const field = segments[0] as string;
  const taken = record[field];
  delete record[field];
  return taken;
}

/** Checks one record of `collection`, setting aside the bad values it can do without. */
export function readDatasetItem(collection: ImportCollection, value: unknown, place: string): DatasetItem {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, reason: "is not a record (an object with an id)", title: place };
  }
  const record = value as Record<string, unknown>;
  const title = titleOf(record);
  const schema = RECORD_SCHEMAS[collection];
  const quarantined: SetAside[] = [];
  let first: Issue[] | null = null;
  for (let attempt = 0; attempt <= MAX_SET_ASIDE; attempt++) {
    const parsed = parseWith(schema, record);
    if (parsed.ok) return { ok: true, record: parsed.value as { id: string }, quarantined };
    first ??= parsed.issues;
    const issue = parsed.issues[0] as Issue;
    const segments = issue.path === "" ? [] : issue.path.split(".");
    // Without its id, or when a required field is missing, the record cannot be kept.
    if (segments.length === 0 || segments[0] === "id") break;
    const taken = takeOut(record, segments);
    if (taken === undefined) break;
    quarantined.push({ place: `${place}.${issue.path}`, value: shortJson(taken), reason: issue.message });
  }
  return { ok: false, reason: `cannot be stored: ${describe(first ?? [])}`, title };
}
