import { describe, expect, it } from "vitest";
import { searchState, withoutMarkup } from "./search-view";

describe("withoutMarkup", () => {
  it("drops glossary markup even when a match sits inside it", () => {
    expect(
      withoutMarkup([
        { text: "una [[ciudad ", match: false },
        { text: "santuario", match: true },
        { text: "]] por ley", match: false },
      ]),
    ).toEqual([
      { text: "una ciudad ", match: false },
      { text: "santuario", match: true },
      { text: " por ley", match: false },
    ]);
  });

  it("shows a term's display text, and drops brackets a snippet cut in half", () => {
    expect(withoutMarkup([{ text: "an [[ordinance|city law]] passed", match: false }])).toEqual([
      { text: "an city law passed", match: false },
    ]);
    expect(withoutMarkup([{ text: "…Makes it a [[sanctuary", match: false }])).toEqual([
      { text: "…Makes it a sanctuary", match: false },
    ]);
  });
});

describe("searchState", () => {
  it("tells an empty query, one with nothing to search for, and one that found nothing apart", () => {
    expect(searchState("   ", 0)).toBe("empty");
    expect(searchState('"***"', 0)).toBe("no-words");
    expect(searchState("NEAR(", 0)).toBe("no-results");
    expect(searchState("santuario", 1)).toBe("results");
  });
});
