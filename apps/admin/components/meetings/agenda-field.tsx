"use client";

import type { Issue } from "@legible/core";
import { fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { absoluteIn } from "@/lib/form-kit/issues";
import { sentenceFor } from "@/lib/form-kit/sentences";
import {
  AGENDA_PARTS,
  type AgendaPart,
  type AgendaRow,
  agendaPartLabel,
  agendaPlace,
  emptyAgendaRow,
} from "@/lib/records/meetings";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { ReferencesField } from "../records/reference-field";
import { ListEditor } from "../structured/list-editor";
import { TextPart } from "../structured/part-controls";
import type { StructuredEditorProps } from "../structured/types";

const PICKERS: ReadonlyArray<{
  part: "measureIds" | "actionIds" | "voteIds";
  label: string;
  collection: RecordRouterKey;
}> = [
  { part: "measureIds", label: "Measures it concerns", collection: "measures" },
  { part: "actionIds", label: "Actions taken on it", collection: "actions" },
  { part: "voteIds", label: "Votes held on it", collection: "voteEvents" },
];

/**
 * A meeting's agenda as a list of items, in order: each with its printed number, what it is,
 * the measures it concerns, notes, and the actions and votes it led to. ListEditor adds, removes
 * and moves items; each problem shows beside the control its path names, as "Agenda item 2:
 * text is required".
 */
export function AgendaField({ name, label, value, onChange, onBlur, issues: within }: StructuredEditorProps) {
  const rows = (Array.isArray(value) ? value : []) as AgendaRow[];
  // The path helpers in lib/records/meetings read the record's paths (`agenda.2.text`).
  const issues: readonly Issue[] = absoluteIn(name, within);
  const listErrors = [
    ...new Set(
      issues
        .filter((issue) => {
          const place = agendaPlace(issue.path);
          return place === null || place.index >= rows.length;
        })
        .map((issue) => sentenceFor("Agenda", issue.message)),
    ),
  ];
  const errorsAt = (index: number, part: AgendaPart) => [
    ...new Set(
      issues
        .filter((issue) => {
          const place = agendaPlace(issue.path);
          return place?.index === index && (place.part ?? "text") === part;
        })
        .map((issue) => sentenceFor(agendaPartLabel(index, part), issue.message)),
    ),
  ];

  return (
    <ListEditor
      name="agenda"
      label={label}
      hint="The items in the agenda's order. Tie each to the measures it concerns and, once the meeting is held, to the actions taken and votes held on it. Move items with the Move up and Move down buttons."
      itemLabel="Agenda item"
      rows={rows}
      // What the item is comes before its printed number in a clerk's mind: a new item starts there.
      focusPart="text"
      listErrors={listErrors}
      emptyText="No items yet."
      addLabel="Add an agenda item"
      newRow={emptyAgendaRow}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) => {
        const n = index + 1;
        return (
          <>
            <TextPart
              id={`agenda-${index}-number`}
              label={`Item ${n}: number on the agenda (optional)`}
              hint="As the agenda prints it, like 12 or CF 23-0002."
              errors={errorsAt(index, "number")}
              value={row.number}
              onChange={(number) => update({ number })}
              onBlur={onBlur}
            />
            <TextPart
              id={`agenda-${index}-text`}
              label={`Item ${n}: what it is`}
              rows={3}
              errors={errorsAt(index, "text")}
              value={row.text}
              onChange={(text) => update({ text })}
              onBlur={onBlur}
            />
            {PICKERS.map((picker) => {
              const errors = errorsAt(index, picker.part);
              const pickerIds = fieldIds(`agenda-${index}-${picker.part}`, undefined, errors);
              const pickerLabel = `Item ${n}: ${picker.label.toLowerCase()}`;
              return (
                <GroupFrame key={picker.part} ids={pickerIds} label={pickerLabel} errors={errors} className="mt-3">
                  <ReferencesField
                    ids={pickerIds}
                    label={pickerLabel}
                    collection={picker.collection}
                    value={row[picker.part]}
                    invalid={errors.length > 0}
                    onChange={(chosen) => {
                      update({ [picker.part]: chosen });
                      onBlur();
                    }}
                    onBlur={onBlur}
                  />
                </GroupFrame>
              );
            })}
            <TextPart
              id={`agenda-${index}-notes`}
              label={`Item ${n}: ${AGENDA_PARTS.notes} (optional)`}
              hint="One per line."
              rows={2}
              errors={errorsAt(index, "notes")}
              value={row.notes}
              onChange={(notes) => update({ notes })}
              onBlur={onBlur}
            />
          </>
        );
      }}
    />
  );
}
