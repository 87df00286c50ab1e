import { describe, expect, it } from "vitest";
import { decideField, mergeUpstream, sameFieldValue } from "./upstream-merge.js";

describe("decideField", () => {
  it("takes upstream where the record still holds what the sync wrote", () => {
    expect(decideField("Old", "Old", "New", true)).toBe("take-upstream");
  });
  it("keeps a staff edit when upstream did not change", () => {
    expect(decideField("Staff", "Old", "Old", true)).toBe("keep-staff");
  });
  it("asks when staff and upstream both changed the field", () => {
    expect(decideField("Staff", "Old", "New", true)).toBe("conflict");
  });
  it("takes upstream when it now agrees with staff", () => {
    expect(decideField("Same", "Old", "Same", true)).toBe("take-upstream");
  });
  it("fills an empty field of a record the sync never wrote, and asks before overwriting a typed one", () => {
    expect(decideField(undefined, undefined, "New", false)).toBe("take-upstream");
    expect(decideField("Typed", undefined, "New", false)).toBe("conflict");
    expect(decideField("Typed", undefined, "Typed", false)).toBe("take-upstream");
  });
});

describe("sameFieldValue", () => {
  it("ignores key order and treats absent, null and empty lists alike", () => {
    expect(sameFieldValue({ a: 1, b: [1] }, { b: [1], a: 1 })).toBe(true);
    expect(sameFieldValue(undefined, null)).toBe(true);
    expect(sameFieldValue([], undefined)).toBe(true);
    expect(sameFieldValue([{ personId: "p", name: "A" }], [{ name: "A" }])).toBe(false);
  });
});

describe("mergeUpstream", () => {
  const previous = { title: "Old title", identifier: "CF 1", sponsors: [{ name: "A" }] };

  it("writes a new record as upstream gives it", () => {
    const incoming = { id: "m1", title: "T", identifier: null };
    const result = mergeUpstream({ stored: null, previous: null, incoming });
    expect(result.record).toEqual(incoming);
    expect(result.snapshot).toEqual({ title: "T", identifier: null });
    expect(result.conflicts).toEqual([]);
  });

  it("keeps a staff title against a changed upstream title, remembers the old upstream value, and takes other fields", () => {
    const result = mergeUpstream({
      stored: { id: "m1", version: 3, title: "Staff title", identifier: "CF 1", sponsors: [{ name: "A" }] },
      previous,
      incoming: { id: "m1", title: "New title", identifier: "CF 1-S1", sponsors: [{ name: "A" }] },
      upstreamName: "Legistar",
    });
    expect(result.record).toEqual({
      id: "m1",
      version: 3,
      title: "Staff title",
      identifier: "CF 1-S1",
      sponsors: [{ name: "A" }],
    });
    expect(result.snapshot).toEqual({ title: "Old title", identifier: "CF 1-S1", sponsors: [{ name: "A" }] });
    expect(result.outcomes).toEqual({ title: "conflict", identifier: "take-upstream", sponsors: "take-upstream" });
    expect(result.conflicts).toEqual([
      {
        field: "title",
        current: "Staff title",
        incoming: "New title",
        previous: "Old title",
        reason: expect.stringContaining("Staff changed the title"),
      },
    ]);
  });

  it("leaves skipped fields and bookkeeping as stored", () => {
    const result = mergeUpstream({
      stored: { id: "p1", version: 2, updatedAt: "x", name: "A", identifiers: [1] },
      previous: { name: "A" },
      incoming: { id: "p1", name: "B", identifiers: [2] },
      skip: ["identifiers"],
    });
    expect(result.record).toEqual({ id: "p1", version: 2, updatedAt: "x", name: "B", identifiers: [1] });
    expect(result.snapshot).toEqual({ name: "B" });
  });

  it("drops a field upstream no longer gives, unless staff changed it", () => {
    const dropped = mergeUpstream({
      stored: { id: "b1", name: "X", abstract: "Was" },
      previous: { name: "X", abstract: "Was" },
      incoming: { id: "b1", name: "X" },
    });
    expect(dropped.record).toEqual({ id: "b1", name: "X" });
    const kept = mergeUpstream({
      stored: { id: "b1", name: "X", abstract: "Staff" },
      previous: { name: "X", abstract: "Was" },
      incoming: { id: "b1", name: "X" },
    });
    expect(kept.record.abstract).toBe("Staff");
    expect(kept.conflicts.map((c) => c.field)).toEqual(["abstract"]);
  });
});
