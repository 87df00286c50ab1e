"use client";

import { type Issue, parseWith } from "@legible/core";
import { useMemo, useState } from "react";
import type { CollectionConfig } from "@/lib/records/collection";
import { type FormValues, recordOf, valuesOf } from "@/lib/records/fields";
import { issuesByField, sentenceFor } from "@/lib/records/issues";
import { changedFields, reapplyEdits } from "@/lib/records/reapply";
import { slugId } from "@/lib/records/slug";
import type { SummaryItem } from "./error-summary";

/**
 * A record form's state: the values it loaded and the user's edits, the version it carries,
 * which fields were touched, and the problems core's schema and the server found.
 */
export function useRecordForm(config: CollectionConfig, initial: Record<string, unknown>, isNew: boolean) {
  const [loaded, setLoaded] = useState<FormValues>(() => valuesOf(config.fields, initial));
  const [values, setValues] = useState<FormValues>(loaded);
  const [version, setVersion] = useState<number | undefined>(initial.version as number | undefined);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const [idEdited, setIdEdited] = useState(!isNew);

  const fieldNames = useMemo(() => config.fields.map((field) => field.name), [config]);
  const { record, clientIssues } = useMemo(() => {
    const built = recordOf(config.fields, values, version);
    const parsed = parseWith(config.schema, built.record);
    return { record: built.record, clientIssues: [...built.issues, ...(parsed.ok ? [] : parsed.issues)] };
  }, [config, values, version]);

  const shownClient = clientIssues.filter((issue) => {
    const field = issuesByField([issue], fieldNames);
    const name = Object.keys(field.byField)[0];
    return submitted || (name !== undefined && touched.has(name));
  });
  const grouped = issuesByField([...shownClient, ...serverIssues], fieldNames);
  const labelOf = (name: string) => config.fields.find((field) => field.name === name)?.label ?? name;

  /** Messages shown beside a field, as sentences, without repeats. */
  function errorsOf(name: string): string[] {
    return [...new Set((grouped.byField[name] ?? []).map((issue) => sentenceFor(labelOf(name), issue.message)))];
  }

  /** The summary's lines for a field: each problem linked to the control it names, without repeats. */
  function summaryOf(name: string): SummaryItem[] {
    const field = config.fields.find((candidate) => candidate.name === name);
    const items = (grouped.byField[name] ?? []).map((issue) => {
      const part = field?.partOf?.(issue.path) ?? null;
      return {
        target: part?.target ?? `field-${name}`,
        message: sentenceFor(part?.label ?? labelOf(name), issue.message),
      };
    });
    return items.filter(
      (item, index) =>
        items.findIndex((other) => other.target === item.target && other.message === item.message) === index,
    );
  }

  const summary: SummaryItem[] = [
    ...grouped.general.map((issue) => ({ target: null, message: sentenceFor("This record", issue.message) })),
    ...fieldNames.flatMap(summaryOf),
  ];

  function setValue(name: string, value: unknown) {
    setValues((current) => {
      const next = { ...current, [name]: value };
      const idField = config.fields.find((field) => field.kind === "id");
      if (idField?.kind === "id" && name === idField.slugFrom && !idEdited) {
        next[idField.name] = slugId(idField.prefix, typeof value === "string" ? value : "");
      }
      return next;
    });
    if (name === "id") setIdEdited(true);
    setServerIssues((issues) => issues.filter((issue) => !issue.path.startsWith(name)));
  }

  return {
    values,
    record,
    submitted,
    /** The problems on a field as core and the server state them, with their full paths. */
    issuesOf: (name: string): Issue[] => grouped.byField[name] ?? [],
    labelOf,
    version,
    clientIssues,
    summary,
    errorsOf,
    dirty: changedFields(loaded, values).length > 0,
    setValue,
    touch: (name: string) => setTouched((current) => (current.has(name) ? current : new Set([...current, name]))),
    /** After a failed save attempt: show every problem, with the server's own. */
    showAll: (issues: Issue[] = []) => {
      setSubmitted(true);
      setServerIssues(issues);
    },
    /** After a save: the saved record is the new starting point. */
    saved: (savedRecord: Record<string, unknown>) => {
      const next = valuesOf(config.fields, savedRecord);
      setLoaded(next);
      setValues(next);
      setVersion(savedRecord.version as number);
      setSubmitted(false);
      setTouched(new Set());
      setServerIssues([]);
    },
    /** After a conflict: their latest version, with this user's edits laid on top. */
    reapplyOnto: (latest: Record<string, unknown>) => {
      const theirs = valuesOf(config.fields, latest);
      const result = reapplyEdits(loaded, values, theirs);
      setLoaded(theirs);
      setValues(result.values);
      setVersion(latest.version as number);
      setServerIssues([]);
      return { kept: result.kept.map(labelOf), overlapping: result.overlapping.map(labelOf) };
    },
  };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;
