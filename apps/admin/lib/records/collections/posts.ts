import { PostSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { externalFields } from "../structured/external";
import { idField } from "./shared";

export const posts: CollectionConfig = {
  slug: "posts",
  router: "posts",
  recordType: "post",
  singular: "post",
  plural: "posts",
  titleField: "label",
  schema: PostSchema,
  defaults: {},
  filters: { bodyId: { label: "Body", collection: "bodies" } },
  fields: [
    { kind: "text", name: "label", label: "Label", empty: "keep", hint: "Mayor; Council District 13." },
    idField("post", "label"),
    { kind: "reference", name: "bodyId", label: "Body", collection: "bodies", empty: "keep" },
    { kind: "text", name: "role", label: "Role of its holder", empty: "omit", hint: "Councilmember; Mayor." },
    { kind: "date", name: "startDate", label: "Created", empty: "omit" },
    { kind: "date", name: "endDate", label: "Abolished", empty: "omit" },
    ...externalFields,
  ],
};
