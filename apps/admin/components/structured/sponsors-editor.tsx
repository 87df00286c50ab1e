"use client";

import { placeListIssues } from "@/lib/records/structured/list-parts";
import { emptySponsorRow, SPONSOR_PARTS, type SponsorKind, type SponsorRow } from "@/lib/records/structured/sponsors";
import { ListEditor } from "./list-editor";
import { RadioPart, RecordPart, TextPart } from "./part-controls";
import type { StructuredEditorProps } from "./types";

const KINDS: ReadonlyArray<{ value: SponsorKind; label: string }> = [
  { value: "person", label: "A person on record" },
  { value: "body", label: "A body on record" },
  { value: "name", label: "A name not on record" },
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
        return (
          <>
            <RadioPart
              id={`${name}-${index}-kind`}
              legend={`Sponsor ${n} is`}
              name={`${name}-${row.key}-kind`}
              value={row.kind}
              options={KINDS}
              onChange={(kind) => update({ kind, recordId: "" })}
              onBlur={onBlur}
            />
            {row.kind !== "name" ? (
              <RecordPart
                id={`${name}-${index}-record`}
                label={`Sponsor ${n}: find ${row.kind === "body" ? "a body" : "a person"}`}
                errors={errorsAt(index, "record")}
                collection={row.kind === "body" ? "bodies" : "people"}
                value={row.recordId}
                removeLabel={`the record chosen for sponsor ${n}`}
                onChange={(recordId, title) => {
                  update(recordId ? { recordId, name: title } : { recordId });
                  onBlur();
                }}
                onBlur={onBlur}
              />
            ) : null}
            <TextPart
              id={`${name}-${index}-name`}
              label={`Sponsor ${n}: name`}
              hint={
                row.kind === "name"
                  ? "As the measure prints it."
                  : "Filled in from the record you pick; change it to how the measure prints it."
              }
              errors={errorsAt(index, "name")}
              value={row.name}
              onChange={(text) => update({ name: text })}
              onBlur={onBlur}
            />
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
