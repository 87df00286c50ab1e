"use client";

import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass, linkClass } from "@/components/form-kit/styles";
import { placeListIssues } from "@/lib/records/structured/list-parts";
import { emptySponsorRow, SPONSOR_PARTS, type SponsorKind, type SponsorRow } from "@/lib/records/structured/sponsors";
import { RecordSearch } from "../records/record-search";
import { RecordTitle } from "../records/record-title";
import { ListEditor } from "./list-editor";
import { PartField, PartGroup } from "./part-field";
import type { StructuredEditorProps } from "./types";

const KINDS: ReadonlyArray<{ kind: SponsorKind; label: string }> = [
  { kind: "person", label: "A person on record" },
  { kind: "body", label: "A body on record" },
  { kind: "name", label: "A name not on record" },
];

/**
 * A measure's sponsors, in order: each a person or body picked from the records (its name
 * filled in from the record) or a name typed, and whether it is the primary sponsor.
 */
export function SponsorsEditor({ name, label, value, onChange, onBlur, issues }: StructuredEditorProps) {
  const rows = (Array.isArray(value) ? value : []) as SponsorRow[];
  const { byTarget, listErrors } = placeListIssues(SPONSOR_PARTS, label, issues, rows.length);
  const errorsAt = (index: number, part: string) => byTarget.get(`field-${name}-${index}-${part}`) ?? [];

  return (
    <ListEditor
      name={name}
      label={label}
      hint="Who introduced it, in the order the measure lists them. Pick each from the people or bodies on record, or type a name that is not on record."
      itemLabel="Sponsor"
      rows={rows}
      listErrors={listErrors}
      emptyText="No sponsors yet."
      addLabel="Add a sponsor"
      newRow={() => emptySponsorRow()}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) => {
        const n = index + 1;
        const collection = row.kind === "body" ? "bodies" : "people";
        const searchId = `field-${name}-${index}-record`;
        return (
          <>
            <PartGroup id={`${name}-${index}-kind`} legend={`Sponsor ${n} is`} errors={[]}>
              <div className="mt-1 flex flex-wrap gap-4">
                {KINDS.map((choice) => (
                  <label key={choice.kind} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={`${name}-${row.key}-kind`}
                      className="size-5"
                      checked={row.kind === choice.kind}
                      onChange={() => update({ kind: choice.kind, recordId: "" })}
                      onBlur={onBlur}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
            </PartGroup>
            {row.kind !== "name" ? (
              <div className={`mt-3 ${errorsAt(index, "record").length ? "border-l-4 border-error pl-3" : ""}`}>
                <label htmlFor={searchId} className="block font-bold">
                  Sponsor {n}: find {row.kind === "body" ? "a body" : "a person"}
                </label>
                <FieldErrors
                  id={fieldIds(`${name}-${index}-record`, undefined, errorsAt(index, "record")).error}
                  messages={errorsAt(index, "record")}
                />
                <p id={`${searchId}-chosen`} className="mt-1">
                  {row.recordId ? (
                    <>
                      Chosen: <RecordTitle collection={collection} id={row.recordId} />{" "}
                      <button type="button" className={linkClass} onClick={() => update({ recordId: "" })}>
                        Remove<span className="sr-only"> the record chosen for sponsor {n}</span>
                      </button>
                    </>
                  ) : (
                    <span className="text-muted">None chosen.</span>
                  )}
                </p>
                <RecordSearch
                  id={searchId}
                  collection={collection}
                  describedBy={[`${searchId}-chosen`, errorsAt(index, "record").length ? `${searchId}-error` : ""]
                    .filter(Boolean)
                    .join(" ")}
                  invalid={errorsAt(index, "record").length > 0}
                  onChoose={(id, title) => {
                    update({ recordId: id, name: title });
                    onBlur();
                  }}
                  onBlur={onBlur}
                />
              </div>
            ) : null}
            <PartField
              id={`${name}-${index}-name`}
              label={`Sponsor ${n}: name`}
              hint={
                row.kind === "name"
                  ? "As the measure prints it."
                  : "Filled in from the record you pick; change it to how the measure prints it."
              }
              errors={errorsAt(index, "name")}
            >
              {(control) => (
                <input
                  id={control.id}
                  type="text"
                  aria-describedby={control.describedBy}
                  aria-invalid={control.invalid || undefined}
                  className={controlClass(control.invalid)}
                  value={row.name}
                  onChange={(event) => update({ name: event.target.value })}
                  onBlur={onBlur}
                />
              )}
            </PartField>
            <label className="mt-3 flex items-center gap-2">
              <input
                id={`field-${name}-${index}-primary`}
                type="checkbox"
                className="size-5"
                checked={row.primary}
                onChange={(event) => update({ primary: event.target.checked })}
                onBlur={onBlur}
              />
              Sponsor {n} is the primary sponsor
            </label>
          </>
        );
      }}
    />
  );
}
