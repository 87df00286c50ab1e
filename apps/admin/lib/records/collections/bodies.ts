import { BODY_CLASSIFICATIONS, BodySchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField, sourcesField } from "./shared";

export const bodies: CollectionConfig = {
  slug: "bodies",
  router: "bodies",
  recordType: "body",
  singular: "body",
  plural: "bodies",
  titleField: "name",
  schema: BodySchema,
  defaults: { classification: "legislature", sourceIds: [] },
  filters: {
    classification: { label: "Kind", options: BODY_CLASSIFICATIONS },
    jurisdictionId: { label: "Jurisdiction", collection: "jurisdictions" },
    parentId: { label: "Part of", collection: "bodies" },
  },
  fields: [
    { kind: "text", name: "name", label: "Name", empty: "keep" },
    idField("body", "name"),
    { kind: "select", name: "classification", label: "Kind", options: BODY_CLASSIFICATIONS, empty: "keep" },
    { kind: "reference", name: "jurisdictionId", label: "Jurisdiction", collection: "jurisdictions", empty: "omit" },
    { kind: "reference", name: "parentId", label: "Part of", collection: "bodies", empty: "omit" },
    {
      kind: "json",
      name: "phrase",
      label: "How sentences name it",
      empty: "omit",
      example: '{ "en": "the Council", "es": "el Concejo" }',
    },
    {
      kind: "json",
      name: "rules",
      label: "Voting rules",
      empty: "omit",
      example: '{ "seats": { "value": 15, "citation": { "sourceId": "src-la-city-charter" } } }',
    },
    { kind: "date", name: "foundingDate", label: "Founded", empty: "omit" },
    { kind: "date", name: "dissolutionDate", label: "Dissolved", empty: "omit" },
    sourcesField,
  ],
};
