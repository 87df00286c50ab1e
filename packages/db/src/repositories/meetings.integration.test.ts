import type { Meeting } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataset, importDataset } from "../dataset/transfer";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { InvalidRecordError, RecordInUseError, VersionConflictError } from "./errors";
import { createRepositories, type Repositories } from "./index";

const editor = { id: "user-ana", name: "Ana Editor" };
const COUNCIL = "body-la-city-council";
const ORDINANCE = "measure-sanctuary-ordinance";
const VOTE = "vote-council-2024-11-19";

function meeting(id: string, start: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id,
    bodyId: COUNCIL,
    name: `Council meeting ${id}`,
    start,
    timeZone: "America/Los_Angeles",
    status: "scheduled",
    location: { name: "John Ferraro Council Chamber, Room 340", address: "200 N. Spring St." },
    agenda: [
      {
        number: "1",
        text: "Ordinance on the use of city resources for immigration enforcement",
        measureIds: [ORDINANCE],
        notes: ["Second reading"],
        actionIds: ["action-council-passage"],
        voteIds: [VOTE],
      },
      { text: "Public comment on streetlights", measureIds: [], notes: [], actionIds: [], voteIds: [] },
    ],
    documents: [{ kind: "agenda", title: "Agenda", url: "https://clerk.example.gov/agenda.pdf" }],
    media: [{ kind: "video", title: "Recording", url: "https://video.example.gov/1" }],
    sourceIds: ["src-seed-news-report"],
    ...overrides,
  };
}

describe.each(testProviders())("meetings on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("saves a meeting with its agenda, keeps its start as written, audits and indexes it for search", async () => {
    const saved = await repositories.meetings.create(meeting("meeting-held", "2024-11-19T10:00:00-08:00"), editor);
    expect(saved).toMatchObject({ ...meeting("meeting-held", "2024-11-19T10:00:00-08:00"), version: 1 });
    expect(await repositories.meetings.get("meeting-held")).toEqual(saved);
    const audit = await repositories.staff.auditLog({ recordType: "meeting", recordId: "meeting-held" });
    expect(audit.items.map((entry) => entry.action)).toEqual(["create"]);
    const hits = await repositories.search("streetlights");
    expect(hits.map((hit) => [hit.recordType, hit.recordId])).toContainEqual(["meeting", "meeting-held"]);
  });

  it("refuses a save over a newer version, and an agenda naming records that do not exist, by place", async () => {
    const stored = await repositories.meetings.get("meeting-held");
    if (!stored) throw new Error("missing");
    const updated = await repositories.meetings.update({ ...stored, status: "held" }, editor);
    expect(updated.version).toBe(2);
    await expect(repositories.meetings.update({ ...stored, name: "Stale" }, editor)).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    const bad = {
      ...updated,
      agenda: [
        { text: "Fine", measureIds: [ORDINANCE], notes: [], actionIds: [], voteIds: [] },
        { text: "Broken", measureIds: ["measure-missing"], notes: [], actionIds: [], voteIds: ["vote-missing"] },
      ],
    };
    const error = await repositories.meetings.update(bad, editor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).issues.map((issue) => issue.path)).toEqual([
      "agenda.1.measureIds.0",
      "agenda.1.voteIds.0",
    ]);
    expect((await repositories.meetings.get("meeting-held"))?.version).toBe(2);
  });

  it("keeps the measure, vote, action and body its agenda names from being deleted", async () => {
    for (const [collection, id] of [
      ["measures", ORDINANCE],
      ["voteEvents", VOTE],
      ["actions", "action-council-passage"],
      ["bodies", COUNCIL],
    ] as const) {
      const record = await repositories[collection].get(id);
      const error = await repositories[collection].remove(id, record?.version ?? 1, editor).catch((e: unknown) => e);
      expect(error, collection).toBeInstanceOf(RecordInUseError);
      expect((error as Error).message, collection).toMatch(/meeting/);
    }
  });

  it("lists a body's upcoming meetings soonest first and past ones latest first, and a measure's in time order", async () => {
    const now = new Date("2025-06-01T00:00:00Z");
    await repositories.meetings.create(meeting("meeting-soon", "2025-06-10T10:00:00-07:00"), editor);
    await repositories.meetings.create(
      meeting("meeting-later", "2025-07-01T10:00:00-07:00", { status: "cancelled", agenda: [] }),
      editor,
    );
    await repositories.meetings.create(meeting("meeting-spring", "2025-03-04T10:00:00-08:00"), editor);

    const few = await repositories.bodyMeetings(COUNCIL, now, 1);
    expect(few?.upcoming.map((m) => m.id)).toEqual(["meeting-soon"]);
    expect(few?.past.map((m) => m.id)).toEqual(["meeting-spring"]);
    expect(few).toMatchObject({ body: { id: COUNCIL }, moreUpcoming: true, morePast: true });
    expect(await repositories.bodyMeetings("body-missing", now, 1)).toBeNull();

    const upcoming = await repositories.bodyMeetingPage(COUNCIL, "upcoming", now, { offset: 0, limit: 50 });
    expect(upcoming?.meetings.map((m) => [m.id, m.status])).toEqual([
      ["meeting-soon", "scheduled"],
      ["meeting-later", "cancelled"],
    ]);
    const past = await repositories.bodyMeetingPage(COUNCIL, "past", now, { offset: 1, limit: 1 });
    expect(past).toMatchObject({ total: 2, body: { id: COUNCIL } });
    expect(past?.meetings.map((m) => m.id)).toEqual(["meeting-held"]);
    expect(await repositories.bodyMeetingPage("body-missing", "past", now, { offset: 0, limit: 50 })).toBeNull();

    const measure = await repositories.measureRecords(ORDINANCE);
    expect(measure?.meetings.map((m) => m.id)).toEqual(["meeting-held", "meeting-spring", "meeting-soon"]);
    expect(measure?.bodies.map((b) => b.id)).toContain(COUNCIL);
  });

  it("reads a meeting's page: its body, and the measures, actions and votes its agenda names", async () => {
    const page = await repositories.meetingRecords("meeting-held");
    expect(page).toMatchObject({
      body: { id: COUNCIL },
      measures: [{ id: ORDINANCE }],
      actions: [{ id: "action-council-passage" }],
      votes: [{ id: VOTE, result: "pass" }],
      sources: [{ id: "src-seed-news-report" }],
    });
    expect(await repositories.meetingRecords("meeting-missing")).toBeNull();
  });

  it("exports meetings with the dataset and imports them into an empty database", async () => {
    const exported = await exportDataset(repositories);
    expect(exported.meetings?.map((m) => m.id).sort()).toEqual([
      "meeting-held",
      "meeting-later",
      "meeting-soon",
      "meeting-spring",
    ]);
    const target = await createTestDatabase(provider);
    try {
      const targetRepositories = createRepositories(target);
      const result = await importDataset(targetRepositories, JSON.parse(JSON.stringify(exported)), editor);
      expect(result).toMatchObject({ ok: true, counts: { meetings: 4 } });
      expect(await exportDataset(targetRepositories)).toEqual(exported);
      const links = await target.prisma.meetingAgendaLink.count({ where: { recordId: ORDINANCE } });
      expect(links).toBe(3);
    } finally {
      await target.drop();
    }
  });
});
