import type { Action, Measure, MeasureBrowseFilters, Meeting } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../../../test-support/databases";
import { createRepositories, type Repositories } from "../../index";
import { refreshAllMeasureListings } from "../../kinds/measure-listing";

const actor = { name: "browse test" };
const COUNCIL = "body-la-city-council";
const MAYOR = "body-la-mayor";
const SOURCE = "src-seed-news-report";
const TODAY = "2026-01-15";
const NOW = new Date("2026-01-15T12:00:00Z");
const gone = { actor: { name: "Test sync" }, reason: "The test source no longer lists it." };

function measure(id: string, overrides: Partial<Measure> = {}): Measure {
  return {
    id,
    bodyId: COUNCIL,
    identifier: null,
    title: `Browse ${id}`,
    classification: "ordinance",
    subjects: [],
    sponsors: [],
    textSections: [],
    relatedMeasures: [],
    sourceIds: [SOURCE],
    ...overrides,
  } as Measure;
}

function action(id: string, measureId: string, date: string, classification: Action["classification"]): Action {
  return { id, measureId, date, description: `Step ${id}`, classification, sourceIds: [SOURCE] } as Action;
}

function meeting(id: string, start: string, bodyId = COUNCIL): Meeting {
  return {
    id,
    bodyId,
    name: `Meeting ${id}`,
    start,
    timeZone: "America/Los_Angeles",
    status: "scheduled",
    agenda: [],
    documents: [],
    media: [],
    sourceIds: [SOURCE],
  } as Meeting;
}

const latest = (filters: Partial<MeasureBrowseFilters> = {}): MeasureBrowseFilters => ({ sort: "latest", ...filters });

