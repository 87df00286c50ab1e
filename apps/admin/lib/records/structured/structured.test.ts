import { MeasureSchema, parseWith, VotingRulesSchema } from "@legible/core";
import { describe, expect, it } from "vitest";
import { provenanceOf } from "./external";
import { listPartOf, placeListIssues } from "./list-parts";
import { phraseOf, phrasePartOf, phraseValueOf } from "./phrase";
import {
  RELATED_MEASURE_PARTS,
  type RelatedMeasureRow,
  relatedMeasureRowsOf,
  relatedMeasuresOf,
} from "./related-measures";
import { rulesPartOf } from "./rules-parts";
import { emptySponsorRow, SPONSOR_PARTS, type SponsorRow, sponsorRowsOf, sponsorsOf } from "./sponsors";
import { emptyTextSectionRow, TEXT_SECTION_PARTS, textSectionRowsOf, textSectionsOf } from "./text-sections";
import { newRulesForm, rulesFormOf, rulesOf, thresholdSentence, thresholdWords } from "./voting-rules";

const cite = (sourceId: string, locator?: string) => ({ sourceId, ...(locator ? { locator } : {}) });

const LA_RULES = {
  seats: { value: 15, citation: cite("src-charter", "Sec. 201") },
  quorum: { value: { fraction: "majority", of: "seats" }, citation: cite("src-charter", "Sec. 244") },
  passage: {
    ordinance: { value: { fraction: "majority", of: "seats" }, citation: cite("src-charter", "Sec. 244") },
    resolution: { value: { count: 8 }, citation: cite("src-charter") },
  },
  motions: { urgency: { value: { count: 12 }, citation: cite("src-charter", "Sec. 253") } },
  readings: {
    value: { appliesTo: ["ordinance"], count: 2, unanimousFirstSuffices: true },
    citation: cite("src-rules"),
  },
  executive: {
    title: { en: "the Mayor", es: "la Alcaldía" },
    appliesTo: ["ordinance"],
    daysToAct: { value: 10, citation: cite("src-charter", "Sec. 250") },
    ifNoAction: { value: "becomes-law", citation: cite("src-charter", "Sec. 250") },
    override: { value: { fraction: "two-thirds", of: "seats" }, citation: cite("src-charter", "Sec. 250") },
  },
  effect: { value: { from: "publication", days: 31 }, citation: cite("src-charter", "Sec. 252") },
};

describe("sponsors", () => {
  it("round-trips picked people, picked bodies and typed names, with the primary flag", () => {
    const sponsors = [
      { name: "Hugo Soto-Martinez", personId: "person-hugo", primary: true },
      { name: "Rules Committee", bodyId: "body-rules", primary: false },
      { name: "A. Resident", primary: false },
    ];
    const rows = sponsorRowsOf(sponsors);
    expect(rows.map((row) => row.kind)).toEqual(["person", "body", "name"]);
    expect(sponsorsOf(rows)).toEqual(sponsors);
  });

  it("keeps a half-filled sponsor so core names it by its place, in the editor's words", () => {
    const rows = [sponsorRowsOf([{ name: "Hugo", personId: "person-hugo", primary: true }])[0], emptySponsorRow()];
    const parsed = parseWith(MeasureSchema.shape.sponsors, sponsorsOf(rows as never));
    expect(parsed.ok).toBe(false);
    const issue = parsed.ok ? null : parsed.issues[0];
    expect(issue?.path).toBe("1.name");
    expect(listPartOf(SPONSOR_PARTS)(`sponsors.${issue?.path}`, issue?.message)).toEqual({
      label: "Sponsor 2",
      target: "field-sponsors-1-name",
      message: "Sponsor 2: pick a person or type a name.",
    });
  });

  it("drops the id of a kind the row no longer is", () => {
    const [row] = sponsorRowsOf([{ name: "Hugo", personId: "person-hugo", primary: false }]) as [SponsorRow];
    expect(sponsorsOf([{ ...row, kind: "name" }])).toEqual([{ name: "Hugo", primary: false }]);
  });
});

