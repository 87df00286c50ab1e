import { describe, expect, it } from "vitest";
import { changedRecordTags } from "./site-changes";

describe("changedRecordTags", () => {
  it("a term edit refreshes every page showing its person (their office), not only the person's own", () => {
    const term = { id: "t1", personId: "p1", postId: "seat-4", bodyId: "council" };
    const tags = changedRecordTags("memberships", [{ id: "t1", versions: [term] }]);
    expect(tags).toEqual(expect.arrayContaining(["person:p1", "page:person:p1", "page:body:council"]));
    expect(tags).not.toContain("body:council");
  });

  it("an action refreshes every page showing its measure (its stage)", () => {
    const action = { id: "a1", measureId: "m1", bodyId: "council" };
    expect(changedRecordTags("actions", [{ id: "a1", versions: [action] }])).toContain("measure:m1");
  });

  it("a statement refreshes only the own pages of what it names", () => {
    const statement = { id: "s1", measureId: "m1", speakerPersonId: "p1" };
    const tags = changedRecordTags("statements", [{ id: "s1", versions: [statement] }]);
    expect(tags).toEqual(expect.arrayContaining(["page:measure:m1", "page:person:p1"]));
    expect(tags).not.toContain("person:p1");
    expect(tags).not.toContain("measure:m1");
  });
});
