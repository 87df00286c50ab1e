import { describe, expect, it } from "vitest";
import { listItemSentence, sentenceFor } from "./sentences";

describe("sentenceFor", () => {
  it("joins a rule to the field's label", () => {
    expect(sentenceFor("Name", "is required")).toBe("Name is required.");
    expect(sentenceFor("This field", "should be shorter")).toBe("This field should be shorter.");
  });
  it("words zod's short messages as a rule", () => {
    expect(sentenceFor("Photo", "Invalid URL")).toBe("Photo must be a valid URL.");
  });
  it("passes whole sentences through with a capital and a full stop", () => {
    expect(sentenceFor("Counts", "the counts add up to more than the seats")).toBe(
      "The counts add up to more than the seats.",
    );
    expect(sentenceFor("Counts", "Check the seats!")).toBe("Check the seats!");
  });
});

describe("listItemSentence", () => {
  it("names a list item by its position, counted from 1", () => {
    expect(listItemSentence("Sponsor", "1", "pick a person or type a name")).toBe(
      "Sponsor 2: pick a person or type a name.",
    );
    expect(listItemSentence("Sponsor", "1.personId", "pick a person or type a name")).toBe(
      "Sponsor 2: pick a person or type a name.",
    );
  });
  it("words a rule about a labelled part of the item", () => {
    expect(listItemSentence("Text section", "0.heading", "is required", { partLabels: { heading: "Heading" } })).toBe(
      "Text section 1: Heading is required.",
    );
    expect(listItemSentence("Text section", "3.text", "is required")).toBe("Text section 4: This is required.");
  });
  it("words a problem with the whole list by the list's label", () => {
    expect(listItemSentence("Sponsor", "", "must have one primary sponsor", { listLabel: "Sponsors" })).toBe(
      "Sponsors must have one primary sponsor.",
    );
  });
});
