import { MEASURE_CLASSIFICATIONS, MEASURE_INFERABLE_FIELDS, MeasureSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import type { FormValues, InferableChoice } from "../fields";
import { externalFields } from "../structured/external";
import { listPartOf } from "../structured/list-parts";
import {
  RELATED_MEASURE_PARTS,
  type RelatedMeasureRow,
  relatedMeasureRowsOf,
  relatedMeasuresOf,
} from "../structured/related-measures";
import { SPONSOR_PARTS, type SponsorRow, sponsorRowsOf, sponsorsOf } from "../structured/sponsors";
import {
  TEXT_SECTION_PARTS,
  type TextSectionRow,
  textSectionRowsOf,
  textSectionsOf,
} from "../structured/text-sections";
import { idField, sourcesField, withInferences } from "./shared";

/** The whole list of sponsors, and each sponsor the form lists now by its place: `sponsors.0`. */
function sponsorChoices(values: FormValues): InferableChoice[] {
  const listed = Array.isArray(values.sponsors) ? (values.sponsors as SponsorRow[]) : [];
  return [
    { path: "sponsors", label: "Sponsors (the whole list)" },
    ...listed.map((sponsor, index) => ({
      path: `sponsors.${index}`,
      label: `Sponsor ${index + 1}${sponsor.name ? `: ${sponsor.name}` : ""}`,
    })),
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
  fields: [
    ...withInferences(
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
        {
          kind: "reference",
          name: "jurisdictionId",
          label: "Jurisdiction",
          collection: "jurisdictions",
          empty: "omit",
        },
        { kind: "text", name: "session", label: "Session", empty: "omit", hint: "Like 2023-2024." },
        { kind: "text", name: "abstract", label: "Official summary", empty: "omit", multiline: true },
        { kind: "lines", name: "subjects", label: "Subjects" },
        {
          kind: "custom",
          name: "sponsors",
          label: "Sponsors",
          component: "sponsors",
          partOf: listPartOf(SPONSOR_PARTS),
          toValue: sponsorRowsOf,
          toRecord: (rows) => sponsorsOf(rows as SponsorRow[]),
        },
        {
          kind: "custom",
          name: "textSections",
          label: "Text, in sections",
          component: "textSections",
          partOf: listPartOf(TEXT_SECTION_PARTS),
          toValue: textSectionRowsOf,
          toRecord: (rows) => textSectionsOf(rows as TextSectionRow[]),
        },
        {
          kind: "custom",
          name: "relatedMeasures",
          label: "Related measures",
          component: "relatedMeasures",
          partOf: listPartOf(RELATED_MEASURE_PARTS),
          toValue: relatedMeasureRowsOf,
          toRecord: (rows) => relatedMeasuresOf(rows as RelatedMeasureRow[]),
        },
        sourcesField,
      ],
      MEASURE_INFERABLE_FIELDS,
      { sponsors: sponsorChoices },
    ),
    ...externalFields,
  ],
};
