import { describe, expect, it } from "vitest";
import { absoluteIn, fieldOfPath, issuesByField, issuesOfFieldErrors, issuesOfFormErrors, relativeTo } from "./issues";

describe("fieldOfPath", () => {
  const fields = ["name", "counts", "rollCall", "sourceIds"];

  it("finds the field a nested path belongs to", () => {
    expect(fieldOfPath("counts.yes", fields)).toBe("counts");
    expect(fieldOfPath("rollCall.2.option", fields)).toBe("rollCall");
    expect(fieldOfPath("name", fields)).toBe("name");
  });

  it("does not confuse fields that share a beginning", () => {
    expect(fieldOfPath("countsTotal", fields)).toBeNull();
    expect(fieldOfPath("source", ["source", "sourceIds"])).toBe("source");
    expect(fieldOfPath("sourceIds.0", ["source", "sourceIds"])).toBe("sourceIds");
  });

  it("leaves whole-record problems to the summary", () => {
    expect(fieldOfPath("", fields)).toBeNull();
  });
});

describe("issuesByField", () => {
  it("groups issues by field and keeps the rest as general", () => {
    const grouped = issuesByField(
      [
        { path: "counts.yes", message: "must be 0 or more" },
        { path: "counts.no", message: "must be a whole number" },
        { path: "", message: "points at a record that does not exist" },
      ],
      ["counts"],
    );
    expect(grouped.byField.counts).toHaveLength(2);
    expect(grouped.general).toEqual([{ path: "", message: "points at a record that does not exist" }]);
  });
});

describe("relativeTo", () => {
  it("gives a field's problems paths inside the field", () => {
    expect(
      relativeTo("agenda", [
        { path: "agenda.2.text", message: "is required" },
        { path: "agenda", message: "is too long" },
      ]),
    ).toEqual([
      { path: "2.text", message: "is required" },
      { path: "", message: "is too long" },
    ]);
  });
});

describe("absoluteIn", () => {
  it("puts the field's name back in front, undoing relativeTo", () => {
    const issues = [
      { path: "agenda.2.text", message: "is required" },
      { path: "agenda", message: "is too long" },
    ];
    expect(absoluteIn("agenda", relativeTo("agenda", issues))).toEqual(issues);
  });
});

describe("issuesOfFieldErrors", () => {
  it("reads zod's flattened field errors", () => {
    expect(issuesOfFieldErrors({ name: ["is required"], id: undefined })).toEqual([
      { path: "name", message: "is required" },
    ]);
    expect(issuesOfFieldErrors(null)).toEqual([]);
  });
});

describe("issuesOfFormErrors", () => {
  it("flattens react-hook-form's nested errors into dotted paths", () => {
    const errors = {
      name: { type: "too_small", message: "is required" },
      agenda: { 2: { text: { type: "too_small", message: "is required", ref: {} } } },
      root: { server: { type: "server", message: "The server said no" } },
    };
    expect(issuesOfFormErrors(errors)).toEqual([
      { path: "name", message: "is required" },
      { path: "agenda.2.text", message: "is required" },
      { path: "", message: "The server said no" },
    ]);
  });

  it("keeps a list's own error beside its items' errors", () => {
    const errors = {
      documents: { type: "custom", message: "has too many", 0: { url: { type: "x", message: "bad" } } },
    };
    expect(issuesOfFormErrors(errors)).toEqual([
      { path: "documents", message: "has too many" },
      { path: "documents.0.url", message: "bad" },
    ]);
  });
});
