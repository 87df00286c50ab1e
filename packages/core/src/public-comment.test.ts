import { describe, expect, it } from "vitest";
import { PublicCommentRulesSchema, publicCommentCitations, publicCommentDeadlines } from "./public-comment.js";
import { BodySchema } from "./schemas/body.js";

const rulesOfOrder = { sourceId: "src-rules-of-order", locator: "Rule 7" };

describe("public-comment rules", () => {
  it("works out a meeting's written deadline and sign-up close from its start, across a day and an offset", () => {
    const rules = PublicCommentRulesSchema.parse({
      written: { value: { allowed: true, hoursBefore: 24 }, citation: rulesOfOrder },
      signUp: { value: { how: { en: "Card.", es: "Tarjeta." }, closesMinutesBefore: 15 }, citation: rulesOfOrder },
    });
    // 10:00 in Chicago (UTC−6) on January 14: written by 10:00 the 13th, sign-up until 9:45.
    expect(publicCommentDeadlines(rules, "2025-01-14T10:00:00-06:00")).toEqual({
      writtenBy: "2025-01-13T16:00:00.000Z",
      signUpClosesAt: "2025-01-14T15:45:00.000Z",
    });
    // No deadline on record, or no written comments at all: nothing is worked out.
    const noDeadline = PublicCommentRulesSchema.parse({
      written: { value: { allowed: false, hoursBefore: 24 }, citation: rulesOfOrder },
      signUp: { value: { how: { en: "Card.", es: "Tarjeta." } }, citation: rulesOfOrder },
    });
    expect(publicCommentDeadlines(noDeadline, "2025-01-14T10:00:00-06:00")).toEqual({
      writtenBy: null,
      signUpClosesAt: null,
    });
    expect(publicCommentDeadlines({}, "2025-01-14T10:00:00-06:00")).toEqual({ writtenBy: null, signUpClosesAt: null });
  });

  it("keeps each part with its citation and leaves unknown parts out", () => {
    const rules = PublicCommentRulesSchema.parse({
      inPerson: { value: { allowed: true, minutesPerSpeaker: 1 }, citation: rulesOfOrder },
      written: { value: { allowed: true, email: "clerk@example.org", hoursBefore: 24 }, citation: rulesOfOrder },
    });
    expect(rules.remote).toBeUndefined();
    expect(publicCommentCitations(rules)).toEqual([
      { path: "inPerson.citation", citation: rulesOfOrder },
      { path: "written.citation", citation: rulesOfOrder },
    ]);
    expect(publicCommentCitations({})).toEqual([]);
  });

  it("refuses a part without a citation, a script address and a sign-up without Spanish", () => {
    const result = PublicCommentRulesSchema.safeParse({
      remote: { value: { allowed: true, link: "javascript:alert(1)" }, citation: rulesOfOrder },
      written: { value: { allowed: true } },
      signUp: { value: { how: { en: "Fill in a speaker card." } }, citation: rulesOfOrder },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual(["remote.value.link", "signUp.value.how.es", "written.citation"]);
  });

  it("is part of a body, optional", () => {
    const body = { id: "b", name: "Council", classification: "legislature", sourceIds: [] } as const;
    expect(BodySchema.parse(body).publicComment).toBeUndefined();
    const withRules = BodySchema.parse({
      ...body,
      publicComment: { where: { value: { address: "200 N Spring St", room: "Room 340" }, citation: rulesOfOrder } },
    });
    expect(withRules.publicComment?.where?.value.room).toBe("Room 340");
  });
});
