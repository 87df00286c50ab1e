import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as arb from "../fixtures/arbitraries.test-support.js";
import * as seed from "../fixtures/seed-story.test-support.js";
import { VOTE_OPTIONS } from "../schemas/vote-event.js";
import { fromPopolo, toPopolo } from "./popolo.js";

const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("Popolo", () => {
  it("writes the seed story's people, bodies, terms and vote", () => {
    const records = {
      people: seed.people,
      bodies: seed.bodies,
      posts: seed.posts,
      memberships: seed.memberships,
      votes: [seed.councilVote],
    };
    const popolo = toPopolo(records);
    expect(popolo.motions).toEqual([
      {
        id: "vote-council-2024-11-19:motion",
        organization_id: "body-la-city-council",
        text: "Pass the sanctuary city ordinance",
        date: "2024-11-19",
        result: "pass",
      },
    ]);
    expect(popolo.vote_events[0]).toMatchObject({
      motion_id: "vote-council-2024-11-19:motion",
      counts: [
        { option: "yes", value: 13 },
        { option: "no", value: 0 },
        { option: "not voting", value: 2 },
      ],
      votes: [],
      legible: { inferred: seed.councilVote.inferred },
    });
    expect(popolo.memberships[1]).toEqual({
      id: "term-garcetti-mayor",
      person_id: "person-eric-garcetti",
      post_id: "post-la-mayor",
      legible: { current: false, sourceIds: ["src-seed-news-report"] },
    });
    expect(fromPopolo(viaJson(popolo))).toEqual({ ok: true, value: records });
  });

  it("round-trips any records (property)", () => {
    // Ids are unique within a file, as in any real dataset (Popolo keys motions by id).
    const unique = <T extends { id: string }>(item: fc.Arbitrary<T>) =>
      fc.uniqueArray(item, { maxLength: 3, selector: (record) => record.id });
    const records = fc.record({
      people: unique(arb.person),
      bodies: unique(arb.body),
      posts: unique(arb.post),
      memberships: unique(arb.membership),
      votes: unique(arb.voteEvent),
      meetings: unique(arb.meeting),
    });
    fc.assert(
      fc.property(records, (r) => {
        expect(fromPopolo(viaJson(toPopolo(r)))).toEqual({ ok: true, value: r });
      }),
      { numRuns: 100 },
    );
  });

  it("reads a plain Popolo file", () => {
    const result = fromPopolo({
      persons: [{ id: "p1", name: "A Member" }],
      organizations: [{ id: "o1", name: "Council", classification: "chamber" }],
      memberships: [{ id: "m1", person_id: "p1", organization_id: "o1", start_date: "2022-12-12" }],
      motions: [{ id: "mo1", text: "Adopt the budget" }],
      vote_events: [
        {
          id: "ve1",
          motion_id: "mo1",
          organization_id: "o1",
          start_date: "2024-06-01",
          result: "pass",
          counts: [{ option: "yes", value: 1 }],
          votes: [{ voter_id: "p1", option: "yes" }],
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.bodies[0]?.classification).toBe("organization");
    expect(result.value.memberships[0]).toMatchObject({ startDate: "2022-12-12", endDate: null });
    expect(result.value.votes[0]).toMatchObject({
      motionText: "Adopt the budget",
      rollCall: [{ voterName: "p1", personId: "p1", option: "yes" }],
    });
  });

  it("lists every bad field with its place in the file", () => {
    const result = fromPopolo({
      persons: [{ id: "bad id", name: "X" }],
      memberships: [{ id: "m1", person_id: "p1" }],
      vote_events: [{ id: "v", organization_id: "o", start_date: "2024", counts: [{ option: "aye", value: 1 }] }],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "vote_events.0.counts.0.option",
        message: `vote option "aye" is not allowed; use one of: ${VOTE_OPTIONS.join(", ")}`,
      },
    ]);
    const later = fromPopolo({ persons: [{ id: "bad id", name: "X" }], memberships: [{ id: "m1", person_id: "p1" }] });
    expect(later.ok ? [] : later.issues.map((i) => i.path)).toEqual(["persons.0.id", "memberships.0.bodyId"]);
    expect(fromPopolo(null).ok).toBe(false);
  });
});
