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
import { externalFields } from "../structured/external";
import { idField, sourcesField } from "./shared";

type CustomField = Extract<CollectionConfig["fields"][number], { kind: "custom" }>;

/**
 * A string kept as typed (the time zone, start and end), drawn by `component` or, for the start
 * and end, by the time zone's editor beside them (`none`).
 */
function typedText(
  name: string,
  label: string,
  component: CustomField["component"] = "none",
  toRecord: CustomField["toRecord"] = (value) => value,
): CustomField {
  return {
    kind: "custom",
    name,
    label,
    component,
    toValue: (value) => (typeof value === "string" ? value : ""),
    toRecord,
  };
}

/** A meeting's documents or recordings: a list of links, each problem named by its item ("Document 2"). */
function linksField(name: "documents" | "media", label: string, noun: string): CustomField {
  return {
    kind: "custom",
    name,
    label,
    component: name === "documents" ? "meetingDocuments" : "meetingMedia",
    partOf: (path) => linksPartOf(name, noun, path),
    toValue: linkRowsOf,
    toRecord: (rows) => linksOf(rows as LinkRow[]),
  };
}

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
    typedText("timeZone", "Time zone", "meetingWhen"),
    typedText("start", "Starts"),
    typedText("end", "Ends", "none", (value) => (typeof value === "string" && value !== "" ? value : undefined)),
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
    linksField("documents", "Documents", "Document"),
    linksField("media", "Recordings", "Recording"),
    { kind: "reference", name: "jurisdictionId", label: "Jurisdiction", collection: "jurisdictions", empty: "omit" },
    sourcesField,
    ...externalFields,
  ],
};