// The browse lists read the listing columns each save writes; these check the filters, the
// orders, the pages, the columns' upkeep as actions change, and that records gone upstream are
// left out, on both databases.
describe.each(testProviders())("browse lists on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let seededMeasures: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    seededMeasures = (await repositories.measureListPage(latest(), { offset: 0, limit: 1 })).total;
    await repositories.measures.create(
      measure("measure-browse-parks", { title: "Aardvark parks", subjects: ["parks", "budget"] }),
      actor,
    );
    await repositories.measures.create(
      measure("measure-browse-water", {
        title: "Zebra water rates",
        classification: "resolution",
        subjects: ["water"],
      }),
      actor,
    );
    await repositories.measures.create(
      measure("measure-browse-mayor", { title: "Mayor's plan", bodyId: MAYOR }),
      actor,
    );
    await repositories.actions.create(
      action("action-browse-parks-1", "measure-browse-parks", "2030-02-01", ["introduction"]),
      actor,
    );
    await repositories.actions.create(
      action("action-browse-parks-2", "measure-browse-parks", "2030-03-01", ["referral-committee"]),
      actor,
    );
    await repositories.actions.create(
      action("action-browse-water-1", "measure-browse-water", "2031-05-02", ["introduction"]),
      actor,
    );
  });
  afterAll(() => database?.drop());

  it("orders by latest action, newest first and measures without one last, or by title", async () => {
    const page = await repositories.measureListPage(latest(), { offset: 0, limit: 2 });
    expect(page.total).toBe(seededMeasures + 3);
    expect(page.measures.map((row) => row.id)).toEqual(["measure-browse-water", "measure-browse-parks"]);
    expect(page.measures[1]).toMatchObject({
      stage: "in-committee",
      latestAction: { id: "action-browse-parks-2", date: "2030-03-01", description: "Step action-browse-parks-2" },
    });
    const all = await repositories.measureListPage(latest(), { offset: 0, limit: 50 });
    expect(all.measures.at(-1)?.latestAction).toBeNull();
    const byTitle = await repositories.measureListPage(latest({ sort: "title" }), { offset: 0, limit: 50 });
    expect(byTitle.measures[0]?.id).toBe("measure-browse-parks");
    expect(byTitle.measures.at(-1)?.id).toBe("measure-browse-water");
  });

  it("narrows by kind, body, subject, year and stage, and counts what matches", async () => {
    const ids = async (filters: Partial<MeasureBrowseFilters>) =>
      (await repositories.measureListPage(latest(filters), { offset: 0, limit: 50 })).measures.map((row) => row.id);
    expect(await ids({ kind: "resolution" })).toEqual(["measure-browse-water"]);
    expect(await ids({ body: MAYOR })).toContain("measure-browse-mayor");
    expect(await ids({ body: MAYOR })).not.toContain("measure-browse-parks");
    expect(await ids({ subject: "parks" })).toEqual(["measure-browse-parks"]);
    expect(await ids({ year: 2031 })).toEqual(["measure-browse-water"]);
    expect(await ids({ stage: "in-committee" })).toEqual(["measure-browse-parks"]);
    expect(await ids({ stage: "introduced", kind: "resolution", year: 2031, subject: "water" })).toEqual([
      "measure-browse-water",
    ]);
    expect(await ids({ kind: "resolution", year: 2030 })).toEqual([]);
    expect((await repositories.measureListPage(latest({ subject: "parks" }), { offset: 0, limit: 1 })).total).toBe(1);
  });

  it("reads every measure once across pages", async () => {
    const total = seededMeasures + 3;
    const ids: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      ids.push(...(await repositories.measureListPage(latest(), { offset, limit: 2 })).measures.map((row) => row.id));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it("names a page's bodies from the filter's choices, as reading them one by one would", async () => {
    const { page, options } = await repositories.measureBrowse(latest(), { offset: 0, limit: 50 });
    const named = new Map(page.bodies.map((body) => [body.id, body.name]));
    expect(named.get(MAYOR)).toBe("Office of the Mayor of Los Angeles");
    for (const row of page.measures) if (row.bodyId) expect(named.has(row.bodyId)).toBe(true);
    expect(options.bodies.map((body) => body.id)).toEqual(expect.arrayContaining([...named.keys()]));
    // Without choices to name them from, the page reads its bodies itself, with the same names.
    const alone = await repositories.measureListPage(latest(), { offset: 0, limit: 50 });
    expect(new Map(alone.bodies.map((body) => [body.id, body.name]))).toEqual(named);
  });

  it("offers the subjects, bodies and years on record", async () => {
    const options = await repositories.measureFilterOptions();
    expect(options.subjects).toEqual(expect.arrayContaining(["budget", "parks", "water", "immigration"]));
    expect(options.subjects).toEqual([...options.subjects].sort());
    // Each topic once, however many measures carry it.
    expect(new Set(options.subjects).size).toBe(options.subjects.length);
    expect(options.bodies.map((body) => body.id)).toContain(COUNCIL);
    expect(options.years?.last).toBe(2031);
    expect(options.years?.first).toBeLessThanOrEqual(2019);
  });

  it("keeps the listing in step when actions and subjects change", async () => {
    await repositories.actions.create(
      action("action-browse-parks-3", "measure-browse-parks", "2032-01-05", ["passage"]),
      actor,
    );
    let parks = (await repositories.measureListPage(latest({ subject: "parks" }), { offset: 0, limit: 1 })).measures[0];
    expect(parks?.latestAction?.id).toBe("action-browse-parks-3");
    expect(["adopted", "awaiting-executive"]).toContain(parks?.stage);
    const added = await repositories.actions.get("action-browse-parks-3");
    if (!added) throw new Error("missing action");
    await repositories.actions.remove(added.id, added.version ?? 1, actor);
    parks = (await repositories.measureListPage(latest({ subject: "parks" }), { offset: 0, limit: 1 })).measures[0];
    expect(parks).toMatchObject({ stage: "in-committee", latestAction: { id: "action-browse-parks-2" } });

    const stored = await repositories.measures.get("measure-browse-parks");
    if (!stored) throw new Error("missing measure");
    await repositories.measures.update({ ...stored, subjects: ["playgrounds"] }, actor);
    expect((await repositories.measureListPage(latest({ subject: "parks" }), { offset: 0, limit: 5 })).total).toBe(0);
    expect(
      (await repositories.measureListPage(latest({ subject: "playgrounds" }), { offset: 0, limit: 5 })).measures.map(
        (row) => [row.id, row.stage],
      ),
    ).toEqual([["measure-browse-parks", "in-committee"]]);
  });

  it("works every listing out again for measures saved before the columns existed", async () => {
    await database.prisma.measure.updateMany({ data: { stage: "unknown", latestActionId: null, latestActionOn: "" } });
    expect(await refreshAllMeasureListings(database.prisma)).toBe(seededMeasures + 3);
    const [parks] = (await repositories.measureListPage(latest({ subject: "playgrounds" }), { offset: 0, limit: 1 }))
      .measures;
    expect(parks).toMatchObject({ stage: "in-committee", latestAction: { id: "action-browse-parks-2" } });
    const unknown = await repositories.measureListPage(latest({ stage: "unknown" }), { offset: 0, limit: 50 });
    expect(unknown.measures.map((row) => row.id)).not.toContain("measure-browse-parks");
  });

  it("lists who holds office today by post, and past officials by name", async () => {
    const current = await repositories.currentOfficials(TODAY);
    const heldBy = (personId: string) => current.terms.filter((term) => term.personId === personId);
    expect(heldBy("person-karen-bass").map((term) => term.postId)).toContain("post-la-mayor");
    expect(heldBy("person-eric-garcetti")).toEqual([]);
    expect(current.bodies.map((body) => body.id)).toContain(MAYOR);

    const past = await repositories.pastOfficialsPage(TODAY, { offset: 0, limit: 50 });
    const names = past.people.map((person) => person.id);
    expect(names).toContain("person-eric-garcetti");
    expect(names).not.toContain("person-karen-bass");
    expect(past.total).toBe(names.length);
    expect(past.terms.find((term) => term.personId === "person-eric-garcetti")?.postId).toBe("post-la-mayor");
  });

  it("lists bodies with their members today and next meeting, and meetings by time and body", async () => {
    await repositories.meetings.create(meeting("meeting-browse-next", "2026-02-03T10:00:00-08:00"), actor);
    await repositories.meetings.create(meeting("meeting-browse-later", "2026-03-03T10:00:00-08:00"), actor);
    await repositories.meetings.create(meeting("meeting-browse-held", "2025-12-02T10:00:00-08:00"), actor);
    await repositories.meetings.create(meeting("meeting-browse-mayor", "2026-02-01T10:00:00-08:00", MAYOR), actor);

    const bodies = await repositories.bodyList(TODAY, NOW);
    const council = bodies.find((row) => row.body.id === COUNCIL);
    expect(council?.nextMeeting?.id).toBe("meeting-browse-next");
    expect(council?.currentMembers).toBeGreaterThanOrEqual(1);
    expect(bodies.find((row) => row.body.id === MAYOR)).toMatchObject({
      currentMembers: 1,
      nextMeeting: { id: "meeting-browse-mayor" },
    });

    const upcoming = await repositories.meetingListPage({ when: "upcoming" }, NOW, { offset: 0, limit: 50 });
    expect(upcoming.meetings.map((row) => row.id)).toEqual([
      "meeting-browse-mayor",
      "meeting-browse-next",
      "meeting-browse-later",
    ]);
    const councilOnly = await repositories.meetingListPage({ when: "upcoming", body: COUNCIL }, NOW, {
      offset: 1,
      limit: 1,
    });
    expect(councilOnly).toMatchObject({ total: 2, meetings: [{ id: "meeting-browse-later" }] });
    const past = await repositories.meetingListPage({ when: "past" }, NOW, { offset: 0, limit: 50 });
    expect(past.meetings.map((row) => row.id)).toEqual(["meeting-browse-held"]);
  });

  it("offers as choices only the bodies with measures, or with meetings, on record", async () => {
    await repositories.bodies.create(
      { id: "body-browse-quiet", name: "Aardvark Advisory Board", classification: "committee", sourceIds: [] },
      actor,
    );
    const measureChoices = (await repositories.measureFilterOptions()).bodies.map((body) => body.id);
    const meetingChoices = (await repositories.meetingBodyOptions()).map((body) => body.id);
    expect(measureChoices).toEqual(expect.arrayContaining([COUNCIL, MAYOR]));
    expect(meetingChoices).toEqual(expect.arrayContaining([COUNCIL, MAYOR]));
    // A board with neither would narrow either list to nothing.
    expect(measureChoices).not.toContain("body-browse-quiet");
    expect(meetingChoices).not.toContain("body-browse-quiet");
  });

  it("leaves records gone upstream out of every list and count", async () => {
    await repositories.upstreamRemovals.markGone(
      [
        { recordType: "measure", recordId: "measure-browse-water", key: "other:browse:1" },
        { recordType: "meeting", recordId: "meeting-browse-next", key: "other:browse:2" },
        { recordType: "person", recordId: "person-eric-garcetti", key: "other:browse:3" },
      ],
      gone,
    );
    const measures = await repositories.measureListPage(latest(), { offset: 0, limit: 50 });
    expect(measures.measures.map((row) => row.id)).not.toContain("measure-browse-water");
    expect(measures.total).toBe(seededMeasures + 2);
    expect((await repositories.measureListPage(latest({ kind: "resolution" }), { offset: 0, limit: 5 })).total).toBe(0);
    const meetings = await repositories.meetingListPage({ when: "upcoming", body: COUNCIL }, NOW, {
      offset: 0,
      limit: 5,
    });
    expect(meetings).toMatchObject({ total: 1, meetings: [{ id: "meeting-browse-later" }] });
    const council = (await repositories.bodyList(TODAY, NOW)).find((row) => row.body.id === COUNCIL);
    expect(council?.nextMeeting?.id).toBe("meeting-browse-later");
    const past = await repositories.pastOfficialsPage(TODAY, { offset: 0, limit: 50 });
    expect(past.people.map((person) => person.id)).not.toContain("person-eric-garcetti");
  });
});
