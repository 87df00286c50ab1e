import type { FieldSpec } from "../fields";

/** The sources a record cites; most records need at least one to be trusted. */
export const sourcesField: FieldSpec = {
  kind: "references",
  name: "sourceIds",
  label: "Sources",
  hint: "Where these facts come from. Search by title or publisher.",
  collection: "sources",
};

export function idField(prefix: string, slugFrom: string): FieldSpec {
  return {
    kind: "id",
    name: "id",
    label: "Id",
    prefix,
    slugFrom,
    hint: "Made from the name; you can change it until the first save. Letters, digits and . _ : / ~ -",
  };
}
