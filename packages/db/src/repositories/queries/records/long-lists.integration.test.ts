import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../../../test-support/databases";
import { createRepositories, type Repositories } from "../../index";

const actor = { name: "long list test" };
const COUNCIL = "body-la-city-council";
const SPEAKER = "person-karen-bass";
const SOURCE = "src-seed-news-report";

// A person's and a body's own pages show their latest votes and statements; the rest are read a
// page at a time. These check the order, the totals and the slices on both databases.
describe.each(testProviders())("long lists of votes and statements on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let seededStatements: number;
  let seededBodyVotes: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    seededStatements = (await repositories.personRecords(SPEAKER, { votes: 1, statements: 1 }))?.totalStatements ?? -1;
    seededBodyVotes = (await repositories.bodyVotePage(COUNCIL, { offset: 0, limit: 1 }))?.totalVotes ?? -1;
    // Dates out of order on purpose, one undated, and one said by the council itself.
    const statements = [
      { id: "statement-list-2019", date: "2019", speakerPersonId: SPEAKER },
      { id: "statement-list-2031", date: "2031-05-02", speakerPersonId: SPEAKER },
      { id: "statement-list-undated", date: null, speakerPersonId: SPEAKER },
      { id: "statement-list-2030", date: "2030-01", speakerPersonId: SPEAKER },
      { id: "statement-list-council", date: "2030-02-01", speakerBodyId: COUNCIL },
    ];
    for (const statement of statements) {
      await repositories.statements.create(
        { stance: "supports", text: statement.id, medium: null, sourceId: SOURCE, ...statement },
        actor,
      );
    }
    for (const date of ["2030-03-01", "2030-04-01", "2030-05-01"]) {
      await repositories.voteEvents.create(
        {
          id: `vote-list-${date}`,
          bodyId: COUNCIL,
          measureId: null,
          date,
          motionText: `Motion of ${date}`,
          result: "pass",
          counts: { yes: 9, no: 2 },
          rollCall: [],
          sourceIds: [],
        },
        actor,
      );
    }
  });
  afterAll(() => database.drop());

  it("shows a person's latest statements, newest first and undated last, with how many there are", async () => {
    const records = await repositories.personRecords(SPEAKER, { votes: 20, statements: 2 });
    expect(records?.statements.map((statement) => statement.id)).toEqual([
      "statement-list-2031",
      "statement-list-2030",
    ]);
    expect(records?.totalStatements).toBe(seededStatements + 4);
  });

  it("reads the rest a page at a time, each statement once", async () => {
    const total = seededStatements + 4;
    const ids: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const page = await repositories.statementPage({ kind: "person", id: SPEAKER }, { offset, limit: 2 });
      expect(page?.total).toBe(total);
      expect(page?.speaker).toMatchObject({ kind: "person", id: SPEAKER });
      ids.push(...(page?.statements.map((statement) => statement.id) ?? []));
    }
    expect(new Set(ids).size).toBe(total);
    expect(ids.slice(0, 3)).toEqual(["statement-list-2031", "statement-list-2030", "statement-list-2019"]);
    expect(ids.at(-1)).toBe("statement-list-undated");
    const page = await repositories.statementPage({ kind: "person", id: SPEAKER }, { offset: 0, limit: 2 });
    expect(page?.sources.map((source) => source.id)).toEqual([SOURCE]);
  });

  it("keeps a body's own statements apart from its members'", async () => {
    const page = await repositories.statementPage({ kind: "body", id: COUNCIL }, { offset: 0, limit: 50 });
    expect(page?.speaker).toMatchObject({ kind: "body", id: COUNCIL });
    expect(page?.statements.map((statement) => statement.id)).toContain("statement-list-council");
    expect(page?.statements.every((statement) => statement.speakerBodyId === COUNCIL)).toBe(true);
    const body = await repositories.bodyRecords(COUNCIL, { votes: 20, statements: 10 });
    expect(body?.totalStatements).toBe(page?.total);
  });

  it("pages a body's votes newest first; its own page says whether there are more, without counting them", async () => {
    const total = seededBodyVotes + 3;
    const first = await repositories.bodyVotePage(COUNCIL, { offset: 0, limit: 2 });
    expect(first?.totalVotes).toBe(total);
    expect(first?.votes.map((vote) => vote.id)).toEqual(["vote-list-2030-05-01", "vote-list-2030-04-01"]);
    const second = await repositories.bodyVotePage(COUNCIL, { offset: 2, limit: 2 });
    expect(second?.votes[0]?.id).toBe("vote-list-2030-03-01");
    const body = await repositories.bodyRecords(COUNCIL, { votes: 1, statements: 1 });
    expect(body?.recentVotes.map((vote) => vote.id)).toEqual(["vote-list-2030-05-01"]);
    expect(body?.moreVotes).toBe(true);
    const whole = await repositories.bodyRecords(COUNCIL, { votes: total, statements: 1 });
    expect(whole?.recentVotes).toHaveLength(total);
    expect(whole?.moreVotes).toBe(false);
  });

  it("finds no page for someone or something not on record", async () => {
    expect(
      await repositories.statementPage({ kind: "person", id: "person-nobody" }, { offset: 0, limit: 5 }),
    ).toBeNull();
    expect(await repositories.statementPage({ kind: "body", id: SPEAKER }, { offset: 0, limit: 5 })).toBeNull();
    expect(await repositories.bodyVotePage("body-nothing", { offset: 0, limit: 5 })).toBeNull();
    expect(await repositories.personVotePage("person-nobody", { offset: 0, limit: 5 })).toBeNull();
  });
});
