import { describe, expect, it } from "vitest";
import { PublicCommentRulesSchema, publicCommentCitations } from "./public-comment.js";
import { BodySchema } from "./schemas/body.js";

const rulesOfOrder = { sourceId: "src-rules-of-order", locator: "Rule 7" };

describe("public-comment rules", () => {
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
