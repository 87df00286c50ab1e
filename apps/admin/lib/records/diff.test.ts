import { describe, expect, it } from "vitest";
import { diffRecords, showValue } from "./diff";

describe("diffRecords", () => {
  it("lists changed, added and removed fields, not bookkeeping", () => {
    const before = { id: "p", name: "Karen Bass", givenName: "Karen", version: 1, updatedAt: "2024-01-01T00:00:00Z" };
    const after = { id: "p", name: "Karen R. Bass", familyName: "Bass", version: 2, updatedAt: "2024-02-01T00:00:00Z" };
    expect(diffRecords(before, after)).toEqual([
      { path: "name", before: "Karen Bass", after: "Karen R. Bass" },
      { path: "givenName", before: "Karen", after: undefined },
      { path: "familyName", before: undefined, after: "Bass" },
    ]);
  });

  it("goes into nested objects and lists of objects", () => {
    const before = { counts: { yes: 13, no: 0 }, rollCall: [{ voterName: "A", option: "yes" }] };
    const after = { counts: { yes: 12, no: 0 }, rollCall: [{ voterName: "A", option: "no" }] };
    expect(diffRecords(before, after)).toEqual([
      { path: "counts.yes", before: 13, after: 12 },
      { path: "rollCall.0.option", before: "yes", after: "no" },
    ]);
  });

  it("compares lists of ids whole, and a roll call going from unknown to known as one change", () => {
    expect(diffRecords({ sourceIds: ["a"], rollCall: null }, { sourceIds: ["a", "b"], rollCall: [] })).toEqual([
      { path: "sourceIds", before: ["a"], after: ["a", "b"] },
      { path: "rollCall", before: null, after: [] },
    ]);
  });

  it("shows a creation as every field added", () => {
    expect(diffRecords(null, { id: "p", name: "N" })).toEqual([
      { path: "id", before: undefined, after: "p" },
      { path: "name", before: undefined, after: "N" },
    ]);
  });

  it("finds nothing between equal records", () => {
    expect(diffRecords({ a: [1, 2], b: { c: null } }, { a: [1, 2], b: { c: null } })).toEqual([]);
  });
});

describe("showValue", () => {
  it("writes empty and unknown values in words", () => {
    expect(showValue(undefined)).toBe("(not set)");
    expect(showValue(null)).toBe("(unknown)");
    expect(showValue([])).toBe("(none)");
    expect(showValue(["a", "b"])).toBe("a, b");
    expect(showValue({ yes: 1 })).toBe('{"yes":1}');
  });
});
