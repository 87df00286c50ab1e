import { describe, expect, it } from "vitest";
import { changedFields, reapplyEdits } from "./reapply";

describe("reapplyEdits", () => {
  const loaded = { name: "Karen Bass", givenName: "Karen", sourceIds: ["src-a"] };

  it("keeps the colleague's changes and lays the user's own on top", () => {
    const mine = { ...loaded, givenName: "Karen R." };
    const theirs = { ...loaded, name: "Karen Ruth Bass", sourceIds: ["src-a", "src-b"] };
    const result = reapplyEdits(loaded, mine, theirs);
    expect(result.values).toEqual({ name: "Karen Ruth Bass", givenName: "Karen R.", sourceIds: ["src-a", "src-b"] });
    expect(result.kept).toEqual(["givenName"]);
    expect(result.overlapping).toEqual([]);
  });

  it("names the fields both changed, keeping the user's value", () => {
    const mine = { ...loaded, name: "Mayor Karen Bass" };
    const theirs = { ...loaded, name: "Karen Ruth Bass" };
    const result = reapplyEdits(loaded, mine, theirs);
    expect(result.values.name).toBe("Mayor Karen Bass");
    expect(result.overlapping).toEqual(["name"]);
  });

  it("does not call the same change made twice an overlap", () => {
    const mine = { ...loaded, name: "Karen Ruth Bass" };
    const result = reapplyEdits(loaded, mine, { ...mine });
    expect(result.overlapping).toEqual([]);
  });

  it("compares lists by content", () => {
    expect(changedFields(loaded, { ...loaded, sourceIds: ["src-a"] })).toEqual([]);
    expect(changedFields(loaded, { ...loaded, sourceIds: [] })).toEqual(["sourceIds"]);
  });
});
