import { ACTION_CLASSIFICATIONS, ACTION_INFERABLE_FIELDS, ActionSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField, sourcesField, withInferences } from "./shared";

export const actions: CollectionConfig = {
  slug: "actions",
  router: "actions",
  recordType: "action",
  singular: "action",
  plural: "actions",
  titleField: "description",
  schema: ActionSchema,
  defaults: { classification: [], sourceIds: [] },
  filters: {
    measureId: { label: "Measure", collection: "measures" },
    actorBodyId: { label: "Acting body", collection: "bodies" },
  },
  fields: withInferences(
    [
      { kind: "text", name: "description", label: "What happened", empty: "keep", multiline: true },
      idField("action", "description"),
      { kind: "reference", name: "measureId", label: "Measure", collection: "measures", empty: "keep" },
      { kind: "date", name: "date", label: "Date", empty: "keep" },
      { kind: "checks", name: "classification", label: "Kind of step", options: ACTION_CLASSIFICATIONS },
      { kind: "reference", name: "actorBodyId", label: "Body that acted", collection: "bodies", empty: "omit" },
      { kind: "reference", name: "actorPostId", label: "Office that acted", collection: "posts", empty: "omit" },
      {
        kind: "number",
        name: "order",
        label: "Order on its date",
        empty: "omit",
        hint: "Lower numbers come first among steps on the same date.",
      },
      sourcesField,
    ],
    ACTION_INFERABLE_FIELDS,
  ),
};
