import type { ReactNode } from "react";

export interface FieldIds {
  control: string;
  hint: string;
  error: string;
  /** For aria-describedby: the hint and the error, when shown. */
  describedBy: string | undefined;
}

export function fieldIds(name: string, hint: string | undefined, errors: readonly string[]): FieldIds {
  const control = `field-${name}`;
  const ids = { control, hint: `${control}-hint`, error: `${control}-error` };
  const describedBy = [hint ? ids.hint : null, errors.length ? ids.error : null].filter(Boolean).join(" ");
  return { ...ids, describedBy: describedBy || undefined };
}

function Hint({ ids, hint }: { ids: FieldIds; hint?: string | undefined }) {
  return hint ? (
    <p id={ids.hint} className="mt-1 text-muted">
      {hint}
    </p>
  ) : null;
}

export function FieldErrors({ ids, errors }: { ids: FieldIds; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <div id={ids.error} className="mt-1 font-bold text-error">
      {errors.map((error) => (
        <p key={error}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ))}
    </div>
  );
}

/** A single control with its label, hint and errors (USWDS order: label, hint, error, control). */
export function FieldFrame({
  ids,
  label,
  hint,
  errors,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  errors: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className={errors.length ? "border-l-4 border-error pl-3" : undefined}>
      <label htmlFor={ids.control} className="block font-bold">
        {label}
      </label>
      <Hint ids={ids} hint={hint} />
      <FieldErrors ids={ids} errors={errors} />
      {children}
    </div>
  );
}

/** A group of controls (checkboxes, radios, a list) under a legend. */
export function GroupFrame({
  ids,
  label,
  hint,
  errors,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  errors: readonly string[];
  children: ReactNode;
}) {
  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={errors.length ? "border-l-4 border-error pl-3" : undefined}
    >
      <legend className="font-bold">{label}</legend>
      <Hint ids={ids} hint={hint} />
      <FieldErrors ids={ids} errors={errors} />
      {children}
    </fieldset>
  );
}
