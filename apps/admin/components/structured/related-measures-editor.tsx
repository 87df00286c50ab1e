"use client";

import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass, linkClass } from "@/components/form-kit/styles";
import { placeListIssues } from "@/lib/records/structured/list-parts";
import {
  emptyRelatedMeasureRow,
  MEASURE_RELATIONS,
  RELATED_MEASURE_PARTS,
  RELATION_WORDS,
  type RelatedKind,
  type RelatedMeasureRow,
} from "@/lib/records/structured/related-measures";
import { RecordSearch } from "../records/record-search";
import { RecordTitle } from "../records/record-title";
import { ListEditor } from "./list-editor";
import { PartField, PartGroup } from "./part-field";
import type { StructuredEditorProps } from "./types";

const KINDS: ReadonlyArray<{ kind: RelatedKind; label: string }> = [
  { kind: "record", label: "A measure on record" },
  { kind: "named", label: "A measure not on record" },
];

/** Other measures this one points at: how it relates, and the measure picked from records or named by number and title. */
export function RelatedMeasuresEditor({ name, label, value, onChange, onBlur, issues }: StructuredEditorProps) {
  const rows = (Array.isArray(value) ? value : []) as RelatedMeasureRow[];
  const { byTarget, listErrors } = placeListIssues(RELATED_MEASURE_PARTS, label, issues, rows.length);
  const errorsAt = (index: number, part: string) => byTarget.get(`field-${name}-${index}-${part}`) ?? [];

  return (
    <ListEditor
      name={name}
      label={label}
      hint="Measures this one codifies, amends, supersedes or is related to. Pick each from the records, or give its number and title when it is not on record."
      itemLabel="Related measure"
      rows={rows}
      listErrors={listErrors}
      emptyText="No related measures yet."
      addLabel="Add a related measure"
      newRow={emptyRelatedMeasureRow}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) => {
        const n = index + 1;
        const searchId = `field-${name}-${index}-measureId`;
        const measureErrors = errorsAt(index, "measureId");
        const measureIds = fieldIds(`${name}-${index}-measureId`, undefined, measureErrors);
        return (
          <>
            <PartField
              id={`${name}-${index}-relation`}
              label={`Related measure ${n}: this measure…`}
              errors={errorsAt(index, "relation")}
            >
              {(control) => (
                <select
                  id={control.id}
                  aria-describedby={control.describedBy}
                  aria-invalid={control.invalid || undefined}
                  className={controlClass(control.invalid)}
                  value={row.relation}
                  onChange={(event) => update({ relation: event.target.value as RelatedMeasureRow["relation"] })}
                  onBlur={onBlur}
                >
                  {MEASURE_RELATIONS.map((relation) => (
                    <option key={relation} value={relation}>
                      {RELATION_WORDS[relation]}
                    </option>
                  ))}
                </select>
              )}
            </PartField>
            <PartGroup id={`${name}-${index}-kind`} legend={`Related measure ${n} is`} errors={[]}>
              <div className="mt-1 flex flex-wrap gap-4">
                {KINDS.map((choice) => (
                  <label key={choice.kind} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={`${name}-${row.key}-kind`}
                      className="size-5"
                      checked={row.kind === choice.kind}
                      onChange={() => update({ kind: choice.kind })}
                      onBlur={onBlur}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
            </PartGroup>
            {row.kind === "record" ? (
              <div className={`mt-3 ${measureErrors.length ? "border-l-4 border-error pl-3" : ""}`}>
                <label htmlFor={searchId} className="block font-bold">
                  Related measure {n}: find a measure
                </label>
                <FieldErrors id={measureIds.error} messages={measureErrors} />
                <p id={`${searchId}-chosen`} className="mt-1">
                  {row.measureId ? (
                    <>
                      Chosen: <RecordTitle collection="measures" id={row.measureId} />{" "}
                      <button type="button" className={linkClass} onClick={() => update({ measureId: "" })}>
                        Remove<span className="sr-only"> the measure chosen for related measure {n}</span>
                      </button>
                    </>
                  ) : (
                    <span className="text-muted">None chosen.</span>
                  )}
                </p>
                <RecordSearch
                  id={searchId}
                  collection="measures"
                  describedBy={[`${searchId}-chosen`, measureIds.describedBy].filter(Boolean).join(" ")}
                  invalid={measureErrors.length > 0}
                  onChoose={(id) => {
                    update({ measureId: id });
                    onBlur();
                  }}
                  onBlur={onBlur}
                />
              </div>
            ) : (
              <fieldset
                id={measureIds.control}
                tabIndex={-1}
                aria-describedby={measureIds.describedBy}
                className={`mt-3 ${measureErrors.length ? "border-l-4 border-error pl-3" : ""}`}
              >
                <legend className="font-bold">Related measure {n}: its number and title</legend>
                <FieldErrors id={measureIds.error} messages={measureErrors} />
                {(["identifier", "title"] as const).map((part) => (
                  <PartField
                    key={part}
                    id={`${name}-${index}-${part}`}
                    label={`Related measure ${n}: ${part === "identifier" ? "official number" : "title"}`}
                    hint={part === "identifier" ? "Like CF 19-0002. Give the number, the title or both." : undefined}
                    errors={errorsAt(index, part)}
                  >
                    {(control) => (
                      <input
                        id={control.id}
                        type="text"
                        aria-describedby={control.describedBy}
                        aria-invalid={control.invalid || undefined}
                        className={controlClass(control.invalid)}
                        value={row[part]}
                        onChange={(event) => update({ [part]: event.target.value })}
                        onBlur={onBlur}
                      />
                    )}
                  </PartField>
                ))}
              </fieldset>
            )}
          </>
        );
      }}
    />
  );
}
