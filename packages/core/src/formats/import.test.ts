import { describe, expect, it } from "vitest";
import * as seed from "../fixtures/seed-story.test-support.js";
import { DATASET_FORMAT } from "./dataset.js";
import { readImport } from "./import.js";
import { toOcdBill, toOcdEvent, toOcdOrganization, toOcdPerson, toOcdVoteEvent } from "./ocd.js";
import { toPopolo } from "./popolo.js";

const context = { bodies: seed.bodies, posts: seed.posts };
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("reading an import file", () => {
  it("reads a Legible dataset into every collection, with each record's place", () => {
    const dataset = {
      format: DATASET_FORMAT,
      version: 1,
      jurisdictions: [seed.losAngeles],
      sources: seed.sources,
      bodies: seed.bodies,
      posts: seed.posts,
      people: seed.people,
      memberships: seed.memberships,
      measures: [],
      actions: [],
      voteEvents: [],
      statements: [],
      explainers: [],
    };
    const result = readImport("legible-dataset", viaJson(dataset), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.people).toHaveLength(seed.people.length);
    expect(result.value.places.people[seed.bass.id]).toBe(`people.${seed.people.indexOf(seed.bass)}`);
    expect(result.value.records.measures).toEqual([]);
  });

  it("reads OCD events as meetings, told apart from bills, votes and people", () => {
    const meeting = {
      id: "meeting-1",
      bodyId: seed.mayorsOffice.id,
      name: "Budget hearing",
      start: "2025-01-14T10:00:00-08:00",
      timeZone: "America/Los_Angeles",
      status: "scheduled" as const,
      agenda: [],
      documents: [],
      media: [],
      sourceIds: [],
    };
    const result = readImport("ocd", viaJson([toOcdPerson(seed.bass), toOcdEvent(meeting)]), context);
    expect(result.ok && result.value.records.meetings).toEqual([meeting]);
    expect(result.ok && result.value.places.meetings[meeting.id]).toBe("1");
    expect(result.ok && result.value.records.people.map((p) => p.id)).toEqual([seed.bass.id]);
  });

  it("reads Popolo, placing each record at its Popolo collection", () => {
    const popolo = toPopolo({ people: [seed.bass], bodies: [seed.mayorsOffice], posts: [seed.mayor] });
    const result = readImport("popolo", viaJson(popolo), context);
    expect(result.ok && result.value.records.people.map((p) => p.id)).toEqual([seed.bass.id]);
    expect(result.ok && result.value.places.bodies[seed.mayorsOffice.id]).toBe("organizations.0");
  });

  it("tells OCD bills, vote events, people and organizations apart in one list", () => {
    const file = [
      toOcdBill({ measure: seed.ordinance, actions: [], sources: seed.sources }),
      toOcdVoteEvent(seed.councilVote),
      toOcdPerson(seed.bass),
      toOcdOrganization(seed.cityCouncil),
      { _type: "person", name: "Plain OCD Person" },
    ];
    const result = readImport("ocd", viaJson(file), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { records, places } = result.value;
    expect(records.measures.map((m) => m.id)).toEqual([seed.ordinance.id]);
    expect(records.voteEvents.map((v) => v.id)).toEqual([seed.councilVote.id]);
    expect(records.people.map((p) => p.name)).toEqual(["Karen Bass", "Plain OCD Person"]);
    expect(records.bodies.map((b) => b.id)).toEqual([seed.cityCouncil.id]);
    expect(places.voteEvents[seed.councilVote.id]).toBe("1");
  });

  it("reads one OCD object on its own, its problems at their own paths", () => {
    const result = readImport("ocd", viaJson(toOcdPerson(seed.bass)), context);
    expect(result.ok && result.value.places.people[seed.bass.id]).toBe("");
    const bad = readImport("ocd", { motion_text: "Pass it", organization: "body-x", start_date: "soon" }, context);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(["start_date"]);
  });

  it("names bad OCD items by their number in the list, and items it cannot recognise", () => {
    const file = [toOcdPerson(seed.bass), { motion_text: "Pass it", start_date: "someday" }, { colour: "red" }, 3];
    const result = readImport("ocd", viaJson(file), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["1.start_date", "1.organization", "2", "3"]),
    );
    expect(result.issues.find((i) => i.path === "2")?.message).toMatch(/bill has a title/);
  });

  it("reads several Open States people, keeping skipped roles with their place", () => {
    const people = [
      { id: "ocd-person/a1", name: "Ana", roles: [{ type: "mayor", jurisdiction: seed.losAngeles.id }] },
      { id: "ocd-person/b2", name: "Ben", roles: [{ type: "lower", jurisdiction: seed.losAngeles.id }] },
    ];
    const result = readImport("openstates-person", people, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.people.map((p) => p.name)).toEqual(["Ana", "Ben"]);
    expect(result.value.records.memberships.map((m) => m.postId)).toEqual([seed.mayor.id]);
    expect(result.value.skipped).toEqual([
      expect.objectContaining({
        collection: "memberships",
        path: "1.roles.0",
        reason: expect.stringMatching(/no body/),
      }),
    ]);
  });

  it("reads the rest of an Open States file when one value or one person is bad", () => {
    const people = [
      {
        id: "ocd-person/aaaa-1",
        name: "Good Person",
        sources: [{ url: "ftp://files.example.org/a.txt" }, { url: "https://example.org/a" }],
      },
      { id: "ocd-person/aaaa-2", name: "" },
      { id: "ocd-person/aaaa-3", name: "Another Person" },
    ];
    const result = readImport("openstates-person", people, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.people.map((p) => p.name)).toEqual(["Good Person", "Another Person"]);
    expect(result.value.records.sources.map((s) => s.url)).toEqual(["https://example.org/a"]);
    expect(result.value.skipped.map(({ path, reason }) => [path, reason])).toEqual([
      ["0.sources.0.url", "must be a web address starting with http:// or https://"],
      ["1", "name is required"],
    ]);
  });

  it("refuses an Open States file in which no person can be read", () => {
    const result = readImport("openstates-person", [{ name: "No id" }], context);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(["0.id"]);
  });

  it("refuses one id used twice with different details, naming both places", () => {
    const file = [toOcdPerson(seed.bass), toOcdPerson({ ...seed.bass, name: "K. Bass" })];
    const result = readImport("ocd", viaJson(file), context);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "1", message: `uses the id "${seed.bass.id}", which 0 in this file also uses with different details` },
    ]);
  });

  it("refuses an empty file, and a file in the wrong format", () => {
    expect(readImport("popolo", null, context)).toEqual({
      ok: false,
      issues: [{ path: "", message: "The file is empty." }],
    });
    const wrong = readImport("legible-dataset", { persons: [] }, context);
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["format", "persons"]));
  });
});
