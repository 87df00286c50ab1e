import { describe, expect, it } from "vitest";
import { type AuditedChange, followKeysOf, matchesSearch } from "./matching";

const change = (recordType: string, recordId: string, after: unknown, before: unknown = null): AuditedChange => ({
  id: 1,
  at: new Date(),
  action: before ? "update" : "create",
  recordType,
  recordId,
  before,
  after,
});

describe("which followed things a change concerns", () => {
  it("a measure's own change, and a vote that names the measure and its voters", () => {
    expect(followKeysOf(change("measure", "m-1", { id: "m-1", title: "T", bodyId: "council" }))).toEqual(
      expect.arrayContaining([
        { scope: "measure", target: "m-1" },
        { scope: "body", target: "council" },
      ]),
    );
    const vote = change("vote-event", "v-1", {
      id: "v-1",
      measureId: "m-1",
      bodyId: "council",
      rollCall: [{ voterPersonId: "p-1", option: "yes" }],
    });
    expect(followKeysOf(vote)).toEqual(
      expect.arrayContaining([
        { scope: "measure", target: "m-1" },
        { scope: "person", target: "p-1" },
        { scope: "body", target: "council" },
      ]),
    );
    expect(followKeysOf(vote)).not.toContainEqual({ scope: "body-meetings", target: "council" });
  });

  it("a meeting concerns its body's meetings", () => {
    expect(followKeysOf(change("meeting", "mt-1", { id: "mt-1", bodyId: "council" }))).toContainEqual({
      scope: "body-meetings",
      target: "council",
    });
  });

  it("a measure moved from one body to another concerns both", () => {
    const keys = followKeysOf(change("measure", "m-1", { id: "m-1", bodyId: "b" }, { id: "m-1", bodyId: "a" }));
    expect(keys).toEqual(
      expect.arrayContaining([
        { scope: "body", target: "a" },
        { scope: "body", target: "b" },
      ]),
    );
  });

  it("an explainer's draft is nothing to tell; a new published revision is", () => {
    const draft = change(
      "explainer",
      "e-1",
      { measureId: "m-1", revisions: [{}] },
      { measureId: "m-1", revisions: [{}] },
    );
    expect(followKeysOf(draft)).toEqual([]);
    const published = change(
      "explainer",
      "e-1",
      { measureId: "m-1", revisions: [{}, {}] },
      { measureId: "m-1", revisions: [{}] },
    );
    expect(followKeysOf(published)).toContainEqual({ scope: "measure", target: "m-1" });
  });

  it("staff-only records concern nobody", () => {
    expect(followKeysOf(change("sync-source", "s-1", { measureId: "m-1" }))).toEqual([]);
  });

  it("a followed search hears of records with every one of its words, accents and case aside", () => {
    const measure = change("measure", "m-1", { id: "m-1", title: "Límite de renta", abstract: "Caps rent" });
    expect(matchesSearch(measure, "limite renta")).toBe(true);
    expect(matchesSearch(measure, "RENT")).toBe(true);
    expect(matchesSearch(measure, "rent parking")).toBe(false);
    expect(matchesSearch(change("action", "a-1", { description: "rent" }), "rent")).toBe(false);
  });
});
