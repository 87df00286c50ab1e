import { describe, expect, it } from "vitest";
import * as seed from "../fixtures/seed-story.test-support.js";
import type { Membership } from "../schemas/people.js";
import { toSchemaOrgOrganization, toSchemaOrgPerson } from "./schema-org-people.js";

describe("schema.org Person", () => {
  it("describes the Mayor with her term as a Role in the Mayor's office", () => {
    const jsonLd = toSchemaOrgPerson(seed.bass, {
      url: "https://legible.example/people/person-karen-bass",
      memberships: seed.memberships,
      bodies: seed.bodies,
      posts: seed.posts,
    });
    expect(jsonLd).toEqual({
      "@context": ["https://schema.org", { legible: "urn:legible:" }],
      "@type": "Person",
      identifier: "person-karen-bass",
      name: "Karen Bass",
      url: "https://legible.example/people/person-karen-bass",
      memberOf: [
        {
          "@type": "Role",
          roleName: "Mayor",
          memberOf: {
            "@type": "Organization",
            identifier: "body-la-mayor",
            name: "Office of the Mayor of Los Angeles",
          },
        },
      ],
      "legible:sourceIds": ["src-seed-news-report"],
    });
  });

  it("keeps dates at the precision it has, a week as its month, and leaves out terms with no body", () => {
    const terms: Membership[] = [
      {
        id: "t1",
        personId: "p",
        bodyId: "council",
        role: "Councilmember",
        startDate: "2024-W46",
        endDate: "2025",
        sourceIds: [],
      },
      { id: "t2", personId: "p", postId: "unknown-post", startDate: null, endDate: null, sourceIds: [] },
      { id: "t3", personId: "someone-else", bodyId: "council", startDate: null, endDate: null, sourceIds: [] },
    ];
    const jsonLd = toSchemaOrgPerson(
      { id: "p", name: "A. Person", givenName: "A.", familyName: "Person", sourceIds: [] },
      { memberships: terms },
    );
    expect(jsonLd.memberOf).toEqual([
      {
        "@type": "Role",
        roleName: "Councilmember",
        startDate: "2024-11",
        endDate: "2025",
        memberOf: { "@type": "Organization", identifier: "council" },
      },
    ]);
    expect(jsonLd).toMatchObject({ givenName: "A.", familyName: "Person" });
    expect(toSchemaOrgPerson(seed.bass)).not.toHaveProperty("memberOf");
  });
});

describe("schema.org Organization", () => {
  it("types a council as a government organization, with its seats", () => {
    expect(toSchemaOrgOrganization(seed.cityCouncil, { url: "https://legible.example/bodies/c" })).toEqual({
      "@context": ["https://schema.org", { legible: "urn:legible:" }],
      "@type": "GovernmentOrganization",
      identifier: "body-la-city-council",
      name: "Los Angeles City Council",
      url: "https://legible.example/bodies/c",
      "legible:seats": 15,
      "legible:sourceIds": ["src-la-city-charter"],
    });
  });

  it("types a party as a political party and names its parent when given", () => {
    const jsonLd = toSchemaOrgOrganization(
      { ...seed.countyGop, parentId: "body-republican-party", foundingDate: "2024-W46", dissolutionDate: "2030" },
      { parent: { id: "body-republican-party", name: "Republican Party" } },
    );
    expect(jsonLd).toMatchObject({
      "@type": "PoliticalParty",
      parentOrganization: { "@type": "Organization", identifier: "body-republican-party", name: "Republican Party" },
      foundingDate: "2024-11",
      dissolutionDate: "2030",
    });
    expect(jsonLd).not.toHaveProperty("legible:seats");
    const unnamedParent = toSchemaOrgOrganization({ ...seed.lapd, classification: "organization", parentId: "x" });
    expect(unnamedParent).toMatchObject({ "@type": "Organization", parentOrganization: { identifier: "x" } });
    expect(unnamedParent.parentOrganization).not.toHaveProperty("name");
  });
});
