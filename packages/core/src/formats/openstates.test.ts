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
      identifiers: [{ scheme: "openstates", identifier: sotoMartinez.id }],
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

  it("makes the seat a council district needs when the council is on record without it", () => {
    const result = fromOpenStatesPerson(
      { id: "ocd-person/1", name: "Someone", roles: [{ type: "legislature", district: 4, jurisdiction: LA }] },
      context,
    );
    expect(result.ok && result.value.skipped).toEqual([]);
    expect(result.ok && result.value.places.bodies).toEqual([]);
    expect(result.ok && result.value.places.posts.map((p) => [p.bodyId, p.label])).toEqual([
      [seed.cityCouncil.id, "District 4"],
    ]);
    expect(result.ok && result.value.memberships.map((m) => m.bodyId)).toEqual([seed.cityCouncil.id]);
  });

  it("refuses a person without a usable id or name, naming each", () => {
    const result = fromOpenStatesPerson({ id: "person-1", name: "", given_name: 7 }, context);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["id", "name"]);
  });

  it("quarantines each bad value with its place and reason, and keeps the rest of the person", () => {
    const result = fromOpenStatesPerson(
      {
        id: "ocd-person/2",
        name: "Someone",
        given_name: 7,
        image: "portrait.jpg",
        links: [{ url: "ftp://files.example.org/bio.txt" }, { url: "https://cd13.lacity.gov/" }, { note: "no url" }],
        roles: [
          { type: "legislature", district: "13", jurisdiction: LA, start_date: "last spring", end_date: "2026" },
          { type: "mayor", start_date: "2020" },
        ],
        party: [{ start_date: "2020" }],
      },
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person).toMatchObject({ id: "ocd-person/2", name: "Someone" });
    expect(result.value.person).not.toHaveProperty("image");
    expect(result.value.sources.map((s) => s.url)).toEqual(["https://cd13.lacity.gov/"]);
    expect(result.value.memberships.map((m) => [m.postId, m.startDate, m.endDate])).toEqual([
      [district13.id, null, "2026"],
    ]);
    expect(result.value.quarantined).toEqual([
      {
        path: "links.0.url",
        value: "ftp://files.example.org/bio.txt",
        reason: "must be a web address starting with http:// or https://",
      },
      { path: "links.2.url", value: "", reason: "is required" },
      { path: "given_name", value: "7", reason: "must be text" },
      { path: "image", value: "portrait.jpg", reason: "must be a web address starting with http:// or https://" },
      {
        path: "roles.0.start_date",
        value: "last spring",
        reason: "is not a date; write it as 2024-11-19, 2024-11 or 2024",
      },
      {
        path: "roles.1.jurisdiction",
        value: '{"type":"mayor","start_date":"2020"}',
        reason: "is required: an ocd-jurisdiction/… id",
      },
      { path: "party.0.name", value: '{"start_date":"2020"}', reason: "is required: the party's name" },
    ]);
  });

  it("makes the city, council, office and seat a city role needs instead of skipping it", () => {
    const COMPTON = "ocd-jurisdiction/country:us/state:ca/place:compton/government";
    const mayorOfCompton = {
      id: "ocd-person/7451e00b-d236-492e-8049-224cc4b600f2",
      name: "Aja Brown",
      roles: [{ end_date: "2021-04-06", jurisdiction: COMPTON, type: "mayor" }],
      sources: [],
      links: [],
    };
    const councilMember = {
      id: "ocd-person/9cc640a1-6597-4b60-a055-b7c4363e214e",
      name: "Bob Blumenfield",
      roles: [{ type: "council member", district: "District 3", jurisdiction: LA }],
      links: [{}],
      sources: [{ url: "https://lacity.gov/government" }],
    };
    const compton = fromOpenStatesPerson(mayorOfCompton, context);
    expect(compton.ok && compton.value.places).toEqual({
      jurisdictions: [
        {
          id: COMPTON,
          name: "Compton",
          slug: "ca-compton",
          classification: "government",
          divisionId: "ocd-division/country:us/state:ca/place:compton",
        },
      ],
      bodies: [
        {
          id: `${COMPTON}:mayor`,
          jurisdictionId: COMPTON,
          name: "Office of the Mayor of Compton",
          classification: "executive",
          sourceIds: [],
        },
      ],
      posts: [{ id: `${COMPTON}:mayor:post:Mayor`, bodyId: `${COMPTON}:mayor`, label: "Mayor", role: "Mayor" }],
    });
    expect(compton.ok && compton.value.memberships.map((m) => [m.postId, m.endDate])).toEqual([
      [`${COMPTON}:mayor:post:Mayor`, "2021-04-06"],
    ]);
    expect(compton.ok && compton.value.skipped).toEqual([]);

    // Los Angeles's council is on record; its District 3 seat is not, so the seat is made.
    const la = fromOpenStatesPerson(councilMember, context);
    expect(la.ok && la.value.places).toEqual({
      jurisdictions: [],
      bodies: [],
      posts: [
        {
          id: `${seed.cityCouncil.id}:post:District-3`,
          bodyId: seed.cityCouncil.id,
          label: "District 3",
          role: "Council member",
        },
      ],
    });
    expect(la.ok && la.value.quarantined.map((q) => q.path)).toEqual(["links.0.url"]);
  });

  it("adds only new terms to a person already on record, and never creates them twice", () => {
    const onRecord = { ...context, people: seed.people, memberships: seed.memberships };
    const bass = {
      id: "ocd-person/0f0e0d0c-0000-4000-8000-000000000001",
      name: "Karen Bass",
      roles: [
        { type: "mayor", jurisdiction: LA, start_date: "2022-12-12" },
        { type: "council member", district: "13", jurisdiction: LA, start_date: "2030" },
      ],
    };
    const result = fromOpenStatesPerson(bass, onRecord);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person).toBeNull();
    // Her mayoral term is on record already; the council term is new, on her record.
    expect(result.value.memberships.map((m) => [m.personId, m.postId])).toEqual([["person-karen-bass", district13.id]]);
  });

  it("waits for staff when a person on record only shares the name", () => {
    const onRecord = { ...context, people: seed.people, memberships: seed.memberships };
    const namesake = {
      id: "ocd-person/0f0e0d0c-0000-4000-8000-000000000002",
      name: "Karen Bass",
      roles: [{ type: "mayor", jurisdiction: "ocd-jurisdiction/country:us/state:ca/place:compton/government" }],
    };
    const result = fromOpenStatesPerson(namesake, onRecord);
    expect(result.ok && [result.value.person, result.value.memberships]).toEqual([null, []]);
    expect(result.ok && result.value.skipped.at(-1)?.reason).toMatch(
      /^may be Karen Bass \(person-karen-bass\), already on record: .*Not imported until someone on staff checks$/,
    );
  });

  it("keeps the Open States id and other systems' ids, so a later import finds a person staff renamed", () => {
    const withIds = {
      id: "ocd-person/0f0e0d0c-0000-4000-8000-000000000003",
      name: "Dana Whitfield",
      other_identifiers: [
        { scheme: "legacy_openstates", identifier: "CAL000123" },
        { scheme: "legacy_openstates", identifier: "CAL000123" },
        { identifier: "no scheme" },
      ],
    };
    const result = fromOpenStatesPerson(withIds, context);
    expect(result.ok && result.value.person?.identifiers).toEqual([
      { scheme: "openstates", identifier: withIds.id },
      { scheme: "other", scope: "legacy_openstates", identifier: "CAL000123" },
    ]);
    expect(result.ok && result.value.quarantined.map((q) => q.path)).toEqual(["other_identifiers.2"]);

    // On record under another id, with the same Open States id: the same person, found by it.
    const renamed = {
      id: "person-dana",
      name: "Dana W.",
      identifiers: [{ scheme: "openstates" as const, identifier: withIds.id }],
      sourceIds: [],
    };
    const again = fromOpenStatesPerson(withIds, { ...context, people: [renamed], memberships: [] });
    expect(again.ok && again.value.person).toBeNull();
    expect(again.ok && again.value.onRecord).toEqual({ personId: "person-dana", basis: "identifier" });
    expect(again.ok && again.value.skipped).toEqual([]);
  });

  it("reads a new city's \"legislature\" role as its council, with the district's seat", () => {
    const city = "ocd-jurisdiction/country:us/state:il/place:fairhaven/government";
    const result = fromOpenStatesPerson(
      {
        id: "ocd-person/0f0e0d0c-0000-4000-8000-000000000004",
        name: "Devon Marsh",
        roles: [{ type: "legislature", district: "2", jurisdiction: city }],
      },
      context,
    );
    expect(result.ok && result.value.places.bodies.map((b) => [b.name, b.classification])).toEqual([
      ["Fairhaven Council", "legislature"],
    ]);
    expect(result.ok && result.value.places.posts.map((p) => p.label)).toEqual(["District 2"]);
    expect(result.ok && result.value.skipped).toEqual([]);
  });

  it("refuses something that is not a person at all", () => {
    expect(fromOpenStatesPerson("just text", context).ok).toBe(false);
    expect(fromOpenStatesPerson(null, context).ok).toBe(false);
  });
});
