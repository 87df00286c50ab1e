"use client";

import { inputClass, linkClass } from "@/components/form-kit/styles";
import type { FilterSpec } from "@/lib/records/collection";
import { RecordSearch } from "./record-search";
import { RecordTitle } from "./record-title";

/** One filter of a list: a choice of values, or a record found by searching. */
export function ListFilter({
  column,
  spec,
  value,
  onChange,
}: {
  column: string;
  spec: FilterSpec;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `filter-${column}`;
  if ("options" in spec) {
    return (
      <div>
        <label htmlFor={id} className="block font-bold">
          {spec.label}
        </label>
        <select id={id} className={inputClass} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Any</option>
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div>
      {value ? <p className="font-bold">{spec.label}</p> : null}
      {!value && (
        <label htmlFor={id} className="block font-bold">
          {spec.label}
        </label>
      )}
      {value ? (
        <p className="mt-1">
          <RecordTitle collection={spec.collection} id={value} />{" "}
          <button type="button" className={linkClass} onClick={() => onChange("")}>
            Any {spec.label.toLowerCase()}
          </button>
        </p>
      ) : (
        <RecordSearch id={id} collection={spec.collection} onChoose={(chosen) => onChange(chosen)} />
      )}
    </div>
  );
}
