import { type Locale, VOTE_OPTIONS } from "@legible/core";
import { describe, expect, it } from "vitest";
import { voteOptionWords } from "./vote-options";
import { explainerWords } from "./words";

const said = (locale: Locale, use: "member" | "count") => {
  const votes = explainerWords(locale, () => "").t("votes");
  return VOTE_OPTIONS.map((option) => voteOptionWords(votes, option, use));
};

describe("a vote option in words", () => {
  it("has a member's word and a count's label for every option core knows, in both languages", () => {
    for (const locale of ["en", "es"] as const) {
      for (const use of ["member", "count"] as const) {
        const words = said(locale, use);
        // A missing key comes back as the key itself ("votes.option.not-voting").
        expect(words.filter((word) => word.startsWith("votes."))).toEqual([]);
        expect(new Set(words).size).toBe(VOTE_OPTIONS.length);
      }
    }
  });

  it("says one member's vote and a count of members apart where Spanish does", () => {
    const abstain = VOTE_OPTIONS.indexOf("abstain");
    expect(said("es", "member")[abstain]).toBe("Abstención");
    expect(said("es", "count")[abstain]).toBe("Se abstuvieron");
    expect(said("en", "member")).toEqual(said("en", "count"));
  });
});
