import { rowKey } from "../meetings";
import type { ListParts } from "./list-parts";

/** Who a sponsor is: a person on record, a body on record, or a name typed because neither is. */
export type SponsorKind = "person" | "body" | "name";

/** One sponsor as the editor holds it. `key` only keeps React's rows apart while they move. */
export interface SponsorRow {
  key: string;
  kind: SponsorKind;
  /** The person's or body's id, when picked. */
  recordId: string;
  /** As the measure prints it; filled in from the record picked. */
  name: string;
  primary: boolean;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function emptySponsorRow(kind: SponsorKind = "person"): SponsorRow {
  return { key: rowKey(), kind, recordId: "", name: "", primary: false };
}

/** A measure's sponsors as editor rows. */
export function sponsorRowsOf(value: unknown): SponsorRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const sponsor = (entry ?? {}) as Record<string, unknown>;
    const personId = text(sponsor.personId);
    const bodyId = text(sponsor.bodyId);
    return {
      key: rowKey(),
      kind: personId ? "person" : bodyId ? "body" : "name",
      recordId: personId || bodyId,
      name: text(sponsor.name),
      primary: sponsor.primary === true,
    };
  });
}

/** Editor rows as the sponsors core's schema reads; every row kept so problems point at the row on screen. */
export function sponsorsOf(rows: readonly SponsorRow[] | undefined) {
  return (rows ?? []).map((row) => ({
    name: row.name,
    ...(row.kind === "person" && row.recordId ? { personId: row.recordId } : {}),
    ...(row.kind === "body" && row.recordId ? { bodyId: row.recordId } : {}),
    primary: row.primary,
  }));
}

/** How a sponsor's problems are named: "Sponsor 2: pick a person or type a name". */
export const SPONSOR_PARTS: ListParts = {
  name: "sponsors",
  itemLabel: "Sponsor",
  parts: {
    name: { words: "name", whenMissing: "pick a person or type a name" },
    personId: { words: "person", control: "record" },
    bodyId: { words: "body", control: "record" },
    primary: { words: "primary" },
  },
  firstPart: "name",
};
