import { tagsChangedBy, tagsShownBy } from "@legible/core";
import { createRepositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { publicRouter } from "../routers/public/index";
import { createCallerFactory } from "../trpc";

// The public pages' real views, as the site renders them, tag themselves with what they show
// (core's tagsShownBy): a change to any record a page shows names one of its tags.

const createCaller = createCallerFactory(publicRouter);
const MEASURE = "measure-sanctuary-ordinance";
const VOTE = "vote-council-2024-11-19";
const COUNCIL = "body-la-city-council";

describe.each(testProviders())("cache tags of the seed's pages on %s", (provider) => {
  let database: TestDatabase;
  let api: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database);
    api = createCaller(createContext({ repositories: createRepositories(database) }));
  });
  afterAll(() => database.drop());

  it("the explainer: its measure's own pages, its vote, the council, the people it names", async () => {
    const view = await api.explainers.page({ measureId: MEASURE, locale: "en" });
    const tags = tagsShownBy(view, { own: { kind: "explainer", id: MEASURE } });
    expect(tags).toEqual(
      expect.arrayContaining([
        `explainer:${MEASURE}`,
        `measure:${MEASURE}`,
        `vote:${VOTE}`,
        `body:${COUNCIL}`,
        "person:person-karen-bass",
      ]),
    );
  });

  it("a person's page: their terms' bodies, and the measures their statements are about", async () => {
    const view = await api.people.page({ id: "person-karen-bass", locale: "en", today: "2026-01-15" });
    const tags = tagsShownBy(view, { own: { kind: "person", id: "person-karen-bass" } });
    expect(tags.slice(0, 2)).toEqual(["person:person-karen-bass", "page:person:person-karen-bass"]);
    expect(tags).toEqual(expect.arrayContaining([`measure:${MEASURE}`, "source:src-seed-news-report"]));
    expect(tags.some((tag) => tag.startsWith("body:"))).toBe(true);
  });

  it("a measure's page: its vote and body; a change to the vote refreshes it, a change to the council's name too", async () => {
    const view = await api.measures.page({ id: MEASURE, locale: "en" });
    const tags = new Set(tagsShownBy(view, { own: { kind: "measure", id: MEASURE } }));
    expect(tags.has(`vote:${VOTE}`)).toBe(true);
    expect(tags.has(`body:${COUNCIL}`)).toBe(true);
    const vote = await createRepositories(database).voteEvents.get(VOTE);
    const voteChange = tagsChangedBy([{ kind: "vote", id: VOTE, records: [vote] }]);
    expect(voteChange.some((tag) => tags.has(tag))).toBe(true);
    expect(tagsChangedBy([{ kind: "body", id: COUNCIL }]).some((tag) => tags.has(tag))).toBe(true);
    // A change to a person it does not show leaves it be.
    expect(tagsChangedBy([{ kind: "person", id: "person-tom-homan" }]).some((tag) => tags.has(tag))).toBe(false);
  });

  it("the vote's page: its measure and body", async () => {
    const view = await api.votes.page({ id: VOTE, locale: "en" });
    expect(tagsShownBy(view, { own: { kind: "vote", id: VOTE } })).toEqual(
      expect.arrayContaining([`vote:${VOTE}`, `measure:${MEASURE}`, `body:${COUNCIL}`]),
    );
  });
});
