"use client";

import type { Issue } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useEffect, useRef, useState } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass, linkClass } from "@/components/form-kit/styles";
import { absoluteIn } from "@/lib/form-kit/issues";
import { sentenceFor } from "@/lib/form-kit/sentences";
import {
  AGENDA_PARTS,
  type AgendaPart,
  type AgendaRow,
  agendaPartLabel,
  agendaPlace,
  emptyAgendaRow,
  moveRow,
} from "@/lib/records/meetings";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import type { StructuredEditorProps } from "../records/custom-field";
import { ReferencesField } from "../records/reference-field";

const PICKERS: ReadonlyArray<{
  part: "measureIds" | "actionIds" | "voteIds";
  label: string;
  collection: RecordRouterKey;
}> = [
  { part: "measureIds", label: "Measures it concerns", collection: "measures" },
  { part: "actionIds", label: "Actions taken on it", collection: "actions" },
  { part: "voteIds", label: "Votes held on it", collection: "voteEvents" },
];

type Focus = { index: number; control: "text" | "up" | "down" | "remove" } | "add" | null;

/**
 * A meeting's agenda as a list of items, in order: each with its printed number, what it is,
 * the measures it concerns, notes, and the actions and votes it led to. Items are added,
 * removed and moved up or down with buttons (focus stays on the moved item's button, and the
 * move is announced); each problem shows beside the control its path names, as "Agenda item 2:
 * text is required".
 */
