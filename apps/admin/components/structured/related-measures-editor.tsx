"use client";

import { fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { placeListIssues } from "@/lib/records/structured/list-parts";
import {
  emptyRelatedMeasureRow,
  MEASURE_RELATIONS,
  RELATED_MEASURE_PARTS,
  RELATION_WORDS,
  type RelatedKind,
  type RelatedMeasureRow,
} from "@/lib/records/structured/related-measures";
import { ListEditor } from "./list-editor";
import { RadioPart, RecordPart, SelectPart, TextPart } from "./part-controls";
import type { StructuredEditorProps } from "./types";

const KINDS: ReadonlyArray<{ value: RelatedKind; label: string }> = [
  { value: "record", label: "A measure on record" },
  { value: "named", label: "A measure not on record" },
];
const RELATIONS = MEASURE_RELATIONS.map((relation) => ({ value: relation, label: RELATION_WORDS[relation] }));

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
        const measureErrors = errorsAt(index, "measureId");
        return (
          <>
            <SelectPart<RelatedMeasureRow["relation"]>
              id={`${name}-${index}-relation`}
              label={`Related measure ${n}: this measure…`}
              errors={errorsAt(index, "relation")}
              value={row.relation}
              options={RELATIONS}
              onChange={(relation) => update({ relation })}
              onBlur={onBlur}
            />
            <RadioPart
              id={`${name}-${index}-kind`}
              legend={`Related measure ${n} is`}
              name={`${name}-${row.key}-kind`}
              value={row.kind}
              options={KINDS}
              onChange={(kind) => update({ kind })}
              onBlur={onBlur}
            />
            {row.kind === "record" ? (
              <RecordPart
                id={`${name}-${index}-measureId`}
                label={`Related measure ${n}: find a measure`}
                errors={measureErrors}
                collection="measures"
                value={row.measureId}
                removeLabel={`the measure chosen for related measure ${n}`}
                onChange={(measureId) => {
                  update({ measureId });
                  onBlur();
                }}
                onBlur={onBlur}
              />
            ) : (
              // Number, title or both: a problem naming neither shows on the group.
              <GroupFrame
                ids={fieldIds(`${name}-${index}-measureId`, undefined, measureErrors)}
                label={`Related measure ${n}: its number and title`}
                errors={measureErrors}
                className="mt-3"
              >
                <TextPart
                  id={`${name}-${index}-identifier`}
                  label={`Related measure ${n}: official number`}
                  hint="Like CF 19-0002. Give the number, the title or both."
                  errors={errorsAt(index, "identifier")}
                  value={row.identifier}
                  onChange={(identifier) => update({ identifier })}
                  onBlur={onBlur}
                />
                <TextPart
                  id={`${name}-${index}-title`}
                  label={`Related measure ${n}: title`}
                  errors={errorsAt(index, "title")}
                  value={row.title}
                  onChange={(title) => update({ title })}
                  onBlur={onBlur}
                />
              </GroupFrame>
            )}
          </>
        );
      }}
    />
  );
}
