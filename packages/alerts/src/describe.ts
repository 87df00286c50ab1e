import type { AlertLocale } from "@legible/core";
import type { AuditedChange } from "./matching";
import { messagesFor } from "./messages/index";

/** One change in words: what record, what happened to it, which fields, and where to see it. */
export interface ChangeDescription {
  recordKind: string;
  title: string;
  verb: string;
  at: Date;
  /** The page's path on the site, in the subscriber's language (`/es/...` for Spanish). */
  path: string | null;
  fields: { label: string; before: string | null; after: string | null }[];
}

// Bookkeeping every save touches; a resident would not call these a change.
const IGNORED_FIELDS = new Set([
  "id",
  "version",
  "updatedAt",
  "updatedBy",
  "createdAt",
  "identifiers",
  "provenance",
  "inferred",
  "revisions",
  "latestActionOn",
  "latestActionYear",
  "stage",
]);
const SHOWN_VALUE_LENGTH = 200;

type Plain = Record<string, unknown>;

function asRecord(value: unknown): Plain | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Plain) : null;
}

function firstString(record: Plain | null, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record?.[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

/** A value a resident can read in a line: short text, a number, a date; anything else is just "changed". */
function shown(value: unknown): string | null {
  if (typeof value === "string")
    return value.length <= SHOWN_VALUE_LENGTH ? value : `${value.slice(0, SHOWN_VALUE_LENGTH)}…`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function pathOf(change: AuditedChange, record: Plain | null): string | null {
  const id = (value: unknown) => (typeof value === "string" ? encodeURIComponent(value) : null);
  const own = encodeURIComponent(change.recordId);
  switch (change.recordType) {
    case "measure":
      return `/measures/${own}`;
    case "person":
      return `/people/${own}`;
    case "body":
      return `/bodies/${own}`;
    case "meeting":
      return `/meetings/${own}`;
    case "vote-event":
      return `/votes/${own}`;
    case "explainer":
    case "action": {
      const measure = id(record?.measureId);
      return measure ? `${change.recordType === "explainer" ? "/explainers" : "/measures"}/${measure}` : null;
    }
    case "statement":
    case "membership": {
      const person = id(record?.personId ?? record?.speakerPersonId);
      return person ? `/people/${person}` : null;
    }
    case "post": {
      const body = id(record?.bodyId);
      return body ? `/bodies/${body}` : null;
    }
    default:
      return null;
  }
}

/** A site path in a language: English at the root, Spanish under /es. */
export function localizedPath(locale: AlertLocale, path: string): string {
  return locale === "es" ? `/es${path}` : path;
}

/** What a resident reads about one change, in their language. */
export function describeChange(change: AuditedChange, locale: AlertLocale): ChangeDescription {
  const messages = messagesFor(locale);
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  const record = after ?? before;
  const recordKind = messages.recordKinds[change.recordType] ?? change.recordType;
  const title =
    firstString(record, ["title", "name", "motionText", "description", "identifier"]) ??
    `${recordKind} ${change.recordId}`;
  const verbKey =
    change.action === "create" || change.action === "delete"
      ? change.action
      : change.recordType === "explainer"
        ? "publish"
        : change.action === "update"
          ? "update"
          : "other";
  const fields: ChangeDescription["fields"] = [];
  if (before && after) {
    let other = false;
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (IGNORED_FIELDS.has(key)) continue;
      if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
      const label = messages.fields[key];
      if (!label) {
        other = true;
        continue;
      }
      fields.push({ label, before: shown(before[key]), after: shown(after[key]) });
    }
    if (other) fields.push({ label: messages.fields.other as string, before: null, after: null });
  }
  const path = pathOf(change, record);
  return {
    recordKind,
    title,
    verb: messages.verbs[verbKey] ?? verbKey,
    at: change.at,
    path: path ? localizedPath(locale, path) : null,
    fields,
  };
}
