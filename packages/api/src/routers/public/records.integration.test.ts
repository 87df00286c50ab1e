import type { VoteEvent } from "@legible/core";
import { createRepositories, type Database, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "./index";

const createCaller = createCallerFactory(publicRouter);
const editor = { id: "user-test", name: "Test Editor" };
const today = "2026-01-15";

/** The database with every Prisma operation counted, so a test can bound a page's queries. */
function countingDatabase(database: Database) {
  const counter = { queries: 0 };
  const prisma = database.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.queries += 1;
        return query(args);
      },
    },
  }) as unknown as Database["prisma"];
  return { database: { ...database, prisma }, counter };
}

describe.each(testProviders())("record pages and search on %s", (provider) => {
  let database: TestDatabase;
  let counter: { queries: number };
  let api: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database);
    const counting = countingDatabase(database);
    counter = counting.counter;
    api = createCaller(createContext({ repositories: createRepositories(counting.database) }));
  });
  afterAll(() => database.drop());

  /** Runs one page's procedure and returns its result with the number of queries it made. */
  async function measured<T>(call: () => Promise<T>): Promise<{ view: T; queries: number }> {
    const before = counter.queries;
    const view = await call();
    return { view, queries: counter.queries - before };
  }

  it("a measure's page: the record, its stage and next steps from core, timeline, quotes and numbered sources", async () => {
    const { view, queries } = await measured(() =>
      api.measures.page({ id: "measure-sanctuary-ordinance", locale: "en" }),
    );
    expect(view).toMatchObject({
      title: "Sanctuary city ordinance",
      identifier: null,
      classification: "ordinance",
      session: null,
      body: { id: "body-la-city-council", name: "Los Angeles City Council" },
      stage: { stage: "awaiting-executive", label: "Awaits the Mayor's signature", since: "November 19, 2024" },
      subjects: ["immigration", "sanctuary city"],
      sponsors: [{ name: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", primary: true }],
      explainer: { locale: "en", headline: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law" },
    });
    // Core's first step restates the stage shown just above it, so the page leaves it out. The
    // Mayor's days, what doing nothing means and the override share are not on record.
    expect(view.nextSteps).toEqual([
      { text: "The Mayor can sign it or veto it.", citations: [] },
      { text: "The rules on record do not say what happens if the Mayor does neither.", citations: [] },
    ]);
    expect(view.stage.workedOut).toBeNull();
    expect(view.relatedMeasures).toContainEqual({
      relation: "related",
      measureId: "measure-garcetti-directive-2019",
      title: "Executive directive offering protections to immigrants",
      identifier: null,
    });
    // Oldest first, with each date at the precision the record has.
    expect(view.timeline.map((entry) => [entry.kind, entry.date])).toEqual([
      ["action", "2023"],
      ["action", "2024"],
      ["action", "week of November 11, 2024"],
      ["action", "November 19, 2024"],
      ["vote", "November 19, 2024"],
    ]);
    expect(view.votes).toEqual([
      expect.objectContaining({
        id: "vote-council-2024-11-19",
        result: "pass",
        counts: [
          { option: "yes", count: 13 },
          { option: "no", count: 0 },
          { option: "not voting", count: 2 },
        ],
      }),
    ]);
    expect(view.statements.map((statement) => statement.speaker?.name)).toEqual([
      "Karen Bass",
      "Republican Party of Los Angeles County",
      "Republican Party of Los Angeles County",
      "Republican Party of Los Angeles County",
      "Hugo Soto-Martinez",
    ]);
    // Numbered in the order the page first cites them; every number points at a listed source.
    expect(view.sources.map((source) => [source.number, source.id])).toEqual([
      [1, "src-seed-news-report"],
      [2, "src-la-city-charter"],
    ]);
    expect(view.sourceNumbers).toEqual([1]);
    expect(view.statements.every((statement) => statement.sourceNumber === 1)).toBe(true);
    expect(queries).toBeLessThanOrEqual(16);
  });

  it("in Spanish: the stage, next steps and dates come in Spanish", async () => {
    const view = await api.measures.page({ id: "measure-sanctuary-ordinance", locale: "es" });
    expect(view.stage.label).toBe("Espera la firma de la Alcaldía");
    expect(view.nextSteps[0]).toEqual({ text: "La Alcaldía puede firmarla o vetarla.", citations: [] });
    expect(view.timeline.map((entry) => entry.date)).toContain("semana del 11 de noviembre de 2024");
    expect(view.explainer).toEqual({
      locale: "es",
      headline: "El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley",
    });
  });

  it("a vote's page: the tally, the math under the rule for passage with citations, and no roll call", async () => {
    const { view, queries } = await measured(() => api.votes.page({ id: "vote-council-2024-11-19", locale: "en" }));
    expect(view).toMatchObject({
      date: "November 19, 2024",
      body: { id: "body-la-city-council", name: "Los Angeles City Council" },
      measure: { id: "measure-sanctuary-ordinance", classification: "ordinance" },
      motionText: "Pass the sanctuary city ordinance",
      result: "pass",
      rollCall: null,
      problems: [],
    });
    expect(view.math.outcome).toMatchObject({
      votesWon: 13,
      votesNeeded: 8,
      margin: 5,
      passed: true,
      quorumNeeded: 10,
      quorumMet: true,
      // The override share is not on record (Sec. 250 could not be checked).
      overrideNeeded: null,
      vetoProof: null,
    });
    expect(view.math).toMatchObject({ motion: "passage", passed: true, recordAgrees: true, unknownReason: null });
    const charter = view.sources.find((source) => source.id === "src-la-city-charter");
    expect(view.math.seats).toEqual({ value: 15, citation: { number: charter?.number, locator: "Sec. 241" } });
    expect(view.math.applied).toEqual({
      rule: "passage",
      threshold: { fraction: "majority", of: "seats" },
      citation: { number: charter?.number, locator: "Sec. 244" },
    });
    expect(view.math.veto).toEqual({ executive: "the Mayor", override: null });
    expect(queries).toBeLessThanOrEqual(10);
  });

  it("a person's page: roles current and former, no voting record, their quotes", async () => {
    const { view: bass, queries } = await measured(() =>
      api.people.page({ id: "person-karen-bass", locale: "en", today }),
    );
    expect(bass.name).toBe("Karen Bass");
    expect(bass.roles.map((role) => [role.role, role.post?.label ?? null, role.body?.name, role.status])).toEqual([
      ["Mayor", "Mayor", "Office of the Mayor of Los Angeles", "current"],
      ["Member", null, "Democratic Party", "current"],
    ]);
    expect(bass.votes).toEqual([]);
    expect(bass.majority).toEqual({ counted: 0, withMajority: 0, share: null });
    expect(bass.statements.map((statement) => statement.measure?.id)).toEqual(["measure-sanctuary-ordinance"]);
    expect(bass.totalStatements).toBe(1);
    expect(queries).toBeLessThanOrEqual(11);

    const garcetti = await api.people.page({ id: "person-eric-garcetti", locale: "en", today });
    expect(garcetti.roles).toEqual([expect.objectContaining({ role: "Mayor", status: "former", end: null })]);
  });

  it("a body's page: seats and rules in words with citations, members today, recent votes", async () => {
    const { view, queries } = await measured(() =>
      api.bodies.page({ id: "body-la-city-council", locale: "en", today }),
    );
    expect(view.classification).toBe("legislature");
    expect(view.rules?.seats.value).toBe(15);
    expect(view.rules?.quorum).toMatchObject({ threshold: { fraction: "two-thirds", of: "seats" }, votes: 10 });
    expect(view.rules?.passage).toEqual([
      expect.objectContaining({
        classification: "ordinance",
        votes: 8,
        citation: expect.objectContaining({ locator: "Sec. 244" }),
      }),
    ]);
    expect(view.rules?.otherActions).toMatchObject({
      votes: 8,
      citation: expect.objectContaining({ locator: "Sec. 244" }),
    });
    expect(view.rules?.motions).toEqual([
      expect.objectContaining({
        motion: "urgency",
        votes: 12,
        citation: expect.objectContaining({ locator: "Sec. 253" }),
      }),
    ]);
    expect(view.rules?.readings).toBeNull();
    // What Sec. 250 says could not be checked: the Mayor's days, no action and override are unknown.
    expect(view.rules?.executive).toMatchObject({
      title: "the Mayor",
      appliesTo: ["ordinance"],
      daysToAct: null,
      ifNoAction: null,
      override: null,
    });
    expect(view.rules?.effect).toMatchObject({ from: "publication", days: 31, citation: { locator: "Sec. 252" } });
    expect(view.rules?.urgentEffect).toMatchObject({ from: "publication", days: 0, citation: { locator: "Sec. 253" } });
    expect(view.membersDate).toBe("January 15, 2026");
    expect(view.members).toEqual([
      expect.objectContaining({
        person: { id: "person-hugo-soto-martinez", name: "Hugo Soto-Martinez" },
        certain: true,
      }),
    ]);
    expect(view.recentVotes.map((vote) => vote.id)).toEqual(["vote-council-2024-11-19"]);
    expect(view.moreVotes).toBe(false);
    expect(queries).toBeLessThanOrEqual(13);

    const party = await api.bodies.page({ id: "body-rpla-county", locale: "es", today });
    expect(party.rules).toBeNull();
    expect(party.members).toEqual([]);
    expect(party.statements).toHaveLength(3);
    expect(party.totalStatements).toBe(3);
    expect(party.statements.every((statement) => statement.stance === "opposes")).toBe(true);
  });

  it("a person's and a body's long lists: a page at a time, in a fixed number of queries, and no page past the end", async () => {
    const { view: quotes, queries } = await measured(() =>
      api.people.statements({ id: "person-karen-bass", locale: "es", page: 1 }),
    );
    expect(quotes.owner).toEqual({ kind: "person", id: "person-karen-bass", name: "Karen Bass" });
    expect(quotes.paging).toMatchObject({ page: 1, pageCount: 1, total: 1, first: 1, last: 1 });
    expect(quotes.statements.map((statement) => statement.sourceNumber)).toEqual([1]);
    expect(quotes.sources.map((source) => source.number)).toEqual([1]);
    expect(queries).toBeLessThanOrEqual(5);

    const party = await api.bodies.statements({ id: "body-rpla-county", locale: "en" });
    expect(party.paging.page).toBe(1);
    expect(party.statements).toHaveLength(3);
    expect(party.statements.every((statement) => statement.speaker?.id === "body-rpla-county")).toBe(true);

    const councilVotes = await api.bodies.votes({ id: "body-la-city-council", locale: "en", page: 1 });
    expect(councilVotes.votes.map((vote) => vote.id)).toContain("vote-council-2024-11-19");
    expect(councilVotes.paging.total).toBe(councilVotes.votes.length);

    // Someone with no votes still has a first page, which says so.
    const noVotes = await api.people.votes({ id: "person-karen-bass", locale: "en", page: 1 });
    expect(noVotes).toMatchObject({ votes: [], paging: { page: 1, pageCount: 1, total: 0 } });

    await expect(api.people.statements({ id: "person-karen-bass", locale: "en", page: 2 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "The list of Karen Bass's statements has 1 page; there is no page 2.",
    });
    await expect(api.people.votes({ id: "person-nope", locale: "en", page: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No person "person-nope" is on Legible.',
    });
    await expect(api.bodies.votes({ id: "body-la-city-council", locale: "en", page: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("must be 1 or more"),
    });
  });

  it("the home page's recent votes, newest first", async () => {
    const { votes } = await api.votes.recent({ locale: "es", limit: 5 });
    expect(votes[0]).toMatchObject({
      id: "vote-council-2024-11-19",
      date: "19 de noviembre de 2024",
      body: { name: "Los Angeles City Council" },
      measure: { title: "Sanctuary city ordinance" },
    });
  });

  it("unknown ids are NOT_FOUND; ids no record could have are BAD_REQUEST", async () => {
    await expect(api.measures.page({ id: "measure-nope", locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No measure "measure-nope" is on Legible.',
    });
    await expect(api.votes.page({ id: "vote-nope", locale: "en" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.people.page({ id: "person-nope", locale: "en" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.bodies.page({ id: "body-nope", locale: "en" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.measures.page({ id: "../etc passwd", locale: "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(api.people.page({ id: "person-karen-bass", locale: "fr" as "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("search finds the ordinance, Karen Bass, and the Spanish explainer, each linking to its page", async () => {
    const ordinance = await api.search.query({ q: "sanctuary ordinance", locale: "en" });
    expect(ordinance.state).toBe("results");
    expect(ordinance.results).toContainEqual(
      expect.objectContaining({ type: "measure", path: "/measures/measure-sanctuary-ordinance", locale: "en" }),
    );
    expect(ordinance.results).toContainEqual(
      expect.objectContaining({ type: "explainer", path: "/explainers/measure-sanctuary-ordinance", locale: "en" }),
    );
    const measureHit = ordinance.results.find((result) => result.type === "measure");
    expect(measureHit?.title.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(
      expect.arrayContaining(["sanctuary", "ordinance"]),
    );

    const bass = await api.search.query({ q: "Karen Bass", locale: "es" });
    expect(bass.results[0]).toMatchObject({ type: "person", path: "/people/person-karen-bass", locale: "es" });

    const santuario = await api.search.query({ q: "santuario", locale: "es" });
    expect(santuario.results[0]).toMatchObject({
      type: "explainer",
      id: "explainer-sanctuary-ordinance-es",
      path: "/explainers/measure-sanctuary-ordinance",
      locale: "es",
      textLanguage: "es",
    });
  });

  it("search says why it found nothing, and no input can break it", async () => {
    expect(await api.search.query({ q: "", locale: "en" })).toMatchObject({
      query: "",
      state: "empty",
      results: [],
      paging: { total: 0 },
    });
    for (const q of ['"', "***", "()", " -- ", "'"]) {
      expect((await api.search.query({ q, locale: "en" })).state, q).toBe("no-words");
    }
    for (const q of ["' OR 1=1 --", "NEAR(", 'sanctuary" OR "', "x*) AND (y", "zzzzqqq"]) {
      const view = await api.search.query({ q, locale: "en" });
      expect(["results", "no-results"], q).toContain(view.state);
      expect(view.query).toBe(q);
    }
    await expect(api.search.query({ q: "a".repeat(201), locale: "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("a roll call: each member's vote, problems in the record, and a member's share with the majority", async () => {
    const repositories = createRepositories(database);
    const vote: VoteEvent = {
      id: "vote-test-roll-call",
      bodyId: "body-la-city-council",
      measureId: "measure-sanctuary-ordinance",
      date: "2024-12-03",
      motionText: "Test motion with a roll call",
      result: "pass",
      // The counts say 9 yes, but the roll call lists 2: a problem the page must show.
      counts: { yes: 9, no: 1 },
      rollCall: [
        { voterName: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", option: "yes" },
        { voterName: "Member Two", option: "yes" },
        { voterName: "Member Three", option: "no" },
      ],
      sourceIds: ["src-seed-news-report"],
    };
    await repositories.voteEvents.create(vote, editor);

    const view = await api.votes.page({ id: vote.id, locale: "en" });
    expect(view.rollCall).toEqual([
      { voterName: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", option: "yes" },
      { voterName: "Member Two", personId: null, option: "yes" },
      { voterName: "Member Three", personId: null, option: "no" },
    ]);
    expect(view.problems).toContainEqual({
      code: "roll-call-disagrees-with-counts",
      path: "counts.yes",
      values: { option: "yes", counted: 9, listed: 2 },
    });
    expect(view.problems).toContainEqual({
      code: "voter-not-a-member",
      path: "rollCall.1",
      values: { voterName: "Member Two", linked: "no" },
    });

    const hugo = await api.people.page({ id: "person-hugo-soto-martinez", locale: "en", today });
    expect(hugo.votes).toEqual([
      expect.objectContaining({ option: "yes", withMajority: true, vote: expect.objectContaining({ id: vote.id }) }),
    ]);
    expect(hugo.totalVotes).toBe(1);
    expect(hugo.majority).toEqual({ counted: 1, withMajority: 1, share: 1 });

    const recent = await api.votes.recent({ locale: "en", limit: 1 });
    expect(recent.votes.map((summary) => summary.id)).toEqual([vote.id]);
  });
});
