"use client";

import type { Issue } from "@legible/core";
import { type FieldSpec, type FormValues, hintOf, type InferenceRow } from "@/lib/records/fields";
import { FieldFrame, fieldIds, GroupFrame } from "../form-kit/field-frame";
import { controlClass } from "../form-kit/styles";
import { InferencesField } from "./inferences-field";
import { ReferenceField, ReferencesField } from "./reference-field";

export interface FieldInputProps {
  field: FieldSpec;
  value: unknown;
  errors: readonly string[];
  isNew: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  /** The field's problems with their full paths, for editors that place them on their parts. */
  issues?: readonly Issue[];
  /** Every value of the form, for editors whose choices depend on other fields. */
  formValues?: FormValues;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** One field of a record form, drawn from its description. Custom fields are drawn by the form. */
export function FieldInput({
  field,
  value,
  errors,
  isNew,
  onChange,
  onBlur,
  issues = [],
  formValues = {},
}: FieldInputProps) {
  const hint = hintOf(field);
  const ids = fieldIds(field.name, hint, errors);
  const invalid = errors.length > 0;
  const common = {
    id: ids.control,
    "aria-describedby": ids.describedBy,
    "aria-invalid": invalid || undefined,
    className: controlClass(invalid),
    onBlur,
  };
  const frame = { ids, label: field.label, hint, errors };

  switch (field.kind) {
    case "custom":
      return null;
    case "inferences":
      return (
        <InferencesField
          name={field.name}
          label={field.label}
          hint={hint}
          rows={Array.isArray(value) ? (value as InferenceRow[]) : []}
          choices={field.choices(formValues)}
          issues={issues}
          onChange={onChange}
          onBlur={onBlur}
        />
      );
    case "id":
      if (!isNew) {
        return (
          <div>
            <p className="font-bold">{field.label}</p>
            <p className="mt-1 font-mono">{text(value)}</p>
          </div>
        );
      }
      return (
        <FieldFrame {...frame}>
          <input {...common} type="text" value={text(value)} onChange={(e) => onChange(e.target.value)} />
        </FieldFrame>
      );
    case "select":
      return (
        <FieldFrame {...frame}>
          <select {...common} value={text(value)} onChange={(e) => onChange(e.target.value)}>
            <option value="">{field.empty === "null" ? "Unknown" : "Choose…"}</option>
            {field.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    case "yesNoUnknown":
      return (
        <GroupFrame {...frame}>
          <div className="mt-1 flex flex-wrap gap-4">
            {[
              ["yes", "Yes"],
              ["no", "No"],
              ["", "Not known"],
            ].map(([choice, label]) => (
              <label key={choice} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={field.name}
                  className="size-5"
                  checked={text(value) === choice}
                  onChange={() => onChange(choice)}
                  onBlur={onBlur}
                />
                {label}
              </label>
            ))}
          </div>
        </GroupFrame>
      );
    case "checks":
      return (
        <GroupFrame {...frame}>
          <div className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {field.options.map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={list(value).includes(option)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...list(value), option] : list(value).filter((v) => v !== option))
                  }
                  onBlur={onBlur}
                />
                {option}
              </label>
            ))}
          </div>
        </GroupFrame>
      );
    case "reference":
      return (
        <FieldFrame {...frame}>
          <ReferenceField
            ids={ids}
            label={field.label}
            collection={field.collection}
            value={text(value)}
            invalid={invalid}
            onChange={(id) => {
              onChange(id);
              onBlur();
            }}
            onBlur={onBlur}
          />
        </FieldFrame>
      );
    case "references":
      return (
        <GroupFrame {...frame}>
          <ReferencesField
            ids={ids}
            label={field.label}
            collection={field.collection}
            value={list(value)}
            invalid={invalid}
            onChange={(ids) => {
              onChange(ids);
              onBlur();
            }}
            onBlur={onBlur}
          />
        </GroupFrame>
      );
    case "lines":
      return (
        <FieldFrame {...frame}>
          <textarea {...common} rows={3} value={text(value)} onChange={(e) => onChange(e.target.value)} />
        </FieldFrame>
      );
    default:
      return (
        <FieldFrame {...frame}>
          {field.kind === "text" && field.multiline ? (
            <textarea {...common} rows={4} value={text(value)} onChange={(e) => onChange(e.target.value)} />
          ) : (
            <input
              {...common}
              type="text"
              inputMode={field.kind === "number" ? "numeric" : undefined}
              value={text(value)}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </FieldFrame>
      );
  }
}
