/** A labelled text field with its hint and its problem, both read out with it. */
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
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
        {required ? "" : " (optional)"}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete="off"
        {...(type === "number" ? { min: 0, step: "any" } : {})}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        className="mt-1 w-full rounded border border-muted px-3 py-2"
      />
      {error && (
        <p id={`${id}-error`} className="font-bold text-error">
          {label} {error}
        </p>
      )}
    </div>
  );
}
