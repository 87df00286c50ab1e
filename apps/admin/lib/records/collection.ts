import type { RECORD_TYPES } from "@legible/core";
import type { z } from "zod";
import type { FieldSpec } from "./fields";
import type { RecordRouterKey } from "./router-keys";

/** How a list may be narrowed by one column: a choice of values, or a record of another collection. */
export type FilterSpec = { label: string; options: readonly string[] } | { label: string; collection: RecordRouterKey };

/** Everything the shared record screens need to know about one collection. */
export interface CollectionConfig {
  /** The address segment: `/people`. */
  slug: string;
  router: RecordRouterKey;
  /** The audit log's name for the record type. */
  recordType: (typeof RECORD_TYPES)[number];
  singular: string;
  plural: string;
  /** The record field that names a record, shown in pickers and headings. */
  titleField: string;
  schema: z.ZodType;
  fields: readonly FieldSpec[];
  /** A new record's starting values. */
  defaults: Record<string, unknown>;
  /** Labels for the list's filter columns (the server says which it accepts). */
  filters: Record<string, FilterSpec>;
}

/** Plain names for the list's sort columns. */
export const SORT_LABELS: Record<string, string> = {
  name: "Name",
  title: "Title",
  label: "Label",
  headline: "Headline",
  familyName: "Family name",
  identifier: "Identifier",
  date: "Date",
  dateStart: "Date",
  startDate: "Start date",
  startsAt: "Start",
  personId: "Person",
  stance: "Stance",
  updatedAt: "Last changed",
  createdAt: "Date added",
};

export function titleOf(config: CollectionConfig, record: Record<string, unknown> | null | undefined): string {
  const title = record?.[config.titleField];
  return typeof title === "string" && title.trim() ? title : String(record?.id ?? "");
}
