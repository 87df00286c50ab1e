import type { RecordRouterKey } from "./router-keys";

/** What to store when a field is left blank: leave it out, store null, or keep the empty text. */
export type WhenEmpty = "omit" | "null" | "keep";

interface FieldBase {
  /** The record's property this field edits. */
  name: string;
  label: string;
  hint?: string;
  /**
   * For fields edited through several controls: the control a problem's path names, and how
   * the error summary names it ("Worked-out value 2 (how, in Spanish)"); null for the field as a whole.
   * A `message` is the problem in the part's own words ("Sponsor 2: pick a person or type a name."),
   * used instead of the label joined to core's message.
   */
  partOf?: (path: string, message?: string) => { label: string; target: string; message?: string } | null;
}

/** A value a record may mark as worked out: one of its fields, or a part of one ("counts.not voting"). */
export interface InferableChoice {
  path: string;
  label: string;
}

/** One row of the worked-out values editor: which value, and how it was worked out in each language. */
export interface InferenceRow {
  field: string;
  en: string;
  es: string;
}

/** One field of a record form, described as data so one form can edit every collection. */
export type FieldSpec =
  | (FieldBase & { kind: "id"; slugFrom: string; prefix: string })
  | (FieldBase & { kind: "text"; empty: WhenEmpty; multiline?: boolean })
  | (FieldBase & { kind: "date"; empty: WhenEmpty })
  | (FieldBase & { kind: "number"; empty: WhenEmpty })
  | (FieldBase & { kind: "select"; options: readonly string[]; empty: WhenEmpty })
  | (FieldBase & { kind: "checks"; options: readonly string[] })
  | (FieldBase & { kind: "yesNoUnknown" })
  | (FieldBase & { kind: "lines" })
  | (FieldBase & { kind: "reference"; collection: RecordRouterKey; empty: WhenEmpty })
  | (FieldBase & { kind: "references"; collection: RecordRouterKey })
  | (FieldBase & {
      kind: "inferences";
      /** The values the record may mark as worked out, given the form's current values. */
      choices: (values: FormValues) => readonly InferableChoice[];
    })
  | (FieldBase & {
      kind: "custom";
      /** The component that edits it; `none` when another field's component does. */
      component:
        | "voteTally"
        | "meetingWhen"
        | "meetingLocation"
        | "meetingAgenda"
        | "meetingDocuments"
        | "meetingMedia"
        | "sponsors"
        | "textSections"
        | "relatedMeasures"
        | "bodyPhrase"
        | "votingRules"
        | "publicComment"
        | "externalIds"
        | "none";
      /** The form's value for the record's value, and back. */
      toValue: (recordValue: unknown) => unknown;
      toRecord: (formValue: unknown) => unknown;
    });

/** A form's values: text for text-like fields, lists for lists, the record's own value for custom fields. */
export type FormValues = Record<string, unknown>;

const PARTIAL_DATE_HINT = "Year, month or day: 2024, 2024-11 or 2024-11-19.";

export function hintOf(field: FieldSpec): string | undefined {
  if (field.hint) return field.hint;
  if (field.kind === "date") return PARTIAL_DATE_HINT;
  if (field.kind === "lines") return "One per line.";
  if (field.kind === "inferences") {
    return "Mark each value the sources do not state but you worked out (a date from “on Tuesday”, a count from seats less votes), and say how, in English and Spanish. Public pages show it as worked out, with your words.";
  }
  return undefined;
}

function blank(empty: WhenEmpty): unknown {
  if (empty === "null") return null;
  if (empty === "keep") return "";
  return undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** A record's `inferred` list as editor rows. */
export function inferenceRowsOf(value: unknown): InferenceRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const inference = (entry ?? {}) as { field?: unknown; reasoning?: { en?: unknown; es?: unknown } };
    return { field: text(inference.field), en: text(inference.reasoning?.en), es: text(inference.reasoning?.es) };
  });
}

/**
 * Editor rows as a record's `inferred` list; no rows means no list (every value reported).
 * Every row is kept, blank or not, so the schema's problems (`inferred.1.reasoning.es`) point
 * at the row on screen.
 */
export function inferencesOf(
  value: unknown,
): Array<{ field: string; reasoning: { en: string; es: string } }> | undefined {
  const rows = Array.isArray(value) ? (value as InferenceRow[]) : [];
  if (rows.length === 0) return undefined;
  return rows.map((row) => ({ field: text(row.field), reasoning: { en: text(row.en), es: text(row.es) } }));
}

/** The form's values for a record (or for a new one, from `record` = its defaults). */
export function valuesOf(fields: readonly FieldSpec[], record: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = record[field.name];
    switch (field.kind) {
      case "number":
        values[field.name] = typeof value === "number" ? String(value) : "";
        break;
      case "checks":
      case "references":
        values[field.name] = Array.isArray(value) ? [...value] : [];
        break;
      case "yesNoUnknown":
        values[field.name] = value === true ? "yes" : value === false ? "no" : "";
        break;
      case "lines":
        values[field.name] = Array.isArray(value) ? value.join("\n") : "";
        break;
      case "inferences":
        values[field.name] = inferenceRowsOf(value);
        break;
      case "custom":
        values[field.name] = field.toValue(value);
        break;
      default:
        values[field.name] = value === undefined || value === null ? "" : String(value);
    }
  }
  return values;
}

/**
 * The record a form's values describe, ready for core's schema (which says what is wrong with
 * it). Blank fields become what the schema expects.
 */
export function recordOf(
  fields: readonly FieldSpec[],
  values: FormValues,
  version: number | undefined,
): { record: Record<string, unknown> } {
  const record: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    if (value !== undefined) record[name] = value;
  };
  for (const field of fields) {
    const value = values[field.name];
    switch (field.kind) {
      case "id":
        put(field.name, text(value).trim());
        break;
      case "number": {
        const raw = text(value).trim();
        put(field.name, raw === "" ? blank(field.empty) : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
        break;
      }
      case "checks":
      case "references":
        put(field.name, Array.isArray(value) ? value : []);
        break;
      case "yesNoUnknown":
        put(field.name, value === "yes" ? true : value === "no" ? false : undefined);
        break;
      case "lines":
        put(
          field.name,
          text(value)
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
        );
        break;
      case "inferences":
        put(field.name, inferencesOf(value));
        break;
      case "custom":
        put(field.name, field.toRecord(value));
        break;
      default:
        put(field.name, text(value) === "" ? blank(field.empty) : text(value));
    }
  }
  if (version !== undefined) record.version = version;
  return { record };
}