describe("text sections", () => {
  it("round-trips and leaves a blank number or heading out", () => {
    const sections = [{ number: "Sec. 1", heading: "Purpose", text: "The city declares…" }, { text: "Second." }];
    expect(textSectionsOf(textSectionRowsOf(sections))).toEqual(sections);
    expect(textSectionsOf([{ ...emptyTextSectionRow(), number: "  ", text: "x" }])).toEqual([{ text: "x" }]);
  });

  it("names a section without text by its place", () => {
    const parsed = parseWith(
      MeasureSchema.shape.textSections,
      textSectionsOf([
        { ...emptyTextSectionRow(), text: "One" },
        { ...emptyTextSectionRow(), text: "Two" },
        { ...emptyTextSectionRow(), number: "Sec. 3" },
      ]),
    );
    const issue = parsed.ok ? null : parsed.issues[0];
    expect(listPartOf(TEXT_SECTION_PARTS)(`textSections.${issue?.path}`, issue?.message)?.message).toBe(
      "Text section 3: add its text.",
    );
  });

  it("words other rules with the part they concern", () => {
    expect(listPartOf(TEXT_SECTION_PARTS)("textSections.0.number", "must be at most 50 characters")?.message).toBe(
      "Text section 1: Number must be at most 50 characters.",
    );
  });
});

describe("related measures", () => {
  it("keeps a picked measure's id and a named one's number and title, and nothing blank", () => {
    const related = [
      { relation: "amends", measureId: "measure-a" },
      { relation: "related", identifier: "CF 19-0001", title: "An older directive" },
    ];
    const rows = relatedMeasureRowsOf(related) as [RelatedMeasureRow, RelatedMeasureRow];
    expect(rows.map((row) => row.kind)).toEqual(["record", "named"]);
    expect(relatedMeasuresOf(rows)).toEqual(related);
    expect(relatedMeasuresOf([{ ...rows[1], kind: "record", measureId: "" }])).toEqual([
      { relation: "related", identifier: "CF 19-0001", title: "An older directive" },
    ]);
  });

  it("names a related measure that names no measure by its place", () => {
    const parsed = parseWith(
      MeasureSchema.shape.relatedMeasures,
      relatedMeasuresOf([{ key: "k", relation: "related", kind: "record", measureId: "", identifier: "", title: "" }]),
    );
    const issue = parsed.ok ? null : parsed.issues[0];
    expect(listPartOf(RELATED_MEASURE_PARTS)(`relatedMeasures.${issue?.path}`, issue?.message)).toEqual({
      label: "Related measure 1",
      target: "field-relatedMeasures-0-measureId",
      message: "Related measure 1: pick a measure, or give its number or title.",
    });
  });
});

describe("a body's phrase", () => {
  it("is left out when both languages are blank, and kept whole otherwise", () => {
    expect(phraseOf(phraseValueOf(undefined))).toBeUndefined();
    expect(phraseOf({ en: "the Council", es: "" })).toEqual({ en: "the Council", es: "" });
    expect(phraseValueOf({ en: "the Council", es: "el Concejo" })).toEqual({ en: "the Council", es: "el Concejo" });
  });

  it("names the language core finds missing", () => {
    expect(phrasePartOf("phrase.es", "is required")).toEqual({
      label: "How sentences name it (Spanish)",
      target: "field-phrase-es",
      message: "How sentences name it (Spanish): add it (or leave both blank).",
    });
  });
});

