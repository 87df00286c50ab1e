"use client";

import type { FieldIds } from "@/components/form-kit/field-frame";
import { linkClass } from "@/components/form-kit/styles";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { RecordSearch } from "./record-search";
import { RecordTitle } from "./record-title";

/** What a picker of records takes: the ids its search box uses, what it holds, and what to say. */
interface PickerProps<Value> {
  ids: Pick<FieldIds, "control" | "describedBy">;
  /** The field in words, read out after "Remove". */
  label: string;
  collection: RecordRouterKey;
  value: Value;
  invalid: boolean;
  onBlur: () => void;
}

/** One record of another collection, chosen by searching; shows the chosen record's title. */
export function ReferenceField({
  ids,
  label,
  collection,
  value,
  invalid,
  onChange,
  onBlur,
}: PickerProps<string> & {
  /** The chosen record's id and title; both empty when the choice is removed. */
  onChange: (id: string, title: string) => void;
}) {
  const chosenId = `${ids.control}-chosen`;
  return (
    <>
      <p id={chosenId} className="mt-1">
        {value ? (
          <>
            Chosen: <RecordTitle collection={collection} id={value} />{" "}
            <button type="button" className={linkClass} onClick={() => onChange("", "")}>
              Remove<span className="sr-only"> {label}</span>
            </button>
          </>
        ) : (
          <span className="text-muted">None chosen.</span>
        )}
      </p>
      <RecordSearch
        id={ids.control}
        collection={collection}
        describedBy={[chosenId, ids.describedBy].filter(Boolean).join(" ")}
        invalid={invalid}
        onChoose={onChange}
        onBlur={onBlur}
      />
    </>
  );
}

/** Several records of another collection (a record's sources), added by searching. */
export function ReferencesField({
  ids,
  label,
  collection,
  value,
  invalid,
  onChange,
  onBlur,
}: PickerProps<readonly string[]> & { onChange: (ids: string[]) => void }) {
  return (
    <>
      {value.length === 0 ? (
        <p className="mt-1 text-muted">None chosen.</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {value.map((id) => (
            <li key={id}>
              <RecordTitle collection={collection} id={id} />{" "}
              <button type="button" className={linkClass} onClick={() => onChange(value.filter((v) => v !== id))}>
                Remove
                <span className="sr-only">
                  {" "}
                  {id} from {label}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${ids.control}-add`} className="mt-2 block">
        Add to {label.toLowerCase()}
      </label>
      <RecordSearch
        id={`${ids.control}-add`}
        collection={collection}
        describedBy={ids.describedBy}
        invalid={invalid}
        exclude={value}
        onChoose={(id) => onChange([...value, id])}
        onBlur={onBlur}
      />
    </>
  );
}
