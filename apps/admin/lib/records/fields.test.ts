import { ActionSchema, PersonSchema, parseWith } from "@legible/core";
import { describe, expect, it } from "vitest";
import type { CollectionConfig } from "./collection";
import { actions } from "./collections/actions";
import { measures } from "./collections/measures";
import { memberships } from "./collections/memberships";
import { inferencePartOf, inferencesField } from "./collections/shared";
import { statements } from "./collections/statements";
import { voteEvents } from "./collections/vote-events";
import { type FieldSpec, recordOf, valuesOf } from "./fields";
import { externalFields } from "./structured/external";
import { sponsorRowsOf } from "./structured/sponsors";

const fields: FieldSpec[] = [
  { kind: "id", name: "id", label: "Id", slugFrom: "name", prefix: "person" },
  { kind: "text", name: "name", label: "Name", empty: "keep" },
  { kind: "text", name: "givenName", label: "Given name", empty: "omit" },
  { kind: "date", name: "date", label: "Date", empty: "null" },
  { kind: "number", name: "order", label: "Order", empty: "omit" },
  { kind: "yesNoUnknown", name: "current", label: "Current" },
  { kind: "lines", name: "subjects", label: "Subjects" },
  { kind: "references", name: "sourceIds", label: "Sources", collection: "sources" },
];

describe("form values", () => {
  it("round-trip a record", () => {
    const record = {
      id: "person-a",
      name: "A",
      givenName: "Ann",
      date: "2024-11",
      order: 2,
      current: false,
      subjects: ["housing", "police"],
      sourceIds: ["src-a"],
    };
    const values = valuesOf(fields, record);
    expect(values.subjects).toBe("housing\npolice");
    expect(values.current).toBe("no");
    expect(recordOf(fields, values, 3)).toEqual({ record: { ...record, version: 3 } });
  });

  it("turn blank fields into what the schema expects: left out, null or empty", () => {
    const { record } = recordOf(fields, valuesOf(fields, {}), undefined);
    expect(record).toEqual({ id: "", name: "", date: null, subjects: [], sourceIds: [] });
    expect(parseWith(PersonSchema, record)).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([{ path: "name", message: "is required" }]),
    });
  });

  it("keep text typed into a number field, so the schema can say what is wrong", () => {
    expect(recordOf(fields, { ...valuesOf(fields, {}), order: "two" }, undefined).record.order).toBe("two");
  });
});

describe("worked-out values (the inferences field)", () => {
  const inferences: FieldSpec[] = [
    { kind: "date", name: "date", label: "Date", empty: "keep" },
    inferencesField([{ kind: "date", name: "date", label: "Date", empty: "keep" }], ["date"]),
  ];
  const reasoning = { en: "The report says “on Tuesday”.", es: "El artículo dice “on Tuesday”." };

  it("edit the record's inferred list as rows, and back", () => {
    const record = { date: "2024-11-19", inferred: [{ field: "date", reasoning }] };
    const values = valuesOf(inferences, record);
    expect(values.inferred).toEqual([{ field: "date", en: reasoning.en, es: reasoning.es }]);
    expect(recordOf(inferences, values, undefined).record).toEqual(record);
  });

  it("leave the list out when no row is left, so the record says every value is reported", () => {
    expect(valuesOf(inferences, { date: "2024" }).inferred).toEqual([]);
    expect(recordOf(inferences, { date: "2024", inferred: [] }, undefined).record).toEqual({ date: "2024" });
  });

  it("keep a half-filled row, so core's schema names the part to fill in by its path", () => {
    const { record } = recordOf(inferences, { date: "2024", inferred: [{ field: "date", en: "", es: "" }] }, undefined);
    expect(
      parseWith(ActionSchema, {
        ...record,
        id: "a",
        measureId: "m",
        description: "d",
        classification: [],
        sourceIds: [],
      }),
    ).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        { path: "inferred.0.reasoning.en", message: "is required" },
        { path: "inferred.0.reasoning.es", message: "is required" },
      ]),
    });
  });

  it("name the row and part a problem is about, for the error summary's link to its control", () => {
    expect(inferencePartOf("inferred.1.reasoning.es")).toEqual({
      label: "Worked-out value 2 (how, in Spanish)",
      target: "field-inferred-1-es",
    });
    expect(inferencePartOf("inferred.0.field")).toEqual({
      label: "Worked-out value 1 (which value)",
      target: "field-inferred-0-field",
    });
    expect(inferencePartOf("inferred")).toBeNull();
  });

  it("offer each collection's own fields, with the parts core can mark: each count of a vote, each sponsor", () => {
    const choicesOf = (config: CollectionConfig, values: Record<string, unknown> = {}) => {
      const field = config.fields.find((candidate) => candidate.kind === "inferences");
      return field?.kind === "inferences" ? field.choices(values).map((choice) => choice.path) : [];
    };
    expect(choicesOf(actions)).toEqual(["description", "date", "classification", "actorBodyId", "actorPostId"]);
    expect(choicesOf(voteEvents)).toEqual(expect.arrayContaining(["date", "counts.yes", "counts.not voting"]));
    expect(choicesOf(voteEvents)).not.toContain("counts");
    const sponsors = sponsorRowsOf([{ name: "Hugo Soto-Martinez", primary: true }]);
    expect(choicesOf(measures, { sponsors })).toEqual(expect.arrayContaining(["sponsors", "sponsors.0"]));
    expect(choicesOf(statements)).toEqual(expect.arrayContaining(["speakerPersonId", "speakerBodyId", "date"]));
    expect(choicesOf(memberships)).toEqual(expect.arrayContaining(["startDate", "endDate"]));
    for (const config of [actions, voteEvents, measures, statements, memberships]) {
      // After the fields it can mark; only what connectors write (ids in other systems, provenance) may follow.
      const external = new Set(externalFields.map((field) => field.name));
      expect(config.fields.filter((field) => !external.has(field.name)).at(-1)?.kind, config.slug).toBe("inferences");
    }
  });
});