describe("voting rules", () => {
  it("round-trips a full set of rules, and core accepts what comes back", () => {
    const back = rulesOf(rulesFormOf(LA_RULES));
    expect(back).toEqual(LA_RULES);
    expect(parseWith(VotingRulesSchema, back).ok).toBe(true);
  });

  it("keeps no rules for a body without them, and starts new rules with seats and quorum", () => {
    expect(rulesOf(rulesFormOf(undefined))).toBeUndefined();
    const form = newRulesForm();
    form.seats.value = "7";
    form.seats.citation.sourceId = "src-a";
    form.quorum.citation.sourceId = "src-a";
    expect(rulesOf(form)).toEqual({
      seats: { value: 7, citation: { sourceId: "src-a" } },
      quorum: { value: { fraction: "majority", of: "seats" }, citation: { sourceId: "src-a" } },
      passage: {},
    });
  });

  it("leaves a rule out when the editor unsets it", () => {
    const form = rulesFormOf(LA_RULES);
    form.passage.resolution.set = false;
    form.executive.override.set = false;
    const back = rulesOf(form) as typeof LA_RULES;
    expect(Object.keys(back.passage)).toEqual(["ordinance"]);
    expect(back.executive).not.toHaveProperty("override");
  });

  it("shows the numbers a resident reads, from core's vote math, as the seats change", () => {
    const form = rulesFormOf(LA_RULES);
    expect(thresholdWords(form.quorum, "15")).toEqual({ votes: "8 of 15 seats", share: "a majority of the 15 seats" });
    expect(thresholdSentence(form.quorum, "15")).toBe("Needs 8 of 15 seats (a majority of the 15 seats).");
    expect(thresholdWords(form.quorum, "9").votes).toBe("5 of 9 seats");
    expect(thresholdWords(form.executive.override, "15").votes).toBe("10 of 15 seats");
    expect(thresholdWords(form.motions.urgency, "15")).toEqual({ votes: "12 of 15 seats", share: "12 votes" });
    expect(thresholdSentence(form.quorum, "")).toBe("Needs a majority of the seats: give the seats to see the number.");
    expect(thresholdSentence({ ...form.quorum, of: "present" }, "15")).toBe(
      "Needs a majority of the members present: the number depends on who attends.",
    );
    expect(thresholdSentence({ ...form.quorum, mode: "count", count: "" }, "15")).toBe(
      "Type the number of votes to see what it comes to.",
    );
  });

  it("puts core's problems on their controls in plain words (no JSON)", () => {
    const form = rulesFormOf(LA_RULES);
    form.quorum = { ...form.quorum, mode: "count", count: "20" };
    form.seats.citation.sourceId = "";
    form.passage.resolution.count = "x";
    const parsed = parseWith(VotingRulesSchema, rulesOf(form));
    const sentences = parsed.ok ? [] : parsed.issues.map((issue) => rulesPartOf(`rules.${issue.path}`, issue.message));
    expect(sentences).toEqual(
      expect.arrayContaining([
        {
          label: "Seats (source)",
          target: "field-rules-seats-citation",
          message: "Seats (source): pick the source that says so.",
        },
        {
          label: "To pass a resolution (share)",
          target: "field-rules-passage-resolution-value",
          message: "To pass a resolution (share) must be a whole number of votes, 1 or more.",
        },
      ]),
    );
    // The contradiction check runs once the shapes are right.
    form.seats.citation.sourceId = "src-charter";
    form.passage.resolution.count = "8";
    const contradiction = parseWith(VotingRulesSchema, rulesOf(form));
    const issue = contradiction.ok ? null : contradiction.issues[0];
    expect(rulesPartOf(`rules.${issue?.path}`, issue?.message)?.message).toBe(
      "Quorum (votes needed) needs 20 votes, but the body has 15 seats.",
    );
  });
});

describe("provenance", () => {
  it("reads a connector's note, and nothing for a record staff wrote", () => {
    expect(provenanceOf(undefined)).toBeNull();
    expect(provenanceOf({ connector: "legistar", fetchedAt: "2024-11-19T18:00:00Z" })).toEqual({
      connector: "legistar",
      upstreamUrl: null,
      fetchedAt: "2024-11-19T18:00:00Z",
    });
  });
});

describe("a list's problems on screen", () => {
  it("puts each beside its item's control and the rest under the list", () => {
    const placed = placeListIssues(
      SPONSOR_PARTS,
      "Sponsors",
      [
        { path: "1.name", message: "is required" },
        { path: "1.name", message: "is required" },
        { path: "4.name", message: "is required" },
        { path: "", message: "must list at most 50" },
      ],
      2,
    );
    expect([...placed.byTarget]).toEqual([["field-sponsors-1-name", ["Sponsor 2: pick a person or type a name."]]]);
    expect(placed.listErrors).toEqual(["Sponsors is required.", "Sponsors must list at most 50."]);
  });
});
