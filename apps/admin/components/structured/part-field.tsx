import type { ReactNode } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";

/**
 * One part of a structured editor (a sponsor's name, a section's text): its label, hint and
 * sentences beside it, then the control, which `children` draws with the ids it is given.
 */
export function PartField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  /** The control's id without `field-`: `sponsors-1-name`. */
  id: string;
  label: string;
  hint?: string | undefined;
  errors: readonly string[];
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const ids = fieldIds(id, hint, errors);
  return (
    <div className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}>
      <label htmlFor={ids.control} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={ids.error} messages={errors} />
      {children({ id: ids.control, describedBy: ids.describedBy, invalid: errors.length > 0 })}
    </div>
  );
}

/** A group of controls (radios, checkboxes) that is one part, with a legend and its sentences. */
export function PartGroup({
  id,
  legend,
  hint,
  errors,
  children,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  errors: readonly string[];
  children: ReactNode;
}) {
  const ids = fieldIds(id, hint, errors);
  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}
    >
      <legend className="font-bold">{legend}</legend>
      {hint ? (
        <p id={ids.hint} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={ids.error} messages={errors} />
      {children}
    </fieldset>
  );
}
