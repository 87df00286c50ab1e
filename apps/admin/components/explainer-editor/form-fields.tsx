import type { ReactNode } from "react";

/** The id of a field's error message, for aria-describedby. */
export const errorId = (fieldId: string) => `${fieldId}-error`;

/** "is required" → "This field is required."; other messages get a capital and a full stop. */
export function asSentence(message: string): string {
  const text = /^(is|must|should|cannot|has) /.test(message) ? `This field ${message}` : message;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A field's error messages, in words beside it; nothing when there are none. */
export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 font-bold text-error">
      {messages.map(asSentence).join(" ")}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  /** Ids of hints and grades that describe the field. */
  describedBy?: readonly string[];
  lang?: string;
  required?: boolean;
}

function describedByOf(id: string, errors: readonly string[] | undefined, describedBy: readonly string[] = []) {
  const ids = [...describedBy, ...(errors?.length ? [errorId(id)] : [])];
  return ids.length ? ids.join(" ") : undefined;
}

const inputClass =
  "mt-1 block w-full rounded border border-muted bg-paper px-2 py-1.5 text-ink aria-invalid:border-error aria-invalid:border-2";

/** A labelled multi-line text field with its errors and hints tied to it. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  errors,
  describedBy,
  lang,
  required,
  rows = 4,
}: FieldProps & { rows?: number }) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        lang={lang}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByOf(id, errors, describedBy)}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
      <FieldErrors id={errorId(id)} messages={errors} />
    </div>
  );
}

/** A labelled one-line text field with its errors and hints tied to it. */
export function TextInputField({ id, label, value, onChange, errors, describedBy, lang, required }: FieldProps) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        lang={lang}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByOf(id, errors, describedBy)}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
      <FieldErrors id={errorId(id)} messages={errors} />
    </div>
  );
}

/** A plain button in the staff app's style; `tone` picks how loud it is. */
export function buttonClass(tone: "primary" | "secondary" | "danger" = "secondary"): string {
  const tones = {
    primary: "bg-primary text-paper border-primary hover:bg-primary-dark",
    secondary: "bg-paper text-primary border-primary hover:bg-primary-light",
    danger: "bg-paper text-error border-error hover:bg-canvas",
  };
  return `inline-flex min-h-11 items-center rounded border-2 px-3 py-1.5 font-bold disabled:cursor-not-allowed disabled:border-line disabled:bg-canvas disabled:text-muted ${tones[tone]}`;
}
