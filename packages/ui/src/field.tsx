import type { ReactNode } from "react";

/** The ids a control inside a {@link Field} points at with aria-describedby. */
export function fieldDescription(id: string, hint: ReactNode | undefined, errors: readonly string[]) {
  const ids = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return ids || undefined;
}

/**
 * A control's frame, in the U.S. Web Design System's order: label, hint, errors, control.
 * Presentational only: the control (children) takes `id` and, from {@link fieldDescription},
 * `aria-describedby`; the form library decides what the errors are.
 */
export function Field({
  id,
  label,
  hint,
  errors = [],
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className={errors.length ? "border-l-4 border-error pl-3" : undefined}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-muted">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 && (
        <div id={`${id}-error`} className="mt-1 font-bold text-error">
          {errors.map((error) => (
            <p key={error}>
              <span className="sr-only">Error: </span>
              {error}
            </p>
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
