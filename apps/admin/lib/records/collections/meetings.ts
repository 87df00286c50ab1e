import { MEETING_STATUSES, MeetingSchema } from "@legible/core";
import type { CollectionConfig } from "../collection";
import {
  type AgendaRow,
  agendaOf,
  agendaPartOf,
  agendaRowsOf,
  type LinkRow,
  linkRowsOf,
  linksOf,
  linksPartOf,
  locationOf,
  locationPartOf,
  locationValueOf,
} from "../meetings";
import { idField, sourcesField } from "./shared";

/** What a field the form keeps but no control edits (ids in other systems, provenance) passes through. */
const passThrough = (name: string, label: string) =>
  ({
    kind: "custom",
    name,
    label,
    component: "none",
    toValue: (value: unknown) => value,
    toRecord: (value: unknown) => value ?? undefined,
  }) as const;

export const meetings: CollectionConfig = {
  slug: "meetings",
  router: "meetings",
  recordType: "meeting",
  singular: "meeting",
  plural: "meetings",
  titleField: "name",
  schema: MeetingSchema,
  defaults: {
    status: "scheduled",
    timeZone: "America/Los_Angeles",
    agenda: [],
    documents: [],
    media: [],
    sourceIds: [],
  },
  filters: {
    bodyId: { label: "Body", collection: "bodies" },
    status: { label: "Status", options: MEETING_STATUSES },
  },
  fields: [
    { kind: "text", name: "name", label: "Name", empty: "keep", hint: "Like City Council regular meeting." },
    idField("meeting", "name"),
    { kind: "reference", name: "bodyId", label: "Body that meets", collection: "bodies", empty: "keep" },
    {
      kind: "select",
      name: "status",
      label: "Status",
      options: MEETING_STATUSES,
      empty: "keep",
      hint: "Scheduled until it is held; cancelled or postponed when the body says so.",
    },
    // The time zone, the start and the end are edited together: times are typed as the clock
    // reads where the meeting is held, and saved with that zone's offset.
    {
      kind: "custom",
      name: "timeZone",
      label: "Time zone",
      component: "meetingWhen",
      toValue: (value) => (typeof value === "string" ? value : ""),
      toRecord: (value) => value,
    },
    {
      kind: "custom",
      name: "start",
      label: "Starts",
      component: "none",
      toValue: (value) => (typeof value === "string" ? value : ""),
      toRecord: (value) => value,
    },
    {
      kind: "custom",
      name: "end",
      label: "Ends",
      component: "none",
      toValue: (value) => (typeof value === "string" ? value : ""),
      toRecord: (value) => (typeof value === "string" && value !== "" ? value : undefined),
    },
    {
      kind: "custom",
      name: "location",
      label: "Where",
      component: "meetingLocation",
      partOf: locationPartOf,
      toValue: locationValueOf,
      toRecord: locationOf,
    },
    { kind: "text", name: "description", label: "Description", empty: "omit", multiline: true },
    {
      kind: "custom",
      name: "agenda",
      label: "Agenda",
      component: "meetingAgenda",
      partOf: agendaPartOf,
      toValue: agendaRowsOf,
      toRecord: (rows) => agendaOf(rows as AgendaRow[]),
    },
    {
      kind: "custom",
      name: "documents",
      label: "Documents",
      component: "meetingDocuments",
      partOf: (path) => linksPartOf("documents", "Document", path),
      toValue: linkRowsOf,
      toRecord: (rows) => linksOf(rows as LinkRow[]),
    },
    {
      kind: "custom",
      name: "media",
      label: "Recordings",
      component: "meetingMedia",
      partOf: (path) => linksPartOf("media", "Recording", path),
      toValue: linkRowsOf,
      toRecord: (rows) => linksOf(rows as LinkRow[]),
    },
    { kind: "reference", name: "jurisdictionId", label: "Jurisdiction", collection: "jurisdictions", empty: "omit" },
    sourcesField,
    passThrough("identifiers", "Ids in other systems"),
    passThrough("provenance", "Where it was read from"),
  ],
};
