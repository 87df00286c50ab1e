import { PublicCommentRulesSchema } from "@legible/core";
import { describe, expect, it } from "vitest";
import { publicCommentFormOf, publicCommentOf, publicCommentPart, publicCommentPartOf } from "./public-comment";

const rules = {
  inPerson: { value: { allowed: true, minutesPerSpeaker: 2 }, citation: { sourceId: "src-rules", locator: "Rule 7" } },
  written: { value: { allowed: false }, citation: { sourceId: "src-rules" } },
  signUp: {
    value: { how: { en: "Fill in a card.", es: "Llene una tarjeta." }, closesMinutesBefore: 15 },
    citation: { sourceId: "src-rules" },
  },
  where: { value: { address: "200 N Spring St", room: "Room 340" }, citation: { sourceId: "src-rules" } },
};

describe("public-comment editor values", () => {
  it("a record's rules come back unchanged through the form; no rules stay none", () => {
    expect(publicCommentOf(publicCommentFormOf(rules))).toEqual(rules);
    expect(PublicCommentRulesSchema.safeParse(publicCommentOf(publicCommentFormOf(rules))).success).toBe(true);
    expect(publicCommentOf(publicCommentFormOf(undefined))).toBeUndefined();
    expect(publicCommentFormOf(undefined).remote.allowed).toBe("unknown");
  });

  it("typed numbers that are not whole numbers reach core as typed, which refuses them", () => {
    const form = publicCommentFormOf(rules);
    const typed = publicCommentOf({ ...form, inPerson: { ...form.inPerson, minutes: "two" } });
    const result = PublicCommentRulesSchema.safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe("inPerson.value.minutesPerSpeaker");
  });

  it("places each problem on its control in plain words", () => {
    expect(publicCommentPart("signUp.value.how.es", "is required")).toEqual({
      label: "How to sign up, in Spanish",
      target: "field-publicComment-signUp-value-how-es",
      message: "How to sign up, in Spanish is required.",
    });
    expect(
      publicCommentPartOf("publicComment.written.citation", "a citation needs a sourceId, a record, or both"),
    ).toEqual({
      label: "Comments in writing (source)",
      target: "field-publicComment-written-citation",
      message: "Comments in writing (source): pick the source that says so.",
    });
    expect(publicCommentPartOf("rules.seats", "x")).toBeNull();
  });
});
