import type { ReactNode } from "react";

export interface FilterOption {
  value: string;
  label: string;
  /** The option's language when it is a record's own words (a body's name, a topic). */
  lang?: string;
}

/** One labelled drop-down of a browse form; its first choice, "Any", sends nothing. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  any,
}: {
  id: string;
  name: string;
  label: ReactNode;
  value: string | undefined;
  options: readonly FilterOption[];
  /** The words for "no filter"; without it the select always has a value (an order, a time). */
  any?: string;
}) {
  // A value from the address that the choices do not list (a topic past the list's end) still
  // shows as chosen, so the form says what the list is narrowed to.
  const choices =
    value && !options.some((option) => option.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 min-h-11 w-full rounded-card border-2 border-ink bg-paper px-2 py-2"
      >
        {any !== undefined ? <option value="">{any}</option> : null}
        {choices.map((option: FilterOption) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
