"use client";

import { MEETING_DOCUMENT_KINDS, MEETING_MEDIA_KINDS } from "@legible/core";
import { useEffect, useRef, useState } from "react";
import { sentenceFor } from "@/lib/records/issues";
import { emptyLinkRow, type LinkRow, linksPartOf } from "@/lib/records/meetings";
import { FieldErrors, fieldIds } from "../records/field-frame";
import { controlClass, linkClass, secondaryButtonClass } from "../records/styles";
import type { RecordFormState } from "../records/use-record-form";

const KINDS = { documents: MEETING_DOCUMENT_KINDS, media: MEETING_MEDIA_KINDS } as const;
const NOUN = { documents: "Document", media: "Recording" } as const;
const PARTS = [
  { key: "kind", label: "Kind" },
  { key: "title", label: "Title" },
  { key: "url", label: "Web address" },
] as const;

/**
 * A meeting's documents (agenda, minutes, packet) or recordings (video, audio) as a list: each
 * with its kind, title and web address, added and removed with buttons, each problem beside
 * the control its path names.
 */
export function LinksField({ form, name }: { form: RecordFormState; name: "documents" | "media" }) {
  const rows = (Array.isArray(form.values[name]) ? form.values[name] : []) as LinkRow[];
  const issues = form.issuesOf(name);
  const noun = NOUN[name];
  const label = name === "documents" ? "Documents" : "Recordings";
  const listErrors = [
    ...new Set(issues.filter((issue) => issue.path === name).map((issue) => sentenceFor(label, issue.message))),
  ];
  const ids = fieldIds(name, "hint", listErrors);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<number | "add" | null>(null);
  useEffect(() => {
    if (focus === null) return;
    if (focus === "add") addRef.current?.focus();
    else document.getElementById(`field-${name}-${focus}-kind`)?.focus();
    setFocus(null);
  }, [focus, name]);

  const change = (next: LinkRow[]) => form.setValue(name, next);
  const update = (index: number, key: "kind" | "title" | "url", value: string) =>
    change(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  return (
    <fieldset id={ids.control} tabIndex={-1} aria-describedby={ids.describedBy}>
      <legend className="font-bold">{label}</legend>
      <p id={ids.hint} className="mt-1 text-muted">
        {name === "documents"
          ? "The agenda, minutes and packet as the body publishes them."
          : "Video or audio of the meeting."}
      </p>
      <FieldErrors ids={ids} errors={listErrors} />
      {rows.length === 0 ? <p className="mt-2">None yet.</p> : null}
      <ol className="mt-2 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="max-w-2xl rounded-card border border-line bg-paper p-4">
            <fieldset>
              <legend className="font-bold">
                {noun} {index + 1}
              </legend>
              {PARTS.map((part) => {
                const errors = [
                  ...new Set(
                    issues
                      .filter(
                        (issue) => linksPartOf(name, noun, issue.path)?.target === `field-${name}-${index}-${part.key}`,
                      )
                      .map((issue) => sentenceFor(`${noun} ${index + 1}: ${part.label.toLowerCase()}`, issue.message)),
                  ),
                ];
                const partIds = fieldIds(`${name}-${index}-${part.key}`, undefined, errors);
                const common = {
                  id: partIds.control,
                  "aria-describedby": partIds.describedBy,
                  "aria-invalid": errors.length > 0 || undefined,
                  className: controlClass(errors.length > 0),
                  onBlur: () => form.touch(name),
                };
                return (
                  <div key={part.key} className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}>
                    <label htmlFor={partIds.control} className="block font-bold">
                      {part.label}
                    </label>
                    <FieldErrors ids={partIds} errors={errors} />
                    {part.key === "kind" ? (
                      <select
                        {...common}
                        value={row.kind}
                        onChange={(event) => update(index, "kind", event.target.value)}
                      >
                        <option value="">Choose…</option>
                        {KINDS[name].map((kind) => (
                          <option key={kind} value={kind}>
                            {kind}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        {...common}
                        type={part.key === "url" ? "url" : "text"}
                        value={row[part.key]}
                        onChange={(event) => update(index, part.key, event.target.value)}
                      />
                    )}
                  </div>
                );
              })}
              <button
                type="button"
                className={`mt-3 ${linkClass}`}
                onClick={() => {
                  change(rows.filter((_, i) => i !== index));
                  form.touch(name);
                  setFocus(rows.length > 1 ? Math.max(0, index - 1) : "add");
                }}
              >
                Remove
                <span className="sr-only">
                  {" "}
                  {noun.toLowerCase()} {index + 1}
                </span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        ref={addRef}
        type="button"
        className={`mt-3 ${secondaryButtonClass}`}
        onClick={() => {
          change([...rows, emptyLinkRow(name === "documents" ? "agenda" : "video")]);
          setFocus(rows.length);
        }}
      >
        Add a {noun.toLowerCase()}
      </button>
    </fieldset>
  );
}
