import type { ReactNode } from "react";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { FieldFrame, type FieldIds } from "./field-frame";
import { controlClass } from "./styles";

interface TextFieldProps {
  /** The control's id; its hint and errors are `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Core's messages for the field; worded about the label ("Headline is required."). */
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
  /** Ids of other things that describe the field (a reading grade). */
  describedBy?: readonly string[];
  lang?: string;
  required?: boolean;
}

function frameOf({ id, label, errors, hint, describedBy = [] }: TextFieldProps) {
  const words = typeof label === "string" ? label : "This field";
  const sentences = [...new Set((errors ?? []).map((message) => sentenceFor(words, message)))];
  const describedByIds = [hint ? `${id}-hint` : null, ...describedBy, sentences.length ? `${id}-error` : null];
  const ids: FieldIds = {
    control: id,
    hint: `${id}-hint`,
    error: `${id}-error`,
    describedBy: describedByIds.filter(Boolean).join(" ") || undefined,
  };
  return { ids, sentences };
}

/** A labelled one-line text field, its hint and errors tied to it. */
export function TextInputField(
  props: TextFieldProps & { type?: "text" | "email" | "password"; autoComplete?: string },
) {
  const { ids, sentences } = frameOf(props);
  return (
    <div className="mt-3">
      <FieldFrame ids={ids} label={props.label} hint={props.hint} errors={sentences}>
        <input
          id={ids.control}
          type={props.type ?? "text"}
          value={props.value}
          lang={props.lang}
          required={props.required}
          autoComplete={props.autoComplete}
          aria-invalid={sentences.length ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          className={controlClass(sentences.length > 0)}
        />
      </FieldFrame>
    </div>
  );
}

/** A labelled multi-line text field, its hint and errors tied to it. */
export function TextAreaField(props: TextFieldProps & { rows?: number }) {
  const { ids, sentences } = frameOf(props);
  return (
    <div className="mt-3">
      <FieldFrame ids={ids} label={props.label} hint={props.hint} errors={sentences}>
        <textarea
          id={ids.control}
          value={props.value}
          rows={props.rows ?? 4}
          lang={props.lang}
          required={props.required}
          aria-invalid={sentences.length ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          className={controlClass(sentences.length > 0)}
        />
      </FieldFrame>
    </div>
  );
}
