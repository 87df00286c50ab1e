import { describe, expect, it } from "vitest";
import { countsSentence, fieldWords, placeInFile } from "./words";

describe("the import screen's words", () => {
  it("counts what an import will do and did, leaving out zeros", () => {
    expect(countsSentence({ create: 2, update: 1, skip: 0 }, "will")).toBe("2 to create, 1 to update");
    expect(countsSentence({ create: 0, update: 0, skip: 4 }, "did")).toBe("4 skipped");
    expect(countsSentence({ create: 0, update: 0, skip: 0 }, "did")).toBe("nothing");
  });

  it("names a problem's place by line and path, or the whole file", () => {
    expect(placeInFile({ path: "roles.0.start_date", line: 6 })).toBe("line 6, at roles.0.start_date");
    expect(placeInFile({ path: "memberships.1.personId" })).toBe("at memberships.1.personId");
    expect(placeInFile({ path: "" })).toBe("the whole file");
    expect(placeInFile({ path: "links.1.url", line: 24, file: "data/il/Maria.yml" })).toBe(
      "data/il/Maria.yml, line 24, at links.1.url",
    );
    expect(placeInFile({ path: "", file: "b.json" })).toBe("b.json");
  });

  it("says field names as words", () => {
    expect(fieldWords(["familyName", "sourceIds"])).toBe("family name, source ids");
  });
});
