"use client";

import { MEETING_DOCUMENT_KINDS, MEETING_MEDIA_KINDS } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useEffect, useRef, useState } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass, linkClass } from "@/components/form-kit/styles";
import { absoluteIn } from "@/lib/form-kit/issues";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { emptyLinkRow, type LinkRow, linksPartOf } from "@/lib/records/meetings";
import type { StructuredEditorProps } from "../records/custom-field";

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
export function LinksField({ name: field, label, value, onChange, onBlur, issues: within }: StructuredEditorProps) {
  const name = field === "media" ? "media" : "documents";
  const rows = (Array.isArray(value) ? value : []) as LinkRow[];
  // linksPartOf reads the record's paths (`documents.1.url`).
  const issues = absoluteIn(name, within);
  const noun = NOUN[name];
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

  const change = (next: LinkRow[]) => onChange(next);
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
      <FieldErrors id={ids.error} messages={listErrors} />
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
                  onBlur,
                };
                return (
                  <div key={part.key} className={`mt-3 ${errors.length ? "border-l-4 border-error pl-3" : ""}`}>
                    <label htmlFor={partIds.control} className="block font-bold">
                      {part.label}
                    </label>
                    <FieldErrors id={partIds.error} messages={errors} />
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
                  onBlur();
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
        className={`mt-3 ${buttonClass("secondary")}`}
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
