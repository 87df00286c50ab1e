import type { Explainer } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../../test-support/databases";
import { createRepositories, type Repositories } from "../index";
import { explainersQueries } from "./explainers";

const MEASURE = "measure-sanctuary-ordinance";
const editor = { id: "user-ana", name: "Ana Editor" };

/** Counts the SQL statements Prisma sends while `work` runs (SQLite: better-sqlite3 prepares each once per run). */
async function countingQueries(database: TestDatabase) {
  const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([
    import("../../generated/sqlite/client"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: database.config.url }),
    log: [{ emit: "event", level: "query" }],
  });
  let count = 0;
  prisma.$on("query", () => {
    count += 1;
  });
  return {
    queries: explainersQueries(prisma),
    async count<R>(work: (queries: ReturnType<typeof explainersQueries>) => Promise<R>): Promise<number> {
      count = 0;
      await work(explainersQueries(prisma));
      return count;
    },
    close: () => prisma.$disconnect(),
  };
}

describe.each(testProviders())("explainer read models on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("gathers everything the seed story's page shows, as core records", async () => {
    const page = await repositories.publishedExplainerPage(MEASURE, "en");
    expect(page?.explainer.id).toBe("explainer-sanctuary-ordinance-en");
    expect(page?.translation).toEqual({ id: "explainer-sanctuary-ordinance-es", locale: "es" });
    expect(page?.measure.title).toBe("Sanctuary city ordinance");
    expect(page?.voteEvents.map((vote) => [vote.id, vote.counts])).toEqual([
      ["vote-council-2024-11-19", { yes: 13, no: 0, "not voting": 2 }],
    ]);
    expect(page?.actions.map((action) => action.id).sort()).toEqual([
      "action-council-passage",
      "action-draft-released",
      "action-mcdonnell-confirmed",
      "action-motion-introduced",
    ]);
    expect(page?.relatedMeasures.map((measure) => measure.id)).toEqual([
      "measure-garcetti-directive-2019",
      "measure-lapd-immigration-status-policy",
      "measure-us-mass-deportation-plan",
    ]);
    expect(page?.statements.map((statement) => statement.id)).toEqual([
      "statement-bass",
      "statement-soto-martinez",
      "statement-rpla-county-borders",
      "statement-rpla-county-crimes",
      "statement-rpla-county-olympics",
    ]);
    const council = page?.bodies.find((body) => body.id === "body-la-city-council");
    expect(council?.rules?.seats.value).toBe(15);
    expect(page?.posts.map((post) => post.id)).toContain("post-la-mayor");
    expect(page?.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(["Karen Bass", "Hugo Soto-Martinez", "Jim McDonnell"]),
    );
    expect(page?.memberships.map((term) => term.id)).toContain("term-bass-mayor");
    expect(page?.sources.map((source) => source.id).sort()).toEqual(["src-la-city-charter", "src-seed-news-report"]);
    expect(page?.citedRecordSources["vote-event:vote-council-2024-11-19"]).toEqual([
      "src-seed-news-report",
      "src-la-city-charter",
    ]);
    // Records keep their own sources through the batched citation lookups.
    expect(page?.voteEvents[0]?.sourceIds).toEqual(["src-seed-news-report", "src-la-city-charter"]);
    expect(page?.actions.every((action) => action.sourceIds.includes("src-seed-news-report"))).toBe(true);
  });

  it("answers null for a measure with no explainer, or none in that language", async () => {
    expect(await repositories.publishedExplainerPage("measure-garcetti-directive-2019", "en")).toBeNull();
    expect(await repositories.publishedExplainerPage("no-such-measure", "es")).toBeNull();
  });

  it("shows explainers published at least once, and of those only the latest revision", async () => {
    const stored = await repositories.explainers.get("explainer-sanctuary-ordinance-es");
    if (!stored) throw new Error("the seed has no Spanish explainer");
    // Sent back to draft for a fix, it stays up as last published: the working copy is private.
    const draft: Explainer = { ...stored, status: "draft", headline: "Borrador" };
    const saved = await repositories.explainers.update(draft, editor);
    const whileEditing = await repositories.publishedExplainerPage(MEASURE, "es");
    expect(whileEditing?.explainer.revisions.at(-1)?.headline).toBe(stored.revisions.at(-1)?.headline);
    expect(JSON.stringify(whileEditing)).not.toContain("Borrador");
    expect((await repositories.publishedExplainerPage(MEASURE, "en"))?.translation?.locale).toBe("es");

    // Never published: not shown at all.
    const measure = await repositories.measures.get(MEASURE);
    if (!measure) throw new Error("the seed has no ordinance");
    await repositories.measures.create({ ...measure, id: "measure-unpublished-test", identifier: null }, editor);
    await repositories.explainers.create(
      {
        ...stored,
        id: "explainer-unpublished-test",
        measureId: "measure-unpublished-test",
        translationOf: undefined,
        status: "draft",
        revisions: [],
        corrections: [],
      },
      editor,
    );
    expect(await repositories.publishedExplainerPage("measure-unpublished-test", "es")).toBeNull();
    expect((await repositories.latestPublishedExplainers("es", 5)).map((e) => e.explainerId)).not.toContain(
      "explainer-unpublished-test",
    );

    const latest = stored.revisions.at(-1);
    if (!latest) throw new Error("no revision");
    await repositories.explainers.update(
      {
        ...saved,
        status: "published",
        headline: "Titular del borrador de trabajo",
        revisions: [
          ...saved.revisions,
          { ...latest, number: latest.number + 1, publishedAt: "2024-11-22T18:00:00Z", headline: "Segunda versión" },
        ],
      },
      editor,
    );
    const page = await repositories.publishedExplainerPage(MEASURE, "es");
    expect(page?.explainer.revisions.at(-1)?.headline).toBe("Segunda versión");
    expect(await repositories.latestPublishedExplainers("es", 5)).toEqual([
      {
        explainerId: "explainer-sanctuary-ordinance-es",
        measureId: MEASURE,
        locale: "es",
        headline: "Segunda versión",
        summary: expect.stringMatching(/^El 19 de noviembre de 2024, el Concejo Municipal de Los Ángeles votó 13 a 0/),
        publishedAt: "2024-11-22T18:00:00.000Z",
      },
    ]);
  });

  it("lists the latest published explainers newest first, as plain text, up to the limit", async () => {
    const latest = await repositories.latestPublishedExplainers("en", 5);
    expect(latest).toEqual([
      {
        explainerId: "explainer-sanctuary-ordinance-en",
        measureId: MEASURE,
        locale: "en",
        headline: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
        summary:
          "On November 19, 2024, the Los Angeles City Council voted 13 to 0 for an ordinance that will make Los Angeles a sanctuary city by law. The council has 15 seats. Mayor Karen Bass will likely sign it.",
        publishedAt: "2024-11-20T18:00:00.000Z",
      },
    ]);
    expect(await repositories.latestPublishedExplainers("en", 0)).toEqual([]);
  });

  it.runIf(provider === "sqlite")(
    "reads a page in a fixed number of queries, however many records it shows",
    async () => {
      const counter = await countingQueries(database);
      try {
        const before = await counter.count((queries) => queries.publishedExplainerPage(MEASURE, "en"));
        for (let n = 1; n <= 5; n++) {
          await repositories.actions.create(
            {
              id: `action-extra-${n}`,
              measureId: MEASURE,
              date: `2024-11-2${n}`,
              description: `Extra step ${n}`,
              classification: [],
              actorBodyId: "body-la-city-council",
              sourceIds: ["src-seed-news-report"],
            },
            editor,
          );
        }
        const after = await counter.count((queries) => queries.publishedExplainerPage(MEASURE, "en"));
        expect((await counter.queries.publishedExplainerPage(MEASURE, "en"))?.actions).toHaveLength(9);
        expect(after).toBe(before);
        // 29 for the records it shows, and one per kind of record its blocks cite without showing
        // (here a term and other measures' steps), to tell readers when those changed.
        expect(before).toBeLessThanOrEqual(32);
      } finally {
        await counter.close();
      }
    },
  );
});
