import { MEASURE_RELATIONS, type MeasureRelation } from "@legible/core";
import { rowKey } from "../meetings";
import type { ListParts } from "./list-parts";

/** A related measure is picked from records, or named by its number and title when it is not on record. */
export type RelatedKind = "record" | "named";

export interface RelatedMeasureRow {
  key: string;
  relation: MeasureRelation | "";
  kind: RelatedKind;
  measureId: string;
  identifier: string;
  title: string;
}

/** The relations in words: this measure … the other. */
export const RELATION_WORDS: Record<MeasureRelation, string> = {
  codifies: "codifies it",
  amends: "amends it",
  supersedes: "supersedes it (takes its place)",
  related: "is related to it",
};

export { MEASURE_RELATIONS };

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function emptyRelatedMeasureRow(): RelatedMeasureRow {
  return { key: rowKey(), relation: "related", kind: "record", measureId: "", identifier: "", title: "" };
}

export function relatedMeasureRowsOf(value: unknown): RelatedMeasureRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const related = (entry ?? {}) as Record<string, unknown>;
    const relation = text(related.relation);
    return {
      key: rowKey(),
      relation: (MEASURE_RELATIONS as readonly string[]).includes(relation) ? (relation as MeasureRelation) : "",
      kind: related.measureId ? "record" : "named",
      measureId: text(related.measureId),
      identifier: text(related.identifier),
      title: text(related.title),
    };
  });
}

/**
 * Rows as core's related measures. A picked measure keeps a number and title it already had
 * (they show the link when the record is gone); a named one has no id. Blank parts are left out.
 */
export function relatedMeasuresOf(rows: readonly RelatedMeasureRow[] | undefined) {
  return (rows ?? []).map((row) => ({
    relation: row.relation || undefined,
    ...(row.kind === "record" && row.measureId ? { measureId: row.measureId } : {}),
    ...(row.identifier.trim() ? { identifier: row.identifier.trim() } : {}),
    ...(row.title.trim() ? { title: row.title.trim() } : {}),
  }));
}

/** How a related measure's problems are named: "Related measure 2: pick a measure, or give its number or title". */
export const RELATED_MEASURE_PARTS: ListParts = {
  name: "relatedMeasures",
  itemLabel: "Related measure",
  parts: {
    relation: { words: "relation", whenMissing: "choose how it relates" },
    measureId: { words: "measure" },
    identifier: { words: "number" },
    title: { words: "title" },
  },
  firstPart: "measureId",
  whenItemIncomplete: "pick a measure, or give its number or title",
};
