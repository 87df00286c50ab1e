"use client";

import type { Issue } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useEffect, useRef, useState } from "react";
import { FieldErrors, type FieldIds, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass, linkClass } from "@/components/form-kit/styles";
import { sentenceFor } from "@/lib/form-kit/sentences";
import type { InferableChoice, InferenceRow } from "@/lib/records/fields";

const PARTS = [
  { key: "field", label: "Which value" },
  { key: "en", label: "How it was worked out, in English" },
  { key: "es", label: "How it was worked out, in Spanish" },
] as const;

type Part = (typeof PARTS)[number]["key"];

/**
 * The worked-out values of a record, one row each: which value (a choice of the record's own
 * fields), and how it was worked out in English and in Spanish. Rows are added and removed with
 * buttons, focus follows (to the new row, or back to the list), and each problem shows beside
 * the control its path names; problems with the list as a whole show under its legend.
 */
export function InferencesField({
  name,
  label,
  hint,
  rows,
  choices,
  issues,
  onChange,
  onBlur,
}: {
  name: string;
  label: string;
  hint: string | undefined;
  rows: readonly InferenceRow[];
  choices: readonly InferableChoice[];
  issues: readonly Issue[];
  onChange: (rows: InferenceRow[]) => void;
  onBlur: () => void;
}) {
  // Each problem goes beside the control its path names; the rest show under the list's legend.
  const placeOf = (path: string): { index: number; part: Part } | null => {
    const match = new RegExp(`^${name}\\.(\\d+)(?:\\.(field|reasoning)(?:\\.(en|es))?)?`).exec(path);
    const index = Number(match?.[1]);
    if (!match || !(index < rows.length)) return null;
    // A problem with a row or its reasoning as a whole shows on the row's first control.
    return { index, part: match[2] === "reasoning" && match[3] ? (match[3] as Part) : "field" };
  };
  const sentences = (list: readonly Issue[], partLabel: string) => [
    ...new Set(list.map((issue) => sentenceFor(partLabel, issue.message))),
  ];
  const listErrors = sentences(
    issues.filter((issue) => placeOf(issue.path) === null),
    label,
  );
  const rowErrors = (index: number, part: Part, partLabel: string) =>
    sentences(
      issues.filter((issue) => {
        const place = placeOf(issue.path);
        return place?.index === index && place.part === part;
      }),
      partLabel,
    );
  const ids = fieldIds(name, hint, listErrors);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | "add" | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow === "add") addRef.current?.focus();
    else document.getElementById(`${ids.control}-${focusRow}-field`)?.focus();
    setFocusRow(null);
  }, [focusRow, ids.control]);

  const update = (index: number, part: Part, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [part]: value } : row)));
  const add = () => {
    onChange([...rows, { field: "", en: "", es: "" }]);
    setFocusRow(rows.length);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    onBlur();
    setFocusRow(rows.length > 1 ? Math.max(0, index - 1) : "add");
  };

  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={listErrors.length ? "border-l-4 border-error pl-3" : undefined}
    >
      <legend className="font-bold">{label}</legend>
      {hint ? (
        <p id={ids.hint} className="mt-1 max-w-2xl text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={ids.error} messages={listErrors} />
      {rows.length === 0 ? (
        <p className="mt-2">None: every value of this record is reported by its sources.</p>
      ) : (
        <ol className="mt-2 space-y-4">
          {rows.map((row, index) => {
            // The record's own value stays choosable even when the form no longer offers it.
            const options =
              row.field && !choices.some((choice) => choice.path === row.field)
                ? [...choices, { path: row.field, label: row.field }]
                : choices;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the schema's paths name them by place too.
              <li key={index} className="max-w-2xl rounded-card border border-line bg-paper p-4">
                <fieldset>
                  <legend className="font-bold">Worked-out value {index + 1}</legend>
                  {PARTS.map((part) => {
                    const errors = rowErrors(index, part.key, part.label);
                    const partIds: FieldIds = fieldIds(`${name}-${index}-${part.key}`, undefined, errors);
                    const common = {
                      id: partIds.control,
                      "aria-describedby": partIds.describedBy,
                      "aria-invalid": errors.length > 0 || undefined,
                      className: controlClass(errors.length > 0),
                      onBlur,
                    };
                    return (
                      <div key={part.key} className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}>
                        <label htmlFor={partIds.control} className="block font-bold">
                          {part.label}
                        </label>
                        <FieldErrors id={partIds.error} messages={errors} />
                        {part.key === "field" ? (
                          <select
                            {...common}
                            value={row.field}
                            onChange={(event) => update(index, "field", event.target.value)}
                          >
                            <option value="">Choose…</option>
                            {options.map((choice) => (
                              <option key={choice.path} value={choice.path}>
                                {choice.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <textarea
                            {...common}
                            rows={3}
                            lang={part.key}
                            value={row[part.key]}
                            onChange={(event) => update(index, part.key, event.target.value)}
                          />
                        )}
                      </div>
                    );
                  })}
                  <button type="button" className={`mt-3 ${linkClass}`} onClick={() => remove(index)}>
                    Remove<span className="sr-only"> worked-out value {index + 1}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button ref={addRef} type="button" className={`mt-3 ${buttonClass("secondary")}`} onClick={add}>
        Add a worked-out value
      </button>
    </fieldset>
  );
}
