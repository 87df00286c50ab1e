import type { FieldSpec } from "../fields";

// Ids in other systems and provenance are written by the connectors (a sync matches incoming
// records by the ids first), so the forms show them and keep them as they are, never edit them.

/** The fields every record a connector can bring in carries: shown read-only, saved back unchanged. */
export const externalFields: readonly FieldSpec[] = [
  {
    kind: "custom",
    name: "identifiers",
    label: "In other systems",
    component: "externalIds",
    toValue: (value) => value,
    toRecord: (value) => value ?? undefined,
  },
  {
    kind: "custom",
    name: "provenance",
    label: "Where it was read from",
    component: "none",
    toValue: (value) => value,
    toRecord: (value) => value ?? undefined,
  },
];

/** Where a record was read from, for reading; null for a record staff wrote. */
export function provenanceOf(
  value: unknown,
): { connector: string; upstreamUrl: string | null; fetchedAt: string } | null {
  if (!value || typeof value !== "object") return null;
  const provenance = value as Record<string, unknown>;
  return {
    connector: String(provenance.connector ?? ""),
    upstreamUrl: typeof provenance.upstreamUrl === "string" ? provenance.upstreamUrl : null,
    fetchedAt: String(provenance.fetchedAt ?? ""),
  };
}
