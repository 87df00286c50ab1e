"use client";

import type { Issue } from "@legible/core";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { absoluteIn } from "@/lib/form-kit/issues";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { type LocationValue, locationPartOf, locationValueOf } from "@/lib/records/meetings";
import type { StructuredEditorProps } from "../records/custom-field";

const PARTS = [
  { key: "name", label: "Place name", hint: "Like John Ferraro Council Chamber, Room 340, City Hall." },
  { key: "address", label: "Street address (optional)", hint: undefined },
  { key: "url", label: "Web address for joining or directions (optional)", hint: undefined },
] as const;

/** Where a meeting is held: the place's name, its address and a link, each with its own problems. */
export function LocationField({ name, value: current, onChange, onBlur, issues: within }: StructuredEditorProps) {
  const value = locationValueOf(current) as LocationValue;
  // locationPartOf reads the record's paths (`location.url`).
  const issues: readonly Issue[] = absoluteIn(name, within);
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
      <FieldErrors id={ids.error} messages={listErrors} />
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
            <FieldErrors id={partIds.error} messages={errors} />
            <input
              id={partIds.control}
              type={part.key === "url" ? "url" : "text"}
              aria-describedby={partIds.describedBy}
              aria-invalid={errors.length > 0 || undefined}
              className={controlClass(errors.length > 0)}
              value={value[part.key]}
              onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              onBlur={onBlur}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
