import { describe, expect, it } from "vitest";
import { glossaryRuns, markedTerms, normalizeTerm, plainText, textParagraphs } from "./glossary.js";

describe("the glossary markup", () => {
  it("splits out a marked term's words and keeps which term it is", () => {
    expect(glossaryRuns("A [[sanctuary city|sanctuary]] law about [[ ICE ]].")).toEqual([
      { text: "A " },
      { text: "sanctuary", term: "sanctuary city" },
      { text: " law about " },
      { text: " ICE ", term: "ICE" },
      { text: "." },
    ]);
  });

  it("leaves text without terms whole, and half-typed markup as text", () => {
    expect(glossaryRuns("Plain words.")).toEqual([{ text: "Plain words." }]);
    expect(glossaryRuns("An [[open term")).toEqual([{ text: "An [[open term" }]);
  });

  it("names the terms marked, and drops the markup for readers", () => {
    expect(markedTerms("[[deportación]] y [[ciudad santuario|ciudades santuario]]")).toEqual([
      "deportación",
      "ciudad santuario",
    ]);
    expect(plainText("[[deportación]] y [[ciudad santuario|ciudades santuario]]")).toBe(
      "deportación y ciudades santuario",
    );
  });

  it("compares terms without case or extra spaces", () => {
    expect(normalizeTerm("  Sanctuary   City ")).toBe("sanctuary city");
  });
});

describe("paragraphs of block text", () => {
  it("split at blank lines only: a single line break stays inside its paragraph", () => {
    expect(textParagraphs("One.\nStill one.\n\n  Two. \n \n")).toEqual(["One.\nStill one.", "Two."]);
  });
});
