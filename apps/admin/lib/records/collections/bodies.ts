import { BODY_CLASSIFICATIONS, BodySchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import { externalFields } from "../structured/external";
import { type PhraseValue, phraseOf, phrasePartOf, phraseValueOf } from "../structured/phrase";
import {
  type PublicCommentForm,
  publicCommentFormOf,
  publicCommentOf,
  publicCommentPartOf,
} from "../structured/public-comment";
import { rulesPartOf } from "../structured/rules-parts";
import { type RulesForm, rulesFormOf, rulesOf } from "../structured/voting-rules";
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
      kind: "custom",
      name: "phrase",
      label: "How sentences name it",
      component: "bodyPhrase",
      partOf: phrasePartOf,
      toValue: phraseValueOf,
      toRecord: (value) => phraseOf(value as PhraseValue),
    },
    {
      kind: "custom",
      name: "rules",
      label: "Voting rules",
      component: "votingRules",
      partOf: rulesPartOf,
      toValue: rulesFormOf,
      toRecord: (form) => rulesOf(form as RulesForm),
    },
    {
      kind: "custom",
      name: "publicComment",
      label: "How to have your say",
      component: "publicComment",
      partOf: publicCommentPartOf,
      toValue: publicCommentFormOf,
      toRecord: (form) => publicCommentOf(form as PublicCommentForm),
    },
    { kind: "date", name: "foundingDate", label: "Founded", empty: "omit" },
    { kind: "date", name: "dissolutionDate", label: "Dissolved", empty: "omit" },
    sourcesField,
    ...externalFields,
  ],
};
