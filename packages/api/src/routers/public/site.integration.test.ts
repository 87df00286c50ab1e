import { parseDataset } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "./index";
import { FEED_LIMIT } from "./site";

const createCaller = createCallerFactory(publicRouter);
const seedActor = { name: "site test" };

describe.each(testProviders())("public site procedures on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let api: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    api = createCaller(createContext({ repositories }));
  });
  afterAll(() => database.drop());

  it("the sitemap counts every record page, and gives them a file's worth at a time in id order", async () => {
    const counts = await api.site.sitemapCounts();
    expect(counts).toMatchObject({ votes: 1, explainers: 1 });
    expect(counts.measures).toBeGreaterThan(1);
    const all = await api.site.sitemapSlice({ kind: "measures", skip: 0, take: counts.measures });
    expect(all.records.map((m) => m.id)).toContain("measure-sanctuary-ordinance");
    const ids = all.records.map((m) => m.id);
    expect(ids).toEqual(ids.toSorted());
    for (const stamp of all.records) expect(Number.isNaN(Date.parse(stamp.updatedAt))).toBe(false);
    // Slices follow one another: the second record starts the second slice of one.
    expect((await api.site.sitemapSlice({ kind: "measures", skip: 1, take: 1 })).records.map((m) => m.id)).toEqual([
      ids[1],
    ]);
    expect((await api.site.sitemapSlice({ kind: "votes", skip: 0, take: 10 })).records.map((v) => v.id)).toEqual([
      "vote-council-2024-11-19",
    ]);
    expect((await api.site.sitemapSlice({ kind: "people", skip: 0, take: 100 })).records.map((p) => p.id)).toContain(
      "person-karen-bass",
    );
    expect((await api.site.sitemapSlice({ kind: "explainers", skip: 0, take: 10 })).explainers).toEqual([
      {
        measureId: "measure-sanctuary-ordinance",
        published: [
          { locale: "en", publishedAt: "2024-11-20T18:00:00.000Z" },
          { locale: "es", publishedAt: "2024-11-20T18:00:00.000Z" },
        ],
      },
    ]);
    // One call never reads more than one file's worth.
    await expect(api.site.sitemapSlice({ kind: "measures", skip: 0, take: 25_001 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("the site feed has the explainer in the asked language and the latest vote, with names", async () => {
    const latest = await api.site.latest({ locale: "es" });
    expect(latest.explainers.map((e) => [e.id, e.locale])).toEqual([["explainer-sanctuary-ordinance-es", "es"]]);
    expect(latest.explainers[0]?.headline).toMatch(/^El Concejo de Los Ángeles vota 13 a 0/);
    expect(latest.votes.map((v) => v.id)).toEqual(["vote-council-2024-11-19"]);
    expect(latest.names.bodies["body-la-city-council"]).toBe("Los Angeles City Council");
    expect(latest.names.measures["measure-sanctuary-ordinance"]).toBe("Sanctuary city ordinance");
    // Each vote comes with core's decision on it, by the rule for what it decided.
    expect(latest.decisions["vote-council-2024-11-19"]).toMatchObject({
      motion: "passage",
      passed: true,
      outcome: { votesNeeded: 8 },
      veto: { executive: "la Alcaldía", override: null },
    });
    await expect(api.site.latest({ locale: "fr" as "en" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a measure's feed has its actions, votes and explainer publications", async () => {
    const activity = await api.site.measureActivity({ id: "measure-sanctuary-ordinance" });
    expect(activity.measure.title).toBe("Sanctuary city ordinance");
    expect(activity.actions.map((a) => a.id).sort()).toEqual([
      "action-council-passage",
      "action-draft-released",
      "action-mcdonnell-confirmed",
      "action-motion-introduced",
    ]);
    expect(activity.votes.map((v) => v.counts)).toEqual([{ yes: 13, no: 0, "not voting": 2 }]);
    expect(activity.decisions["vote-council-2024-11-19"]).toMatchObject({ motion: "passage", passed: true });
    expect(activity.explainers.map((e) => e.locale).sort()).toEqual(["en", "es"]);
  });

  it("a person's feed has their statements; unknown or malformed ids are NOT_FOUND or BAD_REQUEST", async () => {
    const bass = await api.site.personActivity({ id: "person-karen-bass" });
    expect(bass.statements.map((s) => s.id)).toEqual(["statement-bass"]);
    expect(bass.votes).toEqual([]);
    expect(bass.names.measures["measure-sanctuary-ordinance"]).toBe("Sanctuary city ordinance");

    await expect(api.site.personActivity({ id: "person-nobody" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No person with the id "person-nobody" is on Legible.',
    });
    await expect(api.site.measureActivity({ id: "measure-nothing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.site.voteCard({ id: "vote-nothing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.site.measureActivity({ id: "<script>" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.site.openRecord({ kind: "vote", id: "vote-nothing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the vote card and the explainer card carry what their pictures show", async () => {
    const card = await api.site.voteCard({ id: "vote-council-2024-11-19", locale: "es" });
    expect(card.body.rules?.seats.value).toBe(15);
    expect(card.measure?.classification).toBe("ordinance");
    expect(card.decision).toMatchObject({
      motion: "passage",
      applied: { rule: "passage", citation: null },
      passed: true,
      recordAgrees: true,
      veto: { executive: "la Alcaldía", override: null },
    });

    const social = await api.site.explainerCard({ measureId: "measure-sanctuary-ordinance", locale: "en" });
    expect(social.explainer.headline).toBe("Los Angeles City Council votes 13-0 to make the city a sanctuary by law");
    expect(social.vote?.result).toBe("pass");
    expect(social.decision).toMatchObject({ motion: "passage", passed: true, outcome: { votesNeeded: 8 } });
    expect(social.body?.name).toBe("Los Angeles City Council");
    await expect(
      api.site.explainerCard({ measureId: "measure-garcetti-directive-2019", locale: "en" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a measure's open record carries its actions and the sources they cite", async () => {
    const found = await api.site.openRecord({ kind: "measure", id: "measure-sanctuary-ordinance" });
    if (found.kind !== "measure") throw new Error("expected a measure");
    expect(found.actions).toHaveLength(4);
    expect(found.sources.map((s) => s.id)).toContain("src-seed-news-report");
  });

  it("gathers what each page's JSON-LD describes", async () => {
    const measure = await api.site.jsonLdRecords({ kind: "measure", id: "measure-sanctuary-ordinance" });
    if (measure.kind !== "measure") throw new Error("expected a measure");
    expect(measure.jurisdiction?.name).toBe("City of Los Angeles");
    expect(measure.body?.rules?.seats.value).toBe(15);
    expect(measure.actions).toHaveLength(4);
    expect(measure.votes.map((vote) => vote.id)).toEqual(["vote-council-2024-11-19"]);
    // The stage as the measure's page works it out: the Mayor's deadline is not on record.
    expect(measure.stage).toMatchObject({ stage: "awaiting-executive", since: "2024-11-19", workedOut: null });

    const bass = await api.site.jsonLdRecords({ kind: "person", id: "person-karen-bass" });
    if (bass.kind !== "person") throw new Error("expected a person");
    expect(bass.memberships.map((m) => m.id)).toContain("term-bass-mayor");
    expect(bass.posts.map((p) => p.id)).toContain("post-la-mayor");
    expect(bass.bodies.map((b) => b.id)).toContain("body-la-mayor");

    await expect(api.site.jsonLdRecords({ kind: "body", id: "body-nothing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  // Changes the database: runs last.
  it("open data and feeds show explainers only as published, never a draft", async () => {
    const english = await repositories.explainers.get("explainer-sanctuary-ordinance-en");
    if (!english) throw new Error("the seed's English explainer is missing");
    await repositories.explainers.update(
      { ...english, status: "draft", headline: "Unpublished draft headline" },
      seedActor,
    );
    await repositories.explainers.create(
      {
        id: "explainer-directive-en",
        measureId: "measure-garcetti-directive-2019",
        locale: "en",
        status: "draft",
        headline: "A draft nobody published",
        blocks: [],
        revisions: [],
        corrections: [],
      },
      seedActor,
    );
    await repositories.voteEvents.create(
      {
        id: "vote-with-roll-call",
        bodyId: "body-la-city-council",
        measureId: "measure-sanctuary-ordinance",
        date: "2024-12",
        motionText: "A vote with a roll call",
        result: "pass",
        counts: { yes: 1 },
        rollCall: [{ voterName: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", option: "yes" }],
        sourceIds: [],
      },
      seedActor,
    );

    // What the open-data files are written from (the job's read; no procedure serves it).
    const dataset = await repositories.sitePublicDataset();
    expect(parseDataset(JSON.parse(JSON.stringify(dataset)))).toMatchObject({ ok: true });
    expect(dataset.explainers.map((e) => e.id).sort()).toEqual([
      "explainer-sanctuary-ordinance-en",
      "explainer-sanctuary-ordinance-es",
    ]);
    const publicEnglish = dataset.explainers.find((e) => e.id === "explainer-sanctuary-ordinance-en");
    expect(publicEnglish).toMatchObject({
      status: "published",
      headline: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
    });
    expect(publicEnglish).not.toHaveProperty("version");
    expect(JSON.stringify(dataset)).not.toContain("Unpublished draft headline");
    expect(JSON.stringify(dataset)).not.toContain("publishedBy");

    const latest = await api.site.latest({ locale: "en" });
    expect(latest.explainers.map((e) => e.headline)).toEqual([
      "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
    ]);
    expect((await api.site.sitemapSlice({ kind: "explainers", skip: 0, take: 10 })).explainers).toEqual([
      expect.objectContaining({ measureId: "measure-sanctuary-ordinance" }),
    ]);

    const hugo = await api.site.personActivity({ id: "person-hugo-soto-martinez" });
    expect(hugo.votes.map((v) => v.id)).toEqual(["vote-with-roll-call"]);
    expect(hugo.names.bodies["body-la-city-council"]).toBe("Los Angeles City Council");
  });

  it("a person's feed carries their latest votes only, however long their record", async () => {
    const votes = FEED_LIMIT + 5;
    for (let day = 1; day <= votes; day += 1) {
      const date = `2025-${String(Math.ceil(day / 28)).padStart(2, "0")}-${String(((day - 1) % 28) + 1).padStart(2, "0")}`;
      await repositories.voteEvents.create(
        {
          id: `vote-feed-${day}`,
          bodyId: "body-la-city-council",
          measureId: "measure-sanctuary-ordinance",
          date,
          motionText: `Motion ${day}`,
          result: "pass",
          counts: { yes: 1 },
          rollCall: [{ voterName: "Jim McDonnell", personId: "person-jim-mcdonnell", option: "yes" }],
          sourceIds: [],
        },
        seedActor,
      );
    }
    const feed = await api.site.personActivity({ id: "person-jim-mcdonnell" });
    expect(feed.votes).toHaveLength(FEED_LIMIT);
    // The oldest five are the ones left out.
    expect(feed.votes.map((v) => v.id)).not.toContain("vote-feed-5");
    expect(feed.votes.map((v) => v.id)).toContain(`vote-feed-${votes}`);
  });
});
