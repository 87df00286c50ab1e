import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../../../test-support/databases";
import { createRepositories, type Repositories } from "../../index";

const actor = { name: "person record test" };
const MEMBER = { voterName: "Jim McDonnell", personId: "person-jim-mcdonnell" };

describe.each(testProviders())("a person's voting record on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    // With the majority, against it, and no side taken; dates out of order on purpose.
    const votes = [
      { id: "vote-record-with", date: "2025-03-01", option: "yes", counts: { yes: 10, no: 5 } },
      { id: "vote-record-against", date: "2025-01-01", option: "no", counts: { yes: 10, no: 5 } },
      { id: "vote-record-absent", date: "2025-02-01", option: "absent", counts: { yes: 10, no: 5 } },
    ] as const;
    for (const vote of votes) {
      await repositories.voteEvents.create(
        {
          id: vote.id,
          bodyId: "body-la-city-council",
          measureId: "measure-sanctuary-ordinance",
          date: vote.date,
          motionText: vote.id,
          result: "pass",
          counts: vote.counts,
          rollCall: [{ ...MEMBER, option: vote.option }],
          sourceIds: [],
        },
        actor,
      );
    }
  });
  afterAll(() => database.drop());

  it("lists the latest votes, newest first, with totals over every vote however few are listed", async () => {
    const whole = await repositories.personRecords(MEMBER.personId, { votes: 10, statements: 10 });
    const page = await repositories.personRecords(MEMBER.personId, { votes: 2, statements: 10 });
    expect(whole?.votes.map((cast) => cast.vote.id)).toEqual([
      "vote-record-with",
      "vote-record-absent",
      "vote-record-against",
    ]);
    expect(page?.votes.map((cast) => cast.vote.id)).toEqual(["vote-record-with", "vote-record-absent"]);
    // The short record counts from the votes it read; the long one from the stored sides.
    for (const records of [whole, page]) {
      expect(records?.totalVotes).toBe(3);
      expect(records?.majority).toEqual({ counted: 2, withMajority: 1, share: 0.5 });
    }
  });

  it("keeps each vote's side in step when the vote's counts change", async () => {
    const stored = await repositories.voteEvents.get("vote-record-against");
    if (!stored) throw new Error("the vote was not stored");
    await repositories.voteEvents.update({ ...stored, counts: { yes: 5, no: 10 } }, actor);
    const page = await repositories.personRecords(MEMBER.personId, { votes: 2, statements: 10 });
    expect(page?.majority).toEqual({ counted: 2, withMajority: 2, share: 1 });
  });

  it("pages the whole record, newest vote first, with the total on every page", async () => {
    const first = await repositories.personVotePage(MEMBER.personId, { offset: 0, limit: 2 });
    const second = await repositories.personVotePage(MEMBER.personId, { offset: 2, limit: 2 });
    expect(first?.person).toEqual({ id: MEMBER.personId, name: expect.any(String) });
    expect(first?.votes.map((cast) => cast.vote.id)).toEqual(["vote-record-with", "vote-record-absent"]);
    expect(second?.votes.map((cast) => cast.vote.id)).toEqual(["vote-record-against"]);
    expect([first?.totalVotes, second?.totalVotes]).toEqual([3, 3]);
    expect(second?.measures.map((measure) => measure.id)).toEqual(["measure-sanctuary-ordinance"]);
  });
});
