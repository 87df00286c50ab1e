import type { ReactNode } from "react";
import { FieldFrame, fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { sentenceFor } from "@/lib/form-kit/sentences";

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
  const sentences = [...new Set(errors.map((message) => sentenceFor(label, message)))];
  return (
    <div className="mt-3">
      <FieldFrame ids={ids} label={label} hint={hint} errors={sentences}>
        {children({ id: ids.control, describedBy: ids.describedBy, invalid: errors.length > 0 })}
      </FieldFrame>
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
  return (
    <GroupFrame ids={fieldIds(id, hint, errors)} label={legend} hint={hint} errors={errors} className="mt-3">
      {children}
    </GroupFrame>
  );
}
