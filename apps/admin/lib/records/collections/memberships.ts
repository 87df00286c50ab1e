import { MEMBERSHIP_INFERABLE_FIELDS, MembershipSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { idField, sourcesField, withInferences } from "./shared";

export const memberships: CollectionConfig = {
  slug: "memberships",
  router: "memberships",
  recordType: "membership",
  singular: "membership",
  plural: "memberships",
  titleField: "role",
  schema: MembershipSchema,
  defaults: { startDate: null, endDate: null, sourceIds: [] },
  filters: {
    personId: { label: "Person", collection: "people" },
    bodyId: { label: "Body", collection: "bodies" },
    postId: { label: "Post", collection: "posts" },
  },
  fields: withInferences(
    [
      { kind: "reference", name: "personId", label: "Person", collection: "people", empty: "keep" },
      { kind: "text", name: "role", label: "Role", empty: "omit", hint: "Councilmember; Mayor." },
      idField("term", "role"),
      { kind: "reference", name: "bodyId", label: "Body", collection: "bodies", empty: "omit" },
      { kind: "reference", name: "postId", label: "Post", collection: "posts", empty: "omit" },
      { kind: "date", name: "startDate", label: "Start date", empty: "null", hint: "Leave blank when unknown." },
      {
        kind: "date",
        name: "endDate",
        label: "End date",
        empty: "null",
        hint: "Leave blank when no end is on record.",
      },
      { kind: "yesNoUnknown", name: "current", label: "Still serving?" },
      sourcesField,
    ],
    MEMBERSHIP_INFERABLE_FIELDS,
  ),
};
