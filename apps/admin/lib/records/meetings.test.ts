import { type Meeting, MeetingSchema, parseWith } from "@legible/core";
import { describe, expect, it } from "vitest";
import { issuesByField } from "@/lib/form-kit/issues";
import { meetings } from "./collections/meetings";
import { recordOf, valuesOf } from "./fields";
import { type AgendaRow, agendaPartOf, instantOfInput, linksPartOf, localInputOf, moveRow } from "./meetings";

const meeting: Meeting = {
  id: "meeting-council-2025-01-14",
  bodyId: "body-la-city-council",
  name: "City Council regular meeting",
  start: "2025-01-14T10:00:00-08:00",
  end: "2025-01-14T12:30:00-08:00",
  timeZone: "America/Los_Angeles",
  status: "scheduled",
  location: { name: "Council Chamber", address: "200 N. Spring St." },
  agenda: [
    {
      number: "12",
      text: "Sanctuary ordinance",
      measureIds: ["measure-sanctuary-ordinance"],
      notes: ["Second reading", "Public comment first"],
      actionIds: [],
      voteIds: ["vote-council-2024-11-19"],
    },
    { text: "Streetlights", measureIds: [], notes: [], actionIds: [], voteIds: [] },
  ],
  documents: [{ kind: "agenda", title: "Agenda", url: "https://clerk.example.gov/agenda.pdf" }],
  media: [],
  sourceIds: ["src-seed-news-report"],
  identifiers: [{ scheme: "legistar", scope: "lacity", identifier: "4512" }],
};

describe("the meeting form", () => {
  it("round-trips a meeting through its form values, ids in other systems kept", () => {
    const values = valuesOf(meetings.fields, meeting);
    expect((values.agenda as AgendaRow[])[0]).toMatchObject({
      number: "12",
      notes: "Second reading\nPublic comment first",
    });
    const { record } = recordOf(meetings.fields, values, 4);
    expect(record).toEqual({ ...meeting, version: 4 });
    expect(parseWith(MeetingSchema, record).ok).toBe(true);
  });

  it("leaves out a place with every part blank, and keeps a blank name for the schema to refuse", () => {
    const values = valuesOf(meetings.fields, meeting);
    const none = recordOf(meetings.fields, { ...values, location: { name: "", address: " ", url: "" } }, 1).record;
    expect(none.location).toBeUndefined();
    const noName = recordOf(meetings.fields, { ...values, location: { name: "", address: "1 Main St", url: "" } }, 1);
    const parsed = parseWith(MeetingSchema, noName.record);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(["location.name"]);
  });

  it("names an agenda item's problem by its place, for the field and the summary", () => {
    const values = valuesOf(meetings.fields, meeting);
    const rows = values.agenda as AgendaRow[];
    const blank = { ...values, agenda: [rows[0], { ...rows[1], text: "  " }] };
    const parsed = parseWith(MeetingSchema, recordOf(meetings.fields, blank, 1).record);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((issue) => issue.path)).toEqual(["agenda.1.text"]);
    const names = meetings.fields.map((field) => field.name);
    expect(Object.keys(issuesByField(issues, names).byField)).toEqual(["agenda"]);
    expect(agendaPartOf("agenda.1.text")).toEqual({ label: "Agenda item 2: text", target: "field-agenda-1-text" });
    expect(agendaPartOf("agenda.0.measureIds.2")).toEqual({
      label: "Agenda item 1: measures",
      target: "field-agenda-0-measureIds",
    });
    expect(linksPartOf("documents", "Document", "documents.0.url")).toEqual({
      label: "Document 1: web address",
      target: "field-documents-0-url",
    });
  });

  it("moves agenda items up and down, and not past either end", () => {
    expect(moveRow(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveRow(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveRow(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveRow(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("shows times as the meeting's own clock reads them and saves them with its zone's offset", () => {
    expect(localInputOf("2025-01-14T18:00:00Z", "America/Los_Angeles")).toBe("2025-01-14T10:00");
    expect(instantOfInput("2025-07-15T10:00", "America/Los_Angeles")).toBe("2025-07-15T10:00:00-07:00");
    expect(instantOfInput("2025-07-15T10:00", "America/Chicago")).toBe("2025-07-15T10:00:00-05:00");
    expect(instantOfInput("", "America/Chicago")).toBe("");
    expect(localInputOf("", "America/Chicago")).toBe("");
  });
});
