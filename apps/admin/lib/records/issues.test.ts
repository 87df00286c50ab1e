import { describe, expect, it } from "vitest";
import { fieldOfPath, issuesByField, issuesOfFieldErrors, sentenceFor } from "./issues";

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

describe("issuesOfFieldErrors", () => {
  it("reads zod's flattened field errors", () => {
    expect(issuesOfFieldErrors({ name: ["is required"], id: undefined })).toEqual([
      { path: "name", message: "is required" },
    ]);
    expect(issuesOfFieldErrors(null)).toEqual([]);
  });
});

describe("sentenceFor", () => {
  it("joins core's short messages to the field's label", () => {
    expect(sentenceFor("Name", "is required")).toBe("Name is required.");
    expect(sentenceFor("Web address", "must be a full URL, like https://example.org/page")).toBe(
      "Web address must be a full URL, like https://example.org/page.",
    );
  });

  it("turns zod's short messages into a rule about the field", () => {
    expect(sentenceFor("Photo address (URL)", "Invalid URL")).toBe("Photo address (URL) must be a valid URL.");
  });

  it("keeps messages that are already sentences", () => {
    expect(sentenceFor("Body", "a membership needs a bodyId, a postId, or both")).toBe(
      "A membership needs a bodyId, a postId, or both.",
    );
    expect(sentenceFor("Counts", 'The count says 13 "yes", but the roll call lists 12.')).toBe(
      'The count says 13 "yes", but the roll call lists 12.',
    );
  });
});
