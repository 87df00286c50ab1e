import { PersonSchema, parseWith } from "@legible/core";
import { describe, expect, it } from "vitest";
import { type FieldSpec, recordOf, valuesOf } from "./fields";

const fields: FieldSpec[] = [
  { kind: "id", name: "id", label: "Id", slugFrom: "name", prefix: "person" },
  { kind: "text", name: "name", label: "Name", empty: "keep" },
  { kind: "text", name: "givenName", label: "Given name", empty: "omit" },
  { kind: "date", name: "date", label: "Date", empty: "null" },
  { kind: "number", name: "order", label: "Order", empty: "omit" },
  { kind: "yesNoUnknown", name: "current", label: "Current" },
  { kind: "lines", name: "subjects", label: "Subjects" },
  { kind: "json", name: "rules", label: "Rules", empty: "omit", example: "{}" },
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
      rules: { seats: 15 },
      sourceIds: ["src-a"],
    };
    const values = valuesOf(fields, record);
    expect(values.subjects).toBe("housing\npolice");
    expect(values.current).toBe("no");
    expect(recordOf(fields, values, 3)).toEqual({ record: { ...record, version: 3 }, issues: [] });
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

  it("report JSON that does not parse against its field", () => {
    const { issues } = recordOf(fields, { ...valuesOf(fields, {}), rules: "{ seats: " }, undefined);
    expect(issues).toEqual([{ path: "rules", message: "is not written as JSON; follow the example: {}" }]);
  });
});
