import type { ReactNode } from "react";
import { controlClass } from "@/components/form-kit/styles";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { ReferenceField } from "../records/reference-field";
import { PartField, PartGroup } from "./part-field";

/** What every part control is framed with: its id without `field-`, label, hint and sentences. */
interface PartFrame {
  id: string;
  label: string;
  hint?: string | undefined;
  errors: readonly string[];
}

/** A text part of a structured editor: one line, or several when `rows` is given. */
export function TextPart({
  value,
  onChange,
  onBlur,
  rows,
  lang,
  numeric = false,
  type = "text",
  ...frame
}: PartFrame & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  rows?: number;
  lang?: string;
  /** A whole number: phones show the number pad. */
  numeric?: boolean;
  type?: "text" | "url";
}) {
  return (
    <PartField {...frame}>
      {(control) => {
        const common = {
          id: control.id,
          lang,
          "aria-describedby": control.describedBy,
          "aria-invalid": control.invalid || undefined,
          className: controlClass(control.invalid),
          value,
          onBlur,
        };
        return rows ? (
          <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...common}
            type={type}
            inputMode={numeric ? "numeric" : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        );
      }}
    </PartField>
  );
}

/** A choice of one value from a short list, as a select. */
export function SelectPart<Value extends string>({
  value,
  options,
  onChange,
  onBlur,
  ...frame
}: PartFrame & {
  value: Value;
  options: ReadonlyArray<{ value: Value; label: string }>;
  onChange: (value: Value) => void;
  onBlur?: (() => void) | undefined;
}) {
  return (
    <PartField {...frame}>
      {(control) => (
        <select
          id={control.id}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid || undefined}
          className={controlClass(control.invalid)}
          value={value}
          onChange={(event) => onChange(event.target.value as Value)}
          onBlur={onBlur}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </PartField>
  );
}

/** A choice of one of a few kinds, as radio buttons under a legend. */
export function RadioPart<Value extends string>({
  id,
  legend,
  name,
  value,
  options,
  onChange,
  onBlur,
  errors = [],
  children,
}: {
  id: string;
  legend: string;
  /** The radios' shared name; unique in the page. */
  name: string;
  value: Value;
  options: ReadonlyArray<{ value: Value; label: string }>;
  onChange: (value: Value) => void;
  onBlur?: (() => void) | undefined;
  errors?: readonly string[];
  /** What the choice opens under it (a threshold's share or count). */
  children?: ReactNode;
}) {
  return (
    <PartGroup id={id} legend={legend} errors={errors}>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className="size-5"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              onBlur={onBlur}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </PartGroup>
  );
}

/** One record of another collection, found by searching, as a part (a sponsor's person, a related measure). */
export function RecordPart({
  collection,
  value,
  removeLabel,
  onChange,
  onBlur,
  ...frame
}: PartFrame & {
  collection: RecordRouterKey;
  value: string;
  /** What "Remove" removes, read out: "the record chosen for sponsor 2". */
  removeLabel: string;
  onChange: (id: string, title: string) => void;
  onBlur: () => void;
}) {
  return (
    <PartField {...frame}>
      {(control) => (
        <ReferenceField
          ids={{ control: control.id, describedBy: control.describedBy }}
          label={removeLabel}
          collection={collection}
          value={value}
          invalid={control.invalid}
          onChange={onChange}
          onBlur={onBlur}
        />
      )}
    </PartField>
  );
}
