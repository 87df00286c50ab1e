import { describe, expect, it } from "vitest";
import { markedParts } from "./search";
import { markAll, markSnippet, matchPrefixes } from "./search-marks";

const matched = (text: string) =>
  markedParts(text)
    .filter((part) => part.match)
    .map((part) => part.text);

describe("marking matched words as the index matches them", () => {
  it("marks every word starting with a query word or its stem, diacritics folded", () => {
    const prefixes = matchPrefixes(["housing", "gascon"]);
    expect(matched(markAll("New houses and housing near Gascón Street; a household.", prefixes))).toEqual([
      "houses",
      "housing",
      "Gascón",
      "household",
    ]);
    expect(matched(markAll("Sanctuary city", prefixes))).toEqual([]);
  });

  it("cuts a snippet around the first match, saying where it was cut", () => {
    const words = Array.from({ length: 60 }, (_, n) => `w${n}`);
    words[40] = "housing";
    const snippet = markSnippet(words.join(" "), matchPrefixes(["housing"]), 24);
    expect(snippet.startsWith("…w32 ")).toBe(true);
    expect(snippet.endsWith("w55…")).toBe(true);
    expect(matched(snippet)).toEqual(["housing"]);
    expect(markSnippet("short housing text", matchPrefixes(["housing"]))).toBe("short \u0002housing\u0003 text");
  });
});
