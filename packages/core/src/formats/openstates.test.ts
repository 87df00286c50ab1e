import { describe, expect, it } from "vitest";
import * as seed from "../fixtures/seed-story.test-support.js";
import type { Post } from "../schemas/people.js";
import { fromOpenStatesPerson } from "./openstates.js";

const LA = "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government";
const district13: Post = { id: "post-la-cd-13", bodyId: seed.cityCouncil.id, label: "Council District 13" };
const context = { bodies: seed.bodies, posts: [...seed.posts, district13] };

const sotoMartinez = {
  id: "ocd-person/0b3c6f1e-7d5a-4c1e-9a77-2f0d7f3c1a13",
  name: "Hugo Soto-Martinez",
  given_name: "Hugo",
  family_name: "Soto-Martinez",
  image: "https://example.org/hugo.jpg",
  party: [{ name: "Republican Party of Los Angeles County", start_date: "2022" }, { name: "Green Party" }],
  roles: [
    { type: "legislature", district: "13", jurisdiction: LA, start_date: "2022-12-12" },
    { type: "upper", district: "24", jurisdiction: "ocd-jurisdiction/country:us/state:ca/government" },
    { type: "mayor", jurisdiction: LA, start_date: "2020", end_date: "2021" },
  ],
  sources: [{ url: "https://clerk.lacity.gov/council/13", note: "Council roster" }],
  links: [{ url: "https://cd13.lacity.gov/" }, { url: "https://clerk.lacity.gov/council/13" }],
  email: "councilmember.sotomartinez@lacity.org",
  offices: [{ classification: "capitol", address: "200 N Spring St" }],
};

describe("Open States people", () => {
  it("maps a person, their sources, and the roles and parties that match bodies and posts in Legible", () => {
    const result = fromOpenStatesPerson(sotoMartinez, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { person, sources, memberships, skipped } = result.value;
    expect(person).toEqual({
      id: sotoMartinez.id,
      name: "Hugo Soto-Martinez",
      givenName: "Hugo",
      familyName: "Soto-Martinez",
      image: "https://example.org/hugo.jpg",
      sourceIds: sources.map((s) => s.id),
    });
    // The URL listed both as a source and a link is one source.
    expect(sources.map((s) => [s.kind, s.title, s.url])).toEqual([
      ["official-record", "Council roster", "https://clerk.lacity.gov/council/13"],
      ["official-record", "https://cd13.lacity.gov/", "https://cd13.lacity.gov/"],
    ]);
    expect(memberships.map((m) => [m.bodyId, m.postId, m.startDate, m.endDate, m.current])).toEqual([
      [seed.cityCouncil.id, district13.id, "2022-12-12", null, true],
      [seed.mayorsOffice.id, seed.mayor.id, "2020", "2021", undefined],
      [seed.countyGop.id, undefined, "2022", null, true],
    ]);
    expect(skipped).toEqual([
      {
        path: "roles.1",
        title: "upper chamber, district 24 (ocd-jurisdiction/country:us/state:ca/government)",
        reason: "no body for ocd-jurisdiction/country:us/state:ca/government upper chamber in Legible",
      },
      { path: "party.1", title: "party: Green Party", reason: 'no party named "Green Party" in Legible' },
    ]);
  });

  it("gives the same ids every time, so a second import of the same file changes nothing", () => {
    const first = fromOpenStatesPerson(sotoMartinez, context);
    const second = fromOpenStatesPerson(structuredClone(sotoMartinez), context);
    expect(second).toEqual(first);
  });

  it("skips a district with no post of that label, naming the body", () => {
    const result = fromOpenStatesPerson(
      { id: "ocd-person/1", name: "Someone", roles: [{ type: "legislature", district: 4, jurisdiction: LA }] },
      context,
    );
    expect(result.ok && result.value.skipped).toEqual([
      {
        path: "roles.0",
        title: `legislature, district 4 (${LA})`,
        reason: 'no post labelled "4" in Los Angeles City Council',
      },
    ]);
    expect(result.ok && result.value.memberships).toEqual([]);
  });

  it("names every bad field with its place in the document", () => {
    const result = fromOpenStatesPerson(
      {
        id: "person-1",
        name: "",
        given_name: 7,
        roles: [{ type: "lower", jurisdiction: LA, start_date: "last spring" }],
        sources: [{ note: "no url" }],
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["id", "name", "given_name", "roles.0.start_date", "sources.0.url"]),
    );
    expect(result.issues.find((i) => i.path === "roles.0.start_date")?.message).toMatch(/not a date/);
  });

  it("reports a source URL that is not a URL, and an image that is not one", () => {
    const result = fromOpenStatesPerson(
      { id: "ocd-person/2", name: "Someone", image: "portrait.jpg", links: [{ url: "cd13 website" }] },
      context,
    );
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["links.0.url", "image"]);
  });

  it("refuses something that is not a person at all", () => {
    expect(fromOpenStatesPerson("just text", context).ok).toBe(false);
    expect(fromOpenStatesPerson(null, context).ok).toBe(false);
  });
});
