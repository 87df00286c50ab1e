import type { Meeting } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { CALENDAR_PAST_DAYS } from "./calendars";
import { publicRouter } from "./index";

const publicCaller = createCallerFactory(publicRouter);
const COUNCIL = "body-la-city-council";
const ORDINANCE = "measure-sanctuary-ordinance";
const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const meeting = (id: string, start: string, measureIds: string[] = []): Meeting => ({
  id,
  bodyId: COUNCIL,
  name: `Council meeting ${id}`,
  start,
  timeZone: "America/Los_Angeles",
  status: "scheduled",
  agenda: [{ text: "An item", measureIds, notes: [], actionIds: [], voteIds: [] }],
  documents: [],
  media: [],
  sourceIds: ["src-seed-news-report"],
});

describe.each(testProviders())("calendar feeds' meetings on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const api = () => publicCaller(createContext({ repositories }));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    const staff = { id: "user-editor", name: "Editor" };
    await repositories.meetings.create(meeting("meeting-next-week", daysFromNow(7), [ORDINANCE]), staff);
    await repositories.meetings.create(meeting("meeting-last-month", daysFromNow(-30)), staff);
    await repositories.meetings.create(
      meeting("meeting-long-ago", daysFromNow(-(CALENDAR_PAST_DAYS + 30)), [ORDINANCE]),
      staff,
    );
  });
  afterAll(() => database.drop());

  it("a body's feed holds its meetings of the last year and to come, oldest first, named by the body", async () => {
    const view = await api().calendars.meetings({ kind: "body", id: COUNCIL });
    expect(view.owner).toEqual({ kind: "body", id: COUNCIL, name: "Los Angeles City Council" });
    expect(view.events.map((event) => event.id)).toEqual(["meeting-last-month", "meeting-next-week"]);
    expect(view.events[1]).toMatchObject({
      bodyName: "Los Angeles City Council",
      timeZone: "America/Los_Angeles",
      end: null,
    });
    expect((await api().calendars.meetings({ kind: "all" })).events.map((event) => event.id)).toEqual([
      "meeting-last-month",
      "meeting-next-week",
    ]);
  });

  it("a law's feed holds the meetings whose agenda names it; one meeting's feed holds it however old", async () => {
    const measure = await api().calendars.meetings({ kind: "measure", id: ORDINANCE });
    expect(measure.owner?.kind).toBe("measure");
    expect(measure.events.map((event) => event.id)).toEqual(["meeting-next-week"]);
    const old = await api().calendars.meetings({ kind: "meeting", id: "meeting-long-ago" });
    expect(old.events.map((event) => event.id)).toEqual(["meeting-long-ago"]);
  });

  it("an unknown body, law or meeting is NOT_FOUND", async () => {
    for (const kind of ["body", "measure", "meeting"] as const) {
      const error = await api()
        .calendars.meetings({ kind, id: "nobody-here" })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("NOT_FOUND");
    }
  });
});
