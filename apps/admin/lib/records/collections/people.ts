import { PersonSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { externalFields } from "../structured/external";
import { idField, sourcesField } from "./shared";

export const people: CollectionConfig = {
  slug: "people",
  router: "people",
  recordType: "person",
  singular: "person",
  plural: "people",
  titleField: "name",
  schema: PersonSchema,
  defaults: { sourceIds: [] },
  filters: {},
  fields: [
    { kind: "text", name: "name", label: "Name", empty: "keep", hint: "As the person is usually named: Karen Bass." },
    idField("person", "name"),
    { kind: "text", name: "givenName", label: "Given name", empty: "omit" },
    { kind: "text", name: "familyName", label: "Family name", empty: "omit" },
    { kind: "text", name: "image", label: "Photo address (URL)", empty: "omit" },
    sourcesField,
    ...externalFields,
  ],
};
