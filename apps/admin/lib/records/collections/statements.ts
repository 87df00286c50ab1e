import { MEDIA, STANCES, STATEMENT_INFERABLE_FIELDS, StatementSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField, withInferences } from "./shared";

export const statements: CollectionConfig = {
  slug: "statements",
  router: "statements",
  recordType: "statement",
  singular: "statement",
  plural: "statements",
  titleField: "text",
  schema: StatementSchema,
  defaults: { stance: "supports", date: null, medium: null },
  filters: {
    stance: { label: "Stance", options: STANCES },
    measureId: { label: "Measure", collection: "measures" },
    speakerPersonId: { label: "Speaker", collection: "people" },
    sourceId: { label: "Source", collection: "sources" },
  },
  fields: withInferences(
    [
      { kind: "text", name: "text", label: "Words, quoted exactly", empty: "keep", multiline: true },
      idField("statement", "text"),
      { kind: "reference", name: "speakerPersonId", label: "Speaker (a person)", collection: "people", empty: "omit" },
      {
        kind: "reference",
        name: "speakerBodyId",
        label: "Speaker (a body)",
        collection: "bodies",
        empty: "omit",
        hint: "Give a person or a body, not both.",
      },
      { kind: "reference", name: "measureId", label: "About the measure", collection: "measures", empty: "omit" },
      { kind: "select", name: "stance", label: "Stance", options: STANCES, empty: "keep" },
      { kind: "date", name: "date", label: "Date", empty: "null", hint: "Leave blank when the source does not say." },
      { kind: "select", name: "medium", label: "How it was said", options: MEDIA, empty: "null" },
      { kind: "reference", name: "sourceId", label: "Source", collection: "sources", empty: "keep" },
    ],
    STATEMENT_INFERABLE_FIELDS,
  ),
};
