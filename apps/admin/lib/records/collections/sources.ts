import { SOURCE_KINDS, SourceSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField } from "./shared";

export const sources: CollectionConfig = {
  slug: "sources",
  router: "sources",
  recordType: "source",
  singular: "source",
  plural: "sources",
  titleField: "title",
  schema: SourceSchema,
  defaults: { kind: "news-report", publisher: null, date: null },
  filters: { kind: { label: "Kind", options: SOURCE_KINDS } },
  fields: [
    { kind: "text", name: "title", label: "Title", empty: "keep" },
    idField("src", "title"),
    { kind: "select", name: "kind", label: "Kind", options: SOURCE_KINDS, empty: "keep" },
    { kind: "text", name: "publisher", label: "Publisher", empty: "null", hint: "Leave blank when unknown." },
    { kind: "date", name: "date", label: "Date published", empty: "null" },
    { kind: "text", name: "url", label: "Web address (URL)", empty: "omit", hint: "Leave blank for printed sources." },
    { kind: "date", name: "accessedOn", label: "Address last checked on", empty: "omit" },
  ],
};
