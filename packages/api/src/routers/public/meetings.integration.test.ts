import type { Meeting } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "../admin/index";
import { publicRouter } from "./index";

const publicCaller = createCallerFactory(publicRouter);
const adminCaller = createCallerFactory(adminRouter);
const COUNCIL = "body-la-city-council";
const ORDINANCE = "measure-sanctuary-ordinance";
const now = "2025-06-01T00:00:00Z";

const meeting = (id: string, start: string, overrides: Partial<Meeting> = {}): Meeting => ({
  id,
  bodyId: COUNCIL,
  name: `Council meeting ${id}`,
  start,
  timeZone: "America/Los_Angeles",
  status: "scheduled",
  location: { name: "John Ferraro Council Chamber, Room 340", address: "200 N. Spring St." },
  agenda: [
    {
      number: "7",
      text: "Ordinance on city resources and immigration enforcement",
      measureIds: [ORDINANCE],
      notes: ["Second reading"],
      actionIds: [],
      voteIds: ["vote-council-2024-11-19"],
    },
    { text: "Public comment", measureIds: [], notes: [], actionIds: [], voteIds: [] },
  ],
  documents: [{ kind: "agenda", title: "Agenda", url: "https://clerk.example.gov/agenda.pdf" }],
  media: [],
  sourceIds: ["src-seed-news-report"],
  ...overrides,
});

describe.each(testProviders())("meetings through the routers on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const api = () => publicCaller(createContext({ repositories }));
  const as = (role: StaffRole) =>
    adminCaller(
      createContext({
        repositories,
        staff: { userId: `user-${role}`, name: `Test ${role}`, email: "t@example.org", role },
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("staff create, edit and delete meetings by role, like any record", async () => {
    const created = await as("editor").meetings.create(meeting("meeting-a", "2025-01-14T10:00:00-08:00"));
    expect(created.version).toBe(1);
    const edited = await as("reviewer").meetings.update({ ...created, status: "held" });
    expect(edited).toMatchObject({ status: "held", version: 2 });
    const refused = await as("reviewer")
      .meetings.remove({ id: "meeting-a", version: 2 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    const list = await as("editor").meetings.list({ filters: { bodyId: COUNCIL }, sort: "startsAt" });
    expect(list.items.map((item) => item.id)).toEqual(["meeting-a"]);
    const history = await as("editor").meetings.history({ id: "meeting-a" });
    expect(history.items.map((entry) => entry.action)).toEqual(["update", "create"]);
    const bad = await as("editor")
      .meetings.create(
        meeting("meeting-bad", "2025-01-14T10:00:00-08:00", {
          agenda: [{ text: " ", measureIds: [], notes: [], actionIds: [], voteIds: [] }],
        }),
      )
      .catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(TRPCError);
  });

  it("a meeting's page: the time in its own zone with the zone named, status, place and agenda with links", async () => {
    const en = await api().meetings.page({ id: "meeting-a", locale: "en" });
    expect(en).toMatchObject({
      name: "Council meeting meeting-a",
      status: "held",
      body: { id: COUNCIL, name: "Los Angeles City Council" },
      start: { date: "Tuesday, January 14, 2025", zoneName: "Pacific Standard Time", timeZone: "America/Los_Angeles" },
      location: { name: "John Ferraro Council Chamber, Room 340", address: "200 N. Spring St.", url: null },
      agenda: [
        {
          number: "7",
          measures: [{ id: ORDINANCE }],
          votes: [{ id: "vote-council-2024-11-19", result: "pass" }],
          notes: ["Second reading"],
        },
        { number: null, text: "Public comment", measures: [], votes: [] },
      ],
      sources: [{ number: 1, id: "src-seed-news-report" }],
    });
    expect(en.start.time.replace(/\s/g, " ")).toBe("10:00 AM");
    const es = await api().meetings.page({ id: "meeting-a", locale: "es" });
    expect(es.start).toMatchObject({ date: "martes, 14 de enero de 2025", zoneName: "hora estándar del Pacífico" });
    await expect(api().meetings.page({ id: "meeting-missing", locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a body's upcoming and past meetings, a few on its page and the rest a page at a time", async () => {
    await as("editor").meetings.create(meeting("meeting-b", "2025-06-10T10:00:00-07:00"));
    await as("editor").meetings.create(meeting("meeting-c", "2025-07-01T10:00:00-07:00", { status: "cancelled" }));
    const few = await api().meetings.ofBody({ id: COUNCIL, locale: "en", now });
    expect(few.upcoming.map((m) => [m.id, m.status])).toEqual([
      ["meeting-b", "scheduled"],
      ["meeting-c", "cancelled"],
    ]);
    expect(few.past.map((m) => m.id)).toEqual(["meeting-a"]);
    expect(few).toMatchObject({ moreUpcoming: false, morePast: false });

    const upcoming = await api().meetings.bodyList({ id: COUNCIL, locale: "es", when: "upcoming", page: 1, now });
    expect(upcoming).toMatchObject({
      owner: { kind: "body", id: COUNCIL },
      when: "upcoming",
      paging: { page: 1, pageCount: 1, total: 2 },
    });
    await expect(
      api().meetings.bodyList({ id: COUNCIL, locale: "en", when: "past", page: 2, now }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api().meetings.ofBody({ id: "body-missing", locale: "en", now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a measure's page lists the meetings that took it up, and its timeline dates them by their local day", async () => {
    const view = await api().measures.page({ id: ORDINANCE, locale: "en" });
    expect(view.meetings.map((m) => m.id)).toEqual(["meeting-a", "meeting-b", "meeting-c"]);
    expect(view.timeline.filter((entry) => entry.kind === "meeting").map((entry) => entry.id)).toEqual([
      "meeting-a",
      "meeting-b",
      "meeting-c",
    ]);
  });

  it("search finds a meeting by its agenda and links to its page", async () => {
    const found = await api().search.query({ q: "public comment", locale: "en" });
    expect(found.results.filter((result) => result.type === "meeting").map((result) => result.path)).toEqual(
      expect.arrayContaining(["/meetings/meeting-a"]),
    );
  });
});
