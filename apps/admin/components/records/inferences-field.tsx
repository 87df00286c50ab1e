"use client";

import type { Issue } from "@legible/core";
import { sentenceFor } from "@/lib/form-kit/sentences";
import type { InferableChoice, InferenceRow } from "@/lib/records/fields";
import { ListEditor } from "../structured/list-editor";
import { SelectPart, TextPart } from "../structured/part-controls";

const PARTS = {
  field: "Which value",
  en: "How it was worked out, in English",
  es: "How it was worked out, in Spanish",
} as const;

type Part = keyof typeof PARTS;

/**
 * The worked-out values of a record, one row each: which value (a choice of the record's own
 * fields), and how it was worked out in English and in Spanish, on ListEditor (rows added and
 * removed, never moved: their order means nothing). Each problem shows beside the control its
 * path names; problems with the list as a whole show under its legend.
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
  return (
    <ListEditor
      name={name}
      label={label}
      hint={hint}
      itemLabel="Worked-out value"
      rows={rows}
      reorderable={false}
      listErrors={listErrors}
      emptyText="None: every value of this record is reported by its sources."
      addLabel="Add a worked-out value"
      newRow={() => ({ field: "", en: "", es: "" })}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) => {
        // The record's own value stays choosable even when the form no longer offers it.
        const options =
          row.field && !choices.some((choice) => choice.path === row.field)
            ? [...choices, { path: row.field, label: row.field }]
            : choices;
        return (
          <>
            <SelectPart
              id={`${name}-${index}-field`}
              label={PARTS.field}
              errors={rowErrors(index, "field", PARTS.field)}
              value={row.field}
              options={[
                { value: "", label: "Choose…" },
                ...options.map((choice) => ({ value: choice.path, label: choice.label })),
              ]}
              onChange={(field) => update({ field })}
              onBlur={onBlur}
            />
            {(["en", "es"] as const).map((language) => (
              <TextPart
                key={language}
                id={`${name}-${index}-${language}`}
                label={PARTS[language]}
                errors={rowErrors(index, language, PARTS[language])}
                rows={3}
                lang={language}
                value={row[language]}
                onChange={(text) => update({ [language]: text })}
                onBlur={onBlur}
              />
            ))}
          </>
        );
      }}
    />
  );
}
