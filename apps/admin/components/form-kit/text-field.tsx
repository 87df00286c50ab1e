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

/** What the two text controls share: ids, value, language, and the change and blur handlers. */
function controlProps(props: TextFieldProps, ids: FieldIds, invalid: boolean) {
  return {
    id: ids.control,
    value: props.value,
    lang: props.lang,
    required: props.required,
    "aria-invalid": invalid || undefined,
    "aria-describedby": ids.describedBy,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    onBlur: props.onBlur,
    className: controlClass(invalid),
  };
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
          {...controlProps(props, ids, sentences.length > 0)}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
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
        <textarea {...controlProps(props, ids, sentences.length > 0)} rows={props.rows ?? 4} />
      </FieldFrame>
    </div>
  );
}