export function AgendaField({ name, value, onChange, onBlur, issues: within }: StructuredEditorProps) {
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
  const ids = fieldIds("agenda", "hint", listErrors);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (focus === null) return;
    if (focus === "add") addRef.current?.focus();
    else {
      // The item's text is a field (`field-agenda-0-text`); its buttons are named by the item alone.
      const id =
        focus.control === "text" ? `field-agenda-${focus.index}-text` : `agenda-${focus.index}-${focus.control}`;
      document.getElementById(id)?.focus();
    }
    setFocus(null);
  }, [focus]);

  const change = (next: AgendaRow[]) => onChange(next);
  const update = (index: number, patch: Partial<AgendaRow>) =>
    change(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= rows.length) {
      setAnnouncement(`Item ${index + 1} is already ${by < 0 ? "first" : "last"}.`);
      return;
    }
    change(moveRow(rows, index, by));
    onBlur();
    setAnnouncement(`Item ${index + 1} moved to place ${target + 1} of ${rows.length}.`);
    setFocus({ index: target, control: by < 0 ? "up" : "down" });
  };

  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={listErrors.length ? "border-l-4 border-error pl-3" : undefined}
    >
      <legend className="font-bold">Agenda</legend>
      <p id={ids.hint} className="mt-1 max-w-2xl text-muted">
        The items in the agenda's order. Tie each to the measures it concerns and, once the meeting is held, to the
        actions taken and votes held on it. Move items with the Move up and Move down buttons.
      </p>
      <FieldErrors id={ids.error} messages={listErrors} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {rows.length === 0 ? <p className="mt-2">No items yet.</p> : null}
      <ol className="mt-2 space-y-4">
        {rows.map((row, index) => {
          const n = index + 1;
          const textErrors = errorsAt(index, "text");
          const numberErrors = errorsAt(index, "number");
          const notesErrors = errorsAt(index, "notes");
          const textIds = fieldIds(`agenda-${index}-text`, undefined, textErrors);
          const numberIds = fieldIds(`agenda-${index}-number`, `agenda-${index}-number-hint`, numberErrors);
          const notesIds = fieldIds(`agenda-${index}-notes`, `agenda-${index}-notes-hint`, notesErrors);
          const frame = (errors: readonly string[]) => (errors.length ? "mt-3 border-l-4 border-error pl-3" : "mt-3");
          return (
            <li key={row.key} className="max-w-2xl rounded-card border border-line bg-paper p-4">
              <fieldset>
                <legend className="font-bold">Agenda item {n}</legend>
                <div className={frame(numberErrors)}>
                  <label htmlFor={numberIds.control} className="block font-bold">
                    Item {n}: number on the agenda (optional)
                  </label>
                  <p id={numberIds.hint} className="mt-1 text-muted">
                    As the agenda prints it, like 12 or CF 23-0002.
                  </p>
                  <FieldErrors id={numberIds.error} messages={numberErrors} />
                  <input
                    id={numberIds.control}
                    type="text"
                    aria-describedby={numberIds.describedBy}
                    aria-invalid={numberErrors.length > 0 || undefined}
                    className={controlClass(numberErrors.length > 0)}
                    value={row.number}
                    onChange={(event) => update(index, { number: event.target.value })}
                    onBlur={onBlur}
                  />
                </div>
                <div className={frame(textErrors)}>
                  <label htmlFor={textIds.control} className="block font-bold">
                    Item {n}: what it is
                  </label>
                  <FieldErrors id={textIds.error} messages={textErrors} />
                  <textarea
                    id={textIds.control}
                    rows={3}
                    aria-describedby={textIds.describedBy}
                    aria-invalid={textErrors.length > 0 || undefined}
                    className={controlClass(textErrors.length > 0)}
                    value={row.text}
                    onChange={(event) => update(index, { text: event.target.value })}
                    onBlur={onBlur}
                  />
                </div>
                {PICKERS.map((picker) => {
                  const errors = errorsAt(index, picker.part);
                  const pickerIds = fieldIds(`agenda-${index}-${picker.part}`, undefined, errors);
                  const label = `Item ${n}: ${picker.label.toLowerCase()}`;
                  return (
                    <fieldset
                      key={picker.part}
                      id={pickerIds.control}
                      tabIndex={-1}
                      aria-describedby={pickerIds.describedBy}
                      className={frame(errors)}
                    >
                      <legend className="font-bold">{label}</legend>
                      <FieldErrors id={pickerIds.error} messages={errors} />
                      <ReferencesField
                        ids={pickerIds}
                        label={label}
                        collection={picker.collection}
                        value={row[picker.part]}
                        invalid={errors.length > 0}
                        onChange={(chosen) => {
                          update(index, { [picker.part]: chosen });
                          onBlur();
                        }}
                        onBlur={onBlur}
                      />
                    </fieldset>
                  );
                })}
                <div className={frame(notesErrors)}>
                  <label htmlFor={notesIds.control} className="block font-bold">
                    Item {n}: {AGENDA_PARTS.notes} (optional)
                  </label>
                  <p id={notesIds.hint} className="mt-1 text-muted">
                    One per line.
                  </p>
                  <FieldErrors id={notesIds.error} messages={notesErrors} />
                  <textarea
                    id={notesIds.control}
                    rows={2}
                    aria-describedby={notesIds.describedBy}
                    aria-invalid={notesErrors.length > 0 || undefined}
                    className={controlClass(notesErrors.length > 0)}
                    value={row.notes}
                    onChange={(event) => update(index, { notes: event.target.value })}
                    onBlur={onBlur}
                  />
                </div>
                <div className="mt-3 flex flex-wrap gap-4">
                  <button
                    id={`agenda-${index}-up`}
                    type="button"
                    className={linkClass}
                    aria-disabled={index === 0 || undefined}
                    onClick={() => move(index, -1)}
                  >
                    Move up<span className="sr-only"> item {n}</span>
                  </button>
                  <button
                    id={`agenda-${index}-down`}
                    type="button"
                    className={linkClass}
                    aria-disabled={index === rows.length - 1 || undefined}
                    onClick={() => move(index, 1)}
                  >
                    Move down<span className="sr-only"> item {n}</span>
                  </button>
                  <button
                    id={`agenda-${index}-remove`}
                    type="button"
                    className={linkClass}
                    onClick={() => {
                      change(rows.filter((_, i) => i !== index));
                      onBlur();
                      setAnnouncement(`Item ${n} removed.`);
                      setFocus(rows.length > 1 ? { index: Math.max(0, index - 1), control: "text" } : "add");
                    }}
                  >
                    Remove<span className="sr-only"> item {n}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        className={`mt-3 ${buttonClass("secondary")}`}
        onClick={() => {
          change([...rows, emptyAgendaRow()]);
          setFocus({ index: rows.length, control: "text" });
        }}
      >
        Add an agenda item
      </button>
    </fieldset>
  );
}
