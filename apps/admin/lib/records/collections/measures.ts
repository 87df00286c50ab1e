import { MEASURE_CLASSIFICATIONS, MeasureSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField, sourcesField } from "./shared";

export const measures: CollectionConfig = {
  slug: "measures",
  router: "measures",
  recordType: "measure",
  singular: "measure",
  plural: "measures",
  titleField: "title",
  schema: MeasureSchema,
  defaults: {
    classification: "ordinance",
    identifier: null,
    subjects: [],
    sponsors: [],
    textSections: [],
    relatedMeasures: [],
    sourceIds: [],
  },
  filters: {
    classification: { label: "Kind", options: MEASURE_CLASSIFICATIONS },
    bodyId: { label: "Body", collection: "bodies" },
    jurisdictionId: { label: "Jurisdiction", collection: "jurisdictions" },
  },
  fields: [
    { kind: "text", name: "title", label: "Title", empty: "keep" },
    idField("measure", "title"),
    {
      kind: "text",
      name: "identifier",
      label: "Official number",
      empty: "null",
      hint: "Like CF 23-0002. Leave blank when unknown.",
    },
    { kind: "select", name: "classification", label: "Kind", options: MEASURE_CLASSIFICATIONS, empty: "keep" },
    { kind: "reference", name: "bodyId", label: "Body that considers it", collection: "bodies", empty: "omit" },
    { kind: "reference", name: "jurisdictionId", label: "Jurisdiction", collection: "jurisdictions", empty: "omit" },
    { kind: "text", name: "session", label: "Session", empty: "omit", hint: "Like 2023-2024." },
    { kind: "text", name: "abstract", label: "Official summary", empty: "omit", multiline: true },
    { kind: "lines", name: "subjects", label: "Subjects" },
    {
      kind: "json",
      name: "sponsors",
      label: "Sponsors",
      empty: "omit",
      example: '[{ "name": "Hugo Soto-Martinez", "personId": "person-hugo-soto-martinez", "primary": true }]',
    },
    {
      kind: "json",
      name: "textSections",
      label: "Text, in sections",
      empty: "omit",
      example: '[{ "number": "Sec. 1", "text": "..." }]',
    },
    {
      kind: "json",
      name: "relatedMeasures",
      label: "Related measures",
      empty: "omit",
      example: '[{ "relation": "codifies", "measureId": "measure-garcetti-directive-2019" }]',
    },
    sourcesField,
  ],
};
