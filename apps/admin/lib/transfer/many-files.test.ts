import { describe, expect, it } from "vitest";
import { combineOutcomes, groupFiles, readsFile } from "./many-files";

describe("many files at once", () => {
  it("reads only the format's files from a chosen folder", () => {
    expect(readsFile("openstates-person", "data/il/legislature/Maria-Okafor.yml")).toBe(true);
    expect(readsFile("openstates-person", "data/il/README.md")).toBe(false);
    expect(readsFile("openstates-person", "data/il/.hidden.yml")).toBe(false);
    expect(readsFile("ocd", "_data/fairhaven/bill_1.json")).toBe(true);
  });

  it("groups files under the request limit, counting JSON escapes, and sets aside a file too large alone", () => {
    const file = (name: string, size: number) => ({ name, content: "a\n".repeat(size / 2) });
    const { groups, tooLarge } = groupFiles(
      [file("a", 300), file("b", 300), file("huge", 2_000), file("c", 300)],
      // Each 300-character file takes about 470 bytes as JSON (its newlines are escaped).
      1_000,
    );
    expect(groups.map((g) => g.map((f) => f.name))).toEqual([["a", "b"], ["c"]]);
    expect(tooLarge).toEqual(["huge"]);
    expect(groupFiles([file("a", 2), file("b", 2), file("c", 2)], 1_000, 2).groups.length).toBe(2);
  });

  it("adds the groups' previews up into one", () => {
    const plan = (create: number, records: string[]) => ({
      collections: [{ collection: "people", records, counts: { create, update: 0, skip: 0 } }],
      counts: { create, update: 0, skip: 0 },
      problems: [],
    });
    const combined = combineOutcomes([
      { ok: true, plan: plan(2, ["a", "b"]), skipped: ["s1"], matched: ["m1"] },
      { ok: true, plan: plan(1, ["c"]), skipped: [], matched: [] },
    ]);
    expect(combined).toEqual({
      ok: true,
      plan: {
        collections: [{ collection: "people", records: ["a", "b", "c"], counts: { create: 3, update: 0, skip: 0 } }],
        counts: { create: 3, update: 0, skip: 0 },
        problems: [],
      },
      skipped: ["s1"],
      matched: ["m1"],
    });
    const failed = combineOutcomes([
      { ok: true, plan: plan(1, ["a"]), skipped: [] },
      { ok: false, plan: null, issues: ["broken"], skipped: [] },
    ]);
    expect([failed.ok, failed.issues, failed.plan?.counts.create]).toEqual([false, ["broken"], 1]);
  });
});
