"use client";

import { controlClass } from "@/components/form-kit/styles";
import { placeListIssues } from "@/lib/records/structured/list-parts";
import { emptyTextSectionRow, TEXT_SECTION_PARTS, type TextSectionRow } from "@/lib/records/structured/text-sections";
import { ListEditor } from "./list-editor";
import { PartField } from "./part-field";
import type { StructuredEditorProps } from "./types";

const PARTS = [
  { key: "number", label: "number (optional)", hint: "As the measure prints it, like Sec. 1 or 4.800." },
  { key: "heading", label: "heading (optional)", hint: undefined },
  { key: "text", label: "text", hint: undefined },
] as const;

/**
 * A measure's text as sections in order, each with its number, heading and text. Sections move
 * with the Move up and Move down buttons, by keyboard or pointer.
 */
export function TextSectionsEditor({ name, label, value, onChange, onBlur, issues }: StructuredEditorProps) {
  const rows = (Array.isArray(value) ? value : []) as TextSectionRow[];
  const { byTarget, listErrors } = placeListIssues(TEXT_SECTION_PARTS, label, issues, rows.length);

  return (
    <ListEditor
      name={name}
      label={label}
      hint="The measure's text, one section at a time, in its order. Move sections with the Move up and Move down buttons."
      itemLabel="Text section"
      rows={rows}
      listErrors={listErrors}
      emptyText="No sections yet."
      addLabel="Add a text section"
      newRow={emptyTextSectionRow}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) =>
        PARTS.map((part) => (
          <PartField
            key={part.key}
            id={`${name}-${index}-${part.key}`}
            label={`Section ${index + 1}: ${part.label}`}
            hint={part.hint}
            errors={byTarget.get(`field-${name}-${index}-${part.key}`) ?? []}
          >
            {(control) => {
              const common = {
                id: control.id,
                "aria-describedby": control.describedBy,
                "aria-invalid": control.invalid || undefined,
                className: controlClass(control.invalid),
                value: row[part.key],
                onBlur,
              };
              return part.key === "text" ? (
                <textarea {...common} rows={6} onChange={(event) => update({ text: event.target.value })} />
              ) : (
                <input {...common} type="text" onChange={(event) => update({ [part.key]: event.target.value })} />
              );
            }}
          </PartField>
        ))
      }
    />
  );
}
