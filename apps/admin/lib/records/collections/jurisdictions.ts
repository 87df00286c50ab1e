import { JURISDICTION_CLASSIFICATIONS, JurisdictionSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField } from "./shared";

export const jurisdictions: CollectionConfig = {
  slug: "jurisdictions",
  router: "jurisdictions",
  recordType: "jurisdiction",
  singular: "jurisdiction",
  plural: "jurisdictions",
  titleField: "name",
  schema: JurisdictionSchema,
  defaults: { classification: "government" },
  filters: { classification: { label: "Kind", options: JURISDICTION_CLASSIFICATIONS } },
  fields: [
    { kind: "text", name: "name", label: "Name", empty: "keep" },
    idField("jurisdiction", "name"),
    { kind: "text", name: "slug", label: "Short name for addresses", empty: "keep", hint: "Like los-angeles." },
    { kind: "select", name: "classification", label: "Kind", options: JURISDICTION_CLASSIFICATIONS, empty: "keep" },
    {
      kind: "text",
      name: "divisionId",
      label: "Open Civic Data division",
      empty: "keep",
      hint: "Like ocd-division/country:us/state:ca/place:los_angeles.",
    },
    { kind: "text", name: "url", label: "Web address (URL)", empty: "omit" },
  ],
};
