"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Issue } from "@legible/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { issuesByField, issuesOfFormErrors, relativeTo } from "@/lib/form-kit/issues";
import { reapplyEdits } from "@/lib/form-kit/reapply";
import { sentenceFor } from "@/lib/form-kit/sentences";
import type { CollectionConfig } from "@/lib/records/collection";
import { type FormValues, recordOf, valuesOf } from "@/lib/records/fields";
import { slugId } from "@/lib/records/slug";
import type { SummaryItem } from "../form-kit/error-summary";

/**
 * Core's schema as react-hook-form's resolver: the form's text values become the record they
 * describe (lib/records/fields.ts), and zod's resolver checks that record against the
 * collection's schema. A valid form submits the record as built, not zod's output: the server
 * parses it again.
 */
function recordResolver(config: CollectionConfig, versionOf: () => number | undefined): Resolver<FormValues> {
  const schemaResolver = zodResolver(config.schema as z.ZodType<FormValues, FormValues>, undefined, { raw: true });
  return (values, context, options) =>
    schemaResolver(recordOf(config.fields, values, versionOf()).record, context, options);
}

/**
 * A record form's state on react-hook-form: the values loaded and the user's edits, the version
 * it carries, and the problems core's schema (through the resolver, once a field is touched or
 * the form submitted) and the server found, placed on their fields.
 */
export function useRecordForm(config: CollectionConfig, initial: Record<string, unknown>, isNew: boolean) {
  const [version, setVersion] = useState<number | undefined>(initial.version as number | undefined);
  const versionRef = useRef(version);
  versionRef.current = version;
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const [idEdited, setIdEdited] = useState(!isNew);
  const resolver = useMemo(() => recordResolver(config, () => versionRef.current), [config]);
  const form = useForm<FormValues>({
    defaultValues: valuesOf(config.fields, initial),
    resolver,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const values = useWatch({ control: form.control }) as FormValues;
  const { errors, isDirty, isSubmitted, defaultValues } = form.formState;

  const fieldNames = useMemo(() => config.fields.map((field) => field.name), [config]);
  const labelOf = useCallback(
    (name: string) => config.fields.find((field) => field.name === name)?.label ?? name,
    [config],
  );
  const grouped = issuesByField([...issuesOfFormErrors(errors), ...serverIssues], fieldNames);

  /** Messages shown beside a field, as sentences, without repeats. */
  function errorsOf(name: string): string[] {
    return [...new Set((grouped.byField[name] ?? []).map((issue) => sentenceFor(labelOf(name), issue.message)))];
  }

  /** The summary's lines for a field: each problem linked to the control it names, without repeats. */
  function summaryOf(name: string): SummaryItem[] {
    const field = config.fields.find((candidate) => candidate.name === name);
    const items = (grouped.byField[name] ?? []).map((issue) => {
      const part = field?.partOf?.(issue.path, issue.message) ?? null;
      return {
        target: part?.target ?? `field-${name}`,
        message: sentenceFor(part?.label ?? labelOf(name), part?.message ?? issue.message),
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

  /** What follows a change the user made: the id follows the name until edited, and the server's old problems go. */
  function changed(name: string, value: unknown) {
    const idField = config.fields.find((field) => field.kind === "id");
    if (idField?.kind === "id" && name === idField.slugFrom && !idEdited) {
      form.setValue(idField.name, slugId(idField.prefix, typeof value === "string" ? value : ""), {
        shouldDirty: true,
      });
    }
    if (idField && name === idField.name) setIdEdited(true);
    setServerIssues((issues) => issues.filter((issue) => issue.path !== name && !issue.path.startsWith(`${name}.`)));
  }

  /** Sets another field than the one being edited (a meeting's start when its zone changes), as the user would. */
  function setFieldValue(name: string, value: unknown) {
    form.setValue(name, value, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    changed(name, value);
  }

  return {
    control: form.control,
    values,
    /** The record the values describe, as it would be sent (for editors that check it as they go). */
    record: recordOf(config.fields, values, version).record,
    version,
    submitted: isSubmitted,
    summary,
    errorsOf,
    /** The problems on a field as core and the server state them, with their full paths. */
    issuesOf: (name: string): Issue[] => grouped.byField[name] ?? [],
    /** The same, with paths inside the field (`agenda.2.text` → `2.text`), for structured editors. */
    issuesWithin: (name: string): Issue[] => relativeTo(name, grouped.byField[name] ?? []),
    labelOf,
    dirty: isDirty,
    loaded: (defaultValues ?? {}) as FormValues,
    changed,
    setFieldValue,
    /**
     * Checks the whole record and, when core's schema accepts it, calls `save` with the record;
     * otherwise shows every problem. Server problems from the last attempt are cleared first.
     */
    submit: (save: (record: Record<string, unknown>) => Promise<void>, invalid: () => void) => {
      setServerIssues([]);
      return form.handleSubmit(
        (record) => save(record),
        () => invalid(),
      )();
    },
    /** After a refused save: the server's problems, on their fields. */
    showServerIssues: (issues: Issue[]) => setServerIssues(issues),
    /** After a save: the saved record is the new starting point. */
    saved: (savedRecord: Record<string, unknown>) => {
      setVersion(savedRecord.version as number);
      versionRef.current = savedRecord.version as number;
      form.reset(valuesOf(config.fields, savedRecord));
      setServerIssues([]);
    },
    /** A draft kept from an earlier visit, applied over the loaded values (still unsaved). */
    restore: (draft: FormValues) => {
      for (const name of fieldNames) {
        if (name in draft) form.setValue(name, draft[name], { shouldDirty: true });
      }
    },
    /** After a conflict: their latest version, with this user's edits laid on top. */
    reapplyOnto: (latest: Record<string, unknown>) => {
      const theirs = valuesOf(config.fields, latest);
      const result = reapplyEdits((defaultValues ?? {}) as FormValues, form.getValues(), theirs);
      setVersion(latest.version as number);
      versionRef.current = latest.version as number;
      form.reset(theirs);
      for (const name of result.kept) form.setValue(name, result.values[name], { shouldDirty: true });
      setServerIssues([]);
      return { kept: result.kept.map(labelOf), overlapping: result.overlapping.map(labelOf) };
    },
  };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;
