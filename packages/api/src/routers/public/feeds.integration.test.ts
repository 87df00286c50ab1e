import type { Action } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { SEARCH_FEED_LIMIT } from "./feeds";
import { publicRouter } from "./index";
import { FEED_LIMIT } from "./site";

const publicCaller = createCallerFactory(publicRouter);
const COUNCIL = "body-la-city-council";
const ORDINANCE = "measure-sanctuary-ordinance";
const EXTRA_ACTIONS = FEED_LIMIT + 2;

/** A council step on the ordinance in January 2025, day `day`. */
const step = (day: number): Action => ({
  id: `action-feed-${day}`,
  measureId: ORDINANCE,
  date: `2025-01-${String(day).padStart(2, "0")}`,
  description: `Council step ${day} on the sanctuary ordinance`,
  classification: [],
  actorBodyId: COUNCIL,
  sourceIds: ["src-seed-news-report"],
});

describe.each(testProviders())("body and search feeds on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const api = () => publicCaller(createContext({ repositories }));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    const staff = { id: "user-editor", name: "Editor" };
    for (let day = 1; day <= EXTRA_ACTIONS; day++) await repositories.actions.create(step(day), staff);
  });
  afterAll(() => database.drop());

  it("a body's feed has its latest FEED_LIMIT steps newest first, its votes decided, and names them", async () => {
    const feed = await api().feeds.bodyActivity({ id: COUNCIL, locale: "es" });
    expect(feed.body.name).toBe("Los Angeles City Council");
    expect(feed.actions).toHaveLength(FEED_LIMIT);
    expect(feed.actions.map((action) => action.date)).toEqual(
      Array.from({ length: FEED_LIMIT }, (_, i) => step(EXTRA_ACTIONS - i).date),
    );
    expect(feed.votes.map((vote) => vote.id)).toEqual(["vote-council-2024-11-19"]);
    // Decided by the council's own rules: 8 of 15 seats to pass.
    expect(feed.decisions["vote-council-2024-11-19"]?.seats?.value).toBe(15);
    expect(feed.names.measures[ORDINANCE]).toBe("Sanctuary city ordinance");
    expect(feed.names.bodies[COUNCIL]).toBe("Los Angeles City Council");
  });

  it("a body with nothing on record has an empty feed; an unknown body is not found", async () => {
    const feed = await api().feeds.bodyActivity({ id: "body-us-ice", locale: "en" });
    expect(feed.votes).toEqual([]);
    expect(feed.actions).toEqual([]);
    const missing = await api()
      .feeds.bodyActivity({ id: "body-nowhere", locale: "en" })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(TRPCError);
    expect((missing as TRPCError).code).toBe("NOT_FOUND");
  });

  it("a search's feed lists its matches newest first, each dated, at most SEARCH_FEED_LIMIT", async () => {
    const feed = await api().feeds.search({ q: "sanctuary", locale: "en" });
    expect(feed.items.length).toBeGreaterThan(1);
    expect(feed.items.length).toBeLessThanOrEqual(SEARCH_FEED_LIMIT);
    const dates = feed.items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The ordinance's latest step is now the council's step of January 22, 2025.
    const ordinance = feed.items.find((item) => item.type === "measure" && item.id === ORDINANCE);
    expect(ordinance?.date).toBe(`${step(EXTRA_ACTIONS).date}T12:00:00.000Z`);
    expect(ordinance?.path).toBe(`/measures/${ORDINANCE}`);
    expect(feed.items.some((item) => item.type === "explainer")).toBe(true);
    // Plain text: the database's match marks are gone.
    for (const item of feed.items) expect([...item.title].some((c) => c === "\u0002" || c === "\u0003")).toBe(false);
  });

  it("a search's feed validates its query as search does", async () => {
    expect((await api().feeds.search({ q: "", locale: "en" })).items).toEqual([]);
    const tooLong = await api()
      .feeds.search({ q: "x".repeat(201), locale: "en" })
      .catch((error: unknown) => error);
    expect((tooLong as TRPCError).code).toBe("BAD_REQUEST");
  });
});
