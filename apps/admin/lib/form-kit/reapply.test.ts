import { describe, expect, it } from "vitest";
import { changedFields, pickThreeWay, reapplyEdits } from "./reapply";

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

  it("compares lists and objects by content, whatever the order of keys", () => {
    expect(changedFields(loaded, { ...loaded, sourceIds: ["src-a"] })).toEqual([]);
    expect(changedFields(loaded, { ...loaded, sourceIds: [] })).toEqual(["sourceIds"]);
    expect(changedFields({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
  });
});

describe("pickThreeWay", () => {
  it("takes their value where the user changed nothing", () => {
    expect(pickThreeWay("a", "a", "b")).toEqual({ value: "b", mineChanged: false, overlapping: false });
  });
  it("keeps the user's value and flags a real overlap", () => {
    expect(pickThreeWay("a", "m", "t")).toEqual({ value: "m", mineChanged: true, overlapping: true });
    expect(pickThreeWay("a", "m", "a")).toEqual({ value: "m", mineChanged: true, overlapping: false });
  });
});
