import { MEASURE_CLASSIFICATIONS, MEASURE_INFERABLE_FIELDS, MeasureSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import type { FormValues, InferableChoice } from "../fields";
import { idField, sourcesField, withInferences } from "./shared";

/** The whole list of sponsors, and each sponsor the form lists now by its place: `sponsors.0`. */
function sponsorChoices(values: FormValues): InferableChoice[] {
  let sponsors: unknown = [];
  try {
    sponsors = JSON.parse(typeof values.sponsors === "string" && values.sponsors.trim() ? values.sponsors : "[]");
  } catch {
    // Until the JSON parses, only the whole list can be marked.
  }
  const listed = Array.isArray(sponsors) ? sponsors : [];
  return [
    { path: "sponsors", label: "Sponsors (the whole list)" },
    ...listed.map((sponsor, index) => {
      const name = (sponsor as { name?: unknown } | null)?.name;
      return {
        path: `sponsors.${index}`,
        label: `Sponsor ${index + 1}${typeof name === "string" && name ? `: ${name}` : ""}`,
      };
    }),
  ];
}

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
  fields: withInferences(
    [
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
        example: '[{ "relation": "related", "measureId": "measure-garcetti-directive-2019" }]',
      },
      sourcesField,
    ],
    MEASURE_INFERABLE_FIELDS,
    { sponsors: sponsorChoices },
  ),
};
