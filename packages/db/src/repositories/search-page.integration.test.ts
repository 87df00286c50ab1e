import type { Meeting } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { createRepositories, type Repositories } from "./index";

const editor = { id: "user-ana", name: "Ana Editor" };
const COUNCIL = "body-la-city-council";
const ORDINANCE = "measure-sanctuary-ordinance";
/** Measures made here, all with the made-up word, so the seed never matches it. */
const MADE = 65;
const id = (n: number) => `measure-zebra-${String(n).padStart(2, "0")}`;
/** Each measure's one action: years 2020 to 2024 in turn, a day apart, introduced or not. */
const actionDate = (n: number) => `${2020 + (n % 5)}-03-${String(1 + Math.floor(n / 5)).padStart(2, "0")}`;

describe.each(testProviders())("search by page and facet on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    const ordinance = await repositories.measures.get(ORDINANCE);
    if (!ordinance) throw new Error("the seed has no ordinance");
    await repositories.batch(async (stores) => {
      for (let n = 0; n < MADE; n++) {
        await stores.measures.create(
          {
            ...ordinance,
            id: id(n),
            identifier: `Z-${n}`,
            title: `Zebrawalk crossing ${n}`,
            bodyId: n % 3 === 0 ? undefined : COUNCIL,
            abstract: "Paints a zebrawalk.",
            identifiers: undefined,
            provenance: undefined,
            version: undefined,
          },
          editor,
        );
        await stores.actions.create(
          {
            id: `action-zebra-${n}`,
            measureId: id(n),
            date: actionDate(n),
            description: "Introduced",
            classification: n % 2 === 0 ? ["introduction"] : [],
            sourceIds: ["src-seed-news-report"],
          },
          editor,
        );
      }
    });
    const meeting: Meeting = {
      id: "meeting-zebrawalk",
      bodyId: COUNCIL,
      name: "Zebrawalk hearing",
      start: "2025-01-09T10:00:00-08:00",
      timeZone: "America/Los_Angeles",
      status: "scheduled",
      agenda: [],
      documents: [],
      media: [],
      sourceIds: ["src-seed-news-report"],
    };
    await repositories.meetings.create(meeting, editor);
  }, 120_000);
  afterAll(() => database.drop());

  const page = (options: Partial<Parameters<Repositories["searchPage"]>[1]> = {}) =>
    repositories.searchPage("zebrawalk", { offset: 0, limit: 30, ...options });

  it("counts every match by kind, stage, body and year, as the records say", async () => {
    const found = await page();
    expect(found.total).toBe(MADE + 1);
    expect(found.capped).toBe(false);
    expect(found.facets.kind).toEqual([
      { value: "measure", count: MADE },
      { value: "meeting", count: 1 },
    ]);
    const rows = await database.prisma.measure.findMany({
      where: { id: { startsWith: "measure-zebra-" } },
      select: { stage: true },
    });
    const stages = new Map<string, number>();
    for (const row of rows) stages.set(row.stage, (stages.get(row.stage) ?? 0) + 1);
    expect(stages.size).toBeGreaterThan(1);
    expect(new Map(found.facets.stage.map((facet) => [facet.value, facet.count]))).toEqual(stages);
    const onCouncil = Array.from({ length: MADE }, (_, n) => n).filter((n) => n % 3 !== 0).length;
    expect(found.facets.body).toEqual([{ value: COUNCIL, name: "Los Angeles City Council", count: onCouncil + 1 }]);
    expect(found.facets.year.map((facet) => facet.value)).toEqual(["2025", "2024", "2023", "2022", "2021", "2020"]);
    expect(found.facets.year.find((facet) => facet.value === "2020")?.count).toBe(13);
  });

  it("pages through every match once, 30 at a time", async () => {
    const pages = await Promise.all([0, 30, 60].map((offset) => page({ offset })));
    expect(pages.map((one) => one.hits.length)).toEqual([30, 30, 6]);
    const ids = pages.flatMap((one) => one.hits.map((hit) => hit.recordId));
    expect(new Set(ids).size).toBe(MADE + 1);
    expect((await page({ offset: 90 })).hits).toEqual([]);
  });

  it("keeps the matched words marked", async () => {
    const [hit] = (await page({ recordType: "meeting" })).hits;
    expect(hit?.recordId).toBe("meeting-zebrawalk");
    expect(hit?.title.find((part) => part.match)?.text).toMatch(/zebrawalk/i);
  });

  it("narrows by each facet, and the counts follow", async () => {
    const meetings = await page({ recordType: "meeting" });
    expect(meetings.total).toBe(1);
    expect(meetings.facets.kind).toEqual([{ value: "meeting", count: 1 }]);
    const year2020 = await page({ year: 2020 });
    expect(year2020.total).toBe(13);
    expect(year2020.hits.every((hit) => Number(hit.recordId.slice(-2)) % 5 === 0)).toBe(true);
    const council = await page({ bodyId: COUNCIL, year: 2021 });
    expect(council.total).toBe(Array.from({ length: MADE }, (_, n) => n).filter((n) => n % 3 && n % 5 === 1).length);
    const introduced = await page({ stage: "introduced" });
    expect(introduced.total).toBe(33);
    expect((await page({ stage: "vetoed" })).total).toBe(0);
  });

  it("lists the newest first when asked, by latest action or start", async () => {
    const newest = await page({ sort: "newest", limit: 3 });
    // The meeting (2025) first, then the measures acted on last: 2024-03-13 (n = 64), 2024-03-12 (n = 59).
    expect(newest.hits.map((hit) => hit.recordId)).toEqual(["meeting-zebrawalk", id(64), id(59)]);
    const relevance = await page({ limit: MADE + 1 });
    expect(relevance.hits.map((hit) => hit.recordId)).not.toEqual(
      (await page({ sort: "newest", limit: MADE + 1 })).hits.map((hit) => hit.recordId),
    );
  });

  it("keeps the facets in step when an action alone moves a measure to another year", async () => {
    await repositories.actions.create(
      {
        id: "action-zebra-later",
        measureId: id(1),
        date: "2026-02-02",
        description: "Referred",
        classification: ["referral-committee"],
        sourceIds: ["src-seed-news-report"],
      },
      editor,
    );
    const later = await page({ year: 2026 });
    expect(later.hits.map((hit) => hit.recordId)).toEqual([id(1)]);
    expect((await page({ sort: "newest", limit: 1 })).hits[0]?.recordId).toBe(id(1));
  });

  it("finds nothing for text without words, and narrows nothing it cannot", async () => {
    expect(await page({ recordType: "person" })).toMatchObject({ total: 0, hits: [] });
    expect((await repositories.searchPage('"***"', { offset: 0, limit: 30 })).total).toBe(0);
  });
});
