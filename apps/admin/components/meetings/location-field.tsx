"use client";

import type { Issue } from "@legible/core";
import { sentenceFor } from "@/lib/records/issues";
import { type LocationValue, locationPartOf, locationValueOf } from "@/lib/records/meetings";
import { FieldErrors, fieldIds } from "../records/field-frame";
import { controlClass } from "../records/styles";
import type { RecordFormState } from "../records/use-record-form";

const PARTS = [
  { key: "name", label: "Place name", hint: "Like John Ferraro Council Chamber, Room 340, City Hall." },
  { key: "address", label: "Street address (optional)", hint: undefined },
  { key: "url", label: "Web address for joining or directions (optional)", hint: undefined },
] as const;

/** Where a meeting is held: the place's name, its address and a link, each with its own problems. */
export function LocationField({ form }: { form: RecordFormState }) {
  const value = locationValueOf(form.values.location) as LocationValue;
  const issues: readonly Issue[] = form.issuesOf("location");
  const listErrors = [
    ...new Set(issues.filter((issue) => issue.path === "location").map((issue) => sentenceFor("Where", issue.message))),
  ];
  const ids = fieldIds("location", "hint", listErrors);
  return (
    <fieldset id={ids.control} tabIndex={-1} aria-describedby={ids.describedBy}>
      <legend className="font-bold">Where</legend>
      <p id={ids.hint} className="mt-1 text-muted">
        Leave all three blank when the place is not known.
      </p>
      <FieldErrors ids={ids} errors={listErrors} />
      {PARTS.map((part) => {
        const errors = [
          ...new Set(
            issues
              .filter((issue) => issue.path === `location.${part.key}`)
              .map((issue) => sentenceFor(locationPartOf(issue.path)?.label ?? part.label, issue.message)),
          ),
        ];
        const partIds = fieldIds(`location-${part.key}`, part.hint, errors);
        return (
          <div key={part.key} className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}>
            <label htmlFor={partIds.control} className="block font-bold">
              {part.label}
            </label>
            {part.hint ? (
              <p id={partIds.hint} className="mt-1 text-muted">
                {part.hint}
              </p>
            ) : null}
            <FieldErrors ids={partIds} errors={errors} />
            <input
              id={partIds.control}
              type={part.key === "url" ? "url" : "text"}
              aria-describedby={partIds.describedBy}
              aria-invalid={errors.length > 0 || undefined}
              className={controlClass(errors.length > 0)}
              value={value[part.key]}
              onChange={(event) => form.setValue("location", { ...value, [part.key]: event.target.value })}
              onBlur={() => form.touch("location")}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
