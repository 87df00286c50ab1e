import { describe, expect, it } from "vitest";
import { fieldWords, identifierLines, incomingOrigin, valueWords } from "./review-words";

describe("review item words", () => {
  it("names where an incoming person came from, and falls back when nothing says", () => {
    const incoming = { identifiers: [{ scheme: "legistar", scope: "testville", identifier: "5" }] };
    expect(incomingOrigin(incoming)).toEqual({ system: "Legistar’s", place: "Testville" });
    expect(incomingOrigin({ name: "Ana" })).toEqual({ system: "An incoming record", place: null });
    expect(identifierLines(incoming)).toEqual(["Legistar (testville): 5"]);
  });

  it("says values and field names in words", () => {
    expect(valueWords(null)).toBe("(empty)");
    expect(valueWords("Chair")).toBe("Chair");
    expect(valueWords(["a"])).toContain('"a"');
    expect(fieldWords("familyName")).toBe("family name");
  });
});
