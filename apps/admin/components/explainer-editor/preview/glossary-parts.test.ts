import { describe, expect, it } from "vitest";
import { glossaryRuns, paragraphsOf } from "./glossary-parts";

describe("glossaryRuns", () => {
  it("shows a marked term's words and keeps which term it is", () => {
    expect(glossaryRuns("A [[sanctuary city|sanctuary]] law about [[ICE]].")).toEqual([
      { text: "A " },
      { text: "sanctuary", term: "sanctuary city" },
      { text: " law about " },
      { text: "ICE", term: "ICE" },
      { text: "." },
    ]);
  });

  it("leaves text without terms whole", () => {
    expect(glossaryRuns("Plain words.")).toEqual([{ text: "Plain words." }]);
  });
});

describe("paragraphsOf", () => {
  it("splits on line breaks and drops blank lines", () => {
    expect(paragraphsOf("One.\n\n Two. \n")).toEqual(["One.", "Two."]);
  });
});
