import { rowKey } from "../meetings";
import type { ListParts } from "./list-parts";

/** One section of a measure's text as the editor holds it. */
export interface TextSectionRow {
  key: string;
  number: string;
  heading: string;
  text: string;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function emptyTextSectionRow(): TextSectionRow {
  return { key: rowKey(), number: "", heading: "", text: "" };
}

export function textSectionRowsOf(value: unknown): TextSectionRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const section = (entry ?? {}) as Record<string, unknown>;
    return { key: rowKey(), number: text(section.number), heading: text(section.heading), text: text(section.text) };
  });
}

/** Rows as core's text sections: a blank number or heading is left out; a blank text stays, for core to name. */
export function textSectionsOf(rows: readonly TextSectionRow[] | undefined) {
  return (rows ?? []).map((row) => ({
    ...(row.number.trim() ? { number: row.number.trim() } : {}),
    ...(row.heading.trim() ? { heading: row.heading.trim() } : {}),
    text: row.text,
  }));
}

/** How a section's problems are named: "Text section 3: add its text". */
export const TEXT_SECTION_PARTS: ListParts = {
  name: "textSections",
  itemLabel: "Text section",
  parts: {
    number: { words: "number" },
    heading: { words: "heading" },
    text: { words: "text", whenMissing: "add its text" },
  },
  firstPart: "text",
};
