"use client";

import { MEETING_DOCUMENT_KINDS, MEETING_MEDIA_KINDS } from "@legible/core";
import { absoluteIn } from "@/lib/form-kit/issues";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { emptyLinkRow, type LinkRow, linksPartOf } from "@/lib/records/meetings";
import { ListEditor } from "../structured/list-editor";
import { SelectPart, TextPart } from "../structured/part-controls";
import type { StructuredEditorProps } from "../structured/types";

const KINDS = { documents: MEETING_DOCUMENT_KINDS, media: MEETING_MEDIA_KINDS } as const;
const NOUN = { documents: "Document", media: "Recording" } as const;

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
  // Each part by its item's place ("Document 2: web address"), in its label and its sentences.
  const partOf = (index: number, part: keyof Omit<LinkRow, "key">, words: string) => {
    const partLabel = `${noun} ${index + 1}: ${words}`;
    const errors = [
      ...new Set(
        issues
          .filter((issue) => linksPartOf(name, noun, issue.path)?.target === `field-${name}-${index}-${part}`)
          .map((issue) => sentenceFor(partLabel, issue.message)),
      ),
    ];
    return { id: `${name}-${index}-${part}`, label: partLabel, errors };
  };
  const kinds = [
    { value: "", label: "Choose…" },
    ...KINDS[name].map((kind): { value: string; label: string } => ({ value: kind, label: kind })),
  ];

  return (
    <ListEditor
      name={name}
      label={label}
      hint={
        name === "documents"
          ? "The agenda, minutes and packet as the body publishes them."
          : "Video or audio of the meeting."
      }
      itemLabel={noun}
      rows={rows}
      reorderable={false}
      listErrors={listErrors}
      emptyText="None yet."
      addLabel={`Add a ${noun.toLowerCase()}`}
      newRow={() => emptyLinkRow(name === "documents" ? "agenda" : "video")}
      onChange={onChange}
      onBlur={onBlur}
      renderItem={(row, index, update) => (
        <>
          <SelectPart
            {...partOf(index, "kind", "kind")}
            value={row.kind}
            options={kinds}
            onChange={(kind) => update({ kind })}
            onBlur={onBlur}
          />
          <TextPart
            {...partOf(index, "title", "title")}
            value={row.title}
            onChange={(title) => update({ title })}
            onBlur={onBlur}
          />
          <TextPart
            {...partOf(index, "url", "web address")}
            type="url"
            value={row.url}
            onChange={(url) => update({ url })}
            onBlur={onBlur}
          />
        </>
      )}
    />
  );
}
