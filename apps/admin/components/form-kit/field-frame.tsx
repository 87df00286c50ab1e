import { Field } from "@legible/ui/field";
import type { ReactNode } from "react";
import { sentenceFor } from "@/lib/form-kit/sentences";

export interface FieldIds {
  control: string;
  hint: string;
  error: string;
  /** For aria-describedby: the hint and the error, when shown. */
  describedBy: string | undefined;
}

/** The ids of a field's control, hint and errors (`field-name`, `field-name-hint`, `field-name-error`). */
export function fieldIds(
  name: string,
  hint: unknown,
  errors: readonly string[],
  extra: readonly string[] = [],
): FieldIds {
  const control = `field-${name}`;
  const ids = { control, hint: `${control}-hint`, error: `${control}-error` };
  const describedBy = [hint ? ids.hint : null, ...extra, errors.length ? ids.error : null].filter(Boolean).join(" ");
  return { ...ids, describedBy: describedBy || undefined };
}

/**
 * A field's errors where its aria-describedby points, for controls outside a frame. Core's short
 * messages ("is required") are worded about `label`; whole sentences pass through.
 */
export function FieldErrors({
  id,
  messages,
  label = "This field",
}: {
  id: string;
  messages: readonly string[] | undefined;
  label?: string;
}) {
  const errors = [...new Set((messages ?? []).map((message) => sentenceFor(label, message)))];
  if (!errors.length) return null;
  return (
    <div id={id} className="mt-1 font-bold text-error">
      {errors.map((error) => (
        <p key={error}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ))}
    </div>
  );
}

/** What a field's frame shows around its control or controls. */
interface FrameProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  errors: readonly string[];
  children: ReactNode;
}

/** A single control with its label, hint and errors (USWDS order: label, hint, error, control). */
export function FieldFrame({ ids, label, hint, errors, children }: FrameProps) {
  return (
    <Field id={ids.control} label={label} hint={hint} errors={errors}>
      {children}
    </Field>
  );
}

/** A group of controls (checkboxes, radios, a list, an editor with parts) under a legend. */
export function GroupFrame({
  ids,
  label,
  hint,
  errors,
  children,
  className,
  onBlur,
}: FrameProps & {
  /** Spacing around the group (`mt-3`); the error rule is added to it. */
  className?: string;
  onBlur?: () => void;
}) {
  const classes = [className, errors.length ? "border-l-4 border-error pl-3" : null].filter(Boolean).join(" ");
  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={classes || undefined}
      onBlur={onBlur}
    >
      <legend className="font-bold">{label}</legend>
      {hint ? (
        <p id={ids.hint} className="mt-1 max-w-2xl text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={ids.error} messages={errors} />
      {children}
    </fieldset>
  );
}
