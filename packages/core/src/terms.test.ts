import { describe, expect, it } from "vitest";
import { mayor, memberships } from "./fixtures/seed-story.test-support.js";
import type { Membership } from "./schemas/people.js";
import { holdersOfPost, membersOfBody, servedOn } from "./terms.js";

const term = (
  id: string,
  startDate: string | null,
  endDate: string | null,
  extra: Partial<Membership> = {},
): Membership => ({
  id,
  personId: `p-${id}`,
  postId: "mayor",
  startDate,
  endDate,
  sourceIds: [],
  ...extra,
});

describe("servedOn", () => {
  it("answers yes, no or maybe at the precision it has", () => {
    const t = term("t", "2022-12-12", "2026-12-13");
    expect(servedOn(t, "2024-11-19")).toBe("yes");
    expect(servedOn(t, "2022-12-11")).toBe("no");
    expect(servedOn(t, "2027")).toBe("no");
    expect(servedOn(t, "2022-12")).toBe("yes");
    expect(servedOn(term("u", "2022-12", null, { current: true }), "2022-12-20")).toBe("maybe");
    expect(servedOn(term("u", "2022-12", null, { current: true }), "2030-01-01")).toBe("yes");
    expect(servedOn(term("v", null, "2022-12-11"), "2020")).toBe("maybe");
    expect(servedOn(term("w", "2013", null, { current: false }), "2024-11-19")).toBe("maybe");
    expect(servedOn(t, "garbage")).toBe("maybe");
  });
});

describe("holdersOfPost and membersOfBody", () => {
  const garcetti = term("garcetti", "2013-07-01", "2022-12-11");
  const bass = term("bass", "2022-12-12", null, { current: true });

  it("finds who held a post on a date, with handovers inside coarse dates", () => {
    expect(holdersOfPost([garcetti, bass], "mayor", "2024-11-19").map((m) => m.id)).toEqual(["bass"]);
    expect(holdersOfPost([garcetti, bass], "mayor", "2019").map((m) => m.id)).toEqual(["garcetti"]);
    expect(holdersOfPost([garcetti, bass], "mayor", "2022").map((m) => m.id)).toEqual(["garcetti", "bass"]);
    expect(holdersOfPost([garcetti, bass], "council", "2022")).toEqual([]);
  });

  it("keeps uncertain terms unless asked not to", () => {
    // The seed story knows Garcetti is a former mayor, but not when his term ended.
    expect(holdersOfPost(memberships, mayor.id, "2024-11-19").map((m) => m.personId)).toEqual([
      "person-karen-bass",
      "person-eric-garcetti",
    ]);
    expect(holdersOfPost(memberships, mayor.id, "2024-11-19", { includeUncertain: false })).toEqual([]);
  });

  it("finds members of a body directly or through its posts", () => {
    const seat = term("cm", "2022-12-12", null, { current: true, postId: "district-13" });
    const direct = term("direct", "2020", null, { current: true, postId: undefined, bodyId: "council" });
    const posts = [{ id: "district-13", bodyId: "council", label: "District 13" }];
    expect(membersOfBody([seat, direct, bass], "council", "2024-11-19", { posts }).map((m) => m.id)).toEqual([
      "cm",
      "direct",
    ]);
    expect(membersOfBody([seat, direct], "council", "2024-11-19").map((m) => m.id)).toEqual(["direct"]);
  });
});
