import { Field, fieldDescription } from "@legible/ui/field";
import { controlClass } from "@/components/form-kit/styles";

/** A labelled text field with its hint and its problem, both read out with it, in the shared field frame. */
export function SyncField({
  path,
  name,
  label,
  hint,
  error,
  type = "text",
  defaultValue,
  required,
}: {
  path: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  type?: "text" | "password" | "number";
  defaultValue: string;
  required?: boolean;
}) {
  const id = `sync-${path.replace(/\W/g, "-")}`;
  const errors = error ? [`${label} ${error}`] : [];
  return (
    <Field id={id} label={`${label}${required ? "" : " (optional)"}`} hint={hint} errors={errors}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete="off"
        {...(type === "number" ? { min: 0, step: "any" } : {})}
        aria-describedby={fieldDescription(id, hint, errors)}
        aria-invalid={error ? true : undefined}
        className={controlClass(Boolean(error))}
      />
    </Field>
  );
}
