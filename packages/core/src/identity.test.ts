import { describe, expect, it } from "vitest";
import * as seed from "./fixtures/seed-story.test-support.js";
import { matchPerson, normalizePersonName } from "./identity.js";

const onRecord = { people: seed.people, memberships: seed.memberships };
const asMayor = [{ postId: seed.mayor.id, startDate: "2022-12-12", endDate: null }];

describe("matchPerson", () => {
  it("finds the same person by id, then by a shared identifier", () => {
    expect(matchPerson({ id: "person-karen-bass", name: "K. Bass", memberships: [] }, onRecord)).toEqual({
      kind: "same",
      personId: "person-karen-bass",
      basis: "id",
    });
    const withIds = {
      people: [
        {
          id: "p1",
          name: "Ana Ruiz",
          identifiers: [{ scheme: "legistar" as const, scope: "chicago", identifier: "7" }],
        },
      ],
      memberships: [],
    };
    expect(
      matchPerson(
        {
          id: "p2",
          name: "Ana R.",
          identifiers: [{ scheme: "legistar", scope: "chicago", identifier: "7" }],
          memberships: [],
        },
        withIds,
      ),
    ).toEqual({ kind: "same", personId: "p1", basis: "identifier" });
  });

  it("finds the same person by name and a term in the same seat at an overlapping time", () => {
    expect(matchPerson({ id: "ocd-person/abc", name: "Karen  BASS", memberships: asMayor }, onRecord)).toEqual({
      kind: "same",
      personId: "person-karen-bass",
      basis: "name-and-term",
    });
  });

  it("hands a namesake with no shared seat to staff instead of guessing", () => {
    const match = matchPerson(
      {
        id: "ocd-person/def",
        name: "Karen Bass",
        memberships: [{ postId: "post-somewhere-else", startDate: null, endDate: null }],
      },
      onRecord,
    );
    expect(match).toMatchObject({
      kind: "doubtful",
      candidates: [{ personId: "person-karen-bass", name: "Karen Bass" }],
    });
  });

  it("does not match terms that ended before the other began", () => {
    const past = {
      people: [{ id: "p1", name: "Ana Ruiz" }],
      memberships: [{ personId: "p1", postId: "seat", startDate: "2001", endDate: "2004" }],
    };
    expect(
      matchPerson(
        { id: "p2", name: "Ana Ruiz", memberships: [{ postId: "seat", startDate: "2020", endDate: null }] },
        past,
      ).kind,
    ).toBe("doubtful");
  });

  it("calls someone new when no one on record shares their id, identifier or name", () => {
    expect(matchPerson({ id: "ocd-person/ghi", name: "New Person", memberships: asMayor }, onRecord)).toEqual({
      kind: "new",
    });
  });

  it("compares names without accents, case, punctuation or extra spaces", () => {
    expect(normalizePersonName("  Hugo Soto-Martínez ")).toBe(normalizePersonName("hugo soto martinez"));
    expect(normalizePersonName("Hydee Feldstein Soto")).not.toBe(normalizePersonName("Hydee Feldstein"));
  });
});
