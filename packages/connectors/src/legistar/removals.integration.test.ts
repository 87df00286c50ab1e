import { legistarId } from "@legible/core";
import { createRepositories, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  generateLegistarData,
  type LegistarRow,
  type LegistarServer,
  startLegistarServer,
} from "../test-support/legistar-server";
import { LegistarClient } from "./client";
import { type LegistarSyncReport, syncLegistar } from "./sync";

// Deletions in Legistar, over real HTTP against the Legistar-shaped server, on both databases:
// a matter and a person dropped upstream are unpublished and reviewed, a staff "keep it public"
// holds on later runs, a person restored upstream is republished, and listings that look wrong
// unpublish nothing.
const settings = { timeZone: "America/Chicago" };
const CLIENT = "testville";
const PERSON = 109;

describe.each(testProviders())("following Legistar deletions in %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let server: LegistarServer;
  let resumeFrom: LegistarSyncReport["resumeFrom"] | undefined;
  let droppedMatter: LegistarRow;
  let droppedPerson: LegistarRow;
  const id = (kind: string, n: number) => legistarId(CLIENT, kind, n);
  const matterNumber = () => droppedMatter.MatterId as number;

  const sync = async () => {
    const report = await syncLegistar({
      repositories,
      client: new LegistarClient({ client: CLIENT, baseUrl: server.baseUrl, requestsPerSecond: 1000, backoffMs: 5 }),
      settings,
      ...(resumeFrom ? { since: resumeFrom } : {}),
    });
    resumeFrom = report.resumeFrom;
    return report;
  };
  const openRemovals = async () =>
    (await repositories.review.list({ status: "open", skip: 0, take: 50 })).items.filter(
      (item) => item.kind === "upstream-removed",
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    server = await startLegistarServer({
      client: CLIENT,
      data: generateLegistarData({ seed: 11, matters: 6, events: 2 }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  afterEach(() => server.clearFaults());

  it("compares every kept list on a full sync and finds nothing removed", async () => {
    const report = await sync();
    expect(report.error).toBeUndefined();
    expect(report.removals.removed).toEqual([]);
    expect(report.removals.checked.map((c) => [c.list, c.upstream, c.held])).toEqual([
      ["bodies", 4, 4],
      ["persons", 9, 9],
      ["matters", 6, 6],
      ["events", 2, 2],
    ]);
    // The id listings ask for the ids alone.
    expect(server.requests.some((r) => r.path === "matters" && r.query.$select === "MatterId")).toBe(true);
  });

  it("reports a matter and a person dropped upstream, unpublishes them and opens a review item each", async () => {
    droppedMatter = server.data.matters.splice(2, 1)[0] as LegistarRow;
    const index = server.data.persons.findIndex((p) => p.PersonId === PERSON);
    droppedPerson = server.data.persons.splice(index, 1)[0] as LegistarRow;
    const measureId = id("matter", matterNumber());
    const personId = id("person", PERSON);
    expect(await repositories.measureRecords(measureId)).not.toBeNull();
    expect((await repositories.search(String(droppedMatter.MatterTitle))).map((h) => h.recordId)).toContain(measureId);

    const report = await sync();
    expect(report.ok).toBe(true);
    expect(report.removals.removed.map((r) => [r.recordType, r.recordId])).toEqual([
      ["person", personId],
      ["measure", measureId],
    ]);
    expect(report.removals.removed[0]?.name).toBe(droppedPerson.PersonFullName);

    // Gone from every public read: the page, search, the sitemap.
    expect(await repositories.measureRecords(measureId)).toBeNull();
    expect(await repositories.personRecords(personId, { votes: 5, statements: 5 })).toBeNull();
    expect((await repositories.search(String(droppedMatter.MatterTitle))).map((h) => h.recordId)).not.toContain(
      measureId,
    );
    expect((await repositories.search(String(droppedPerson.PersonLastName))).map((h) => h.recordId)).not.toContain(
      personId,
    );
    const sitemap = await repositories.siteMapEntries();
    expect(sitemap.measures.map((m) => m.id)).not.toContain(measureId);
    expect(sitemap.people.map((p) => p.id)).not.toContain(personId);
    expect((await repositories.sitePublicDataset()).measures.map((m) => m.id)).not.toContain(measureId);

    // Kept for staff, marked, and waiting for a decision.
    expect(await repositories.measures.get(measureId)).not.toBeNull();
    expect(await repositories.upstreamRemovals.stateOf("measure", measureId)).toMatchObject({
      key: `legistar:${CLIENT}:${matterNumber()}`,
    });
    const items = await openRemovals();
    expect(items.map((i) => [i.recordType, i.recordId]).sort()).toEqual([
      ["measure", measureId],
      ["person", personId],
    ]);
    expect(items[0]?.reason).toMatch(/Legistar \(testville\) no longer lists this record/);

    // A second run finds them gone already: no new report line, no second item.
    const again = await sync();
    expect(again.removals.removed).toEqual([]);
    expect(await openRemovals()).toHaveLength(2);
  });

  it("keeps a matter public when staff say so, and later runs respect that", async () => {
    const measureId = id("matter", matterNumber());
    const item = (await openRemovals()).find((i) => i.recordId === measureId);
    if (!item) throw new Error("no review item for the dropped matter");
    await repositories.review.resolve(item.id, "keep-public", { name: "Rita Reviewer" });
    expect(await repositories.measureRecords(measureId)).not.toBeNull();

    const report = await sync();
    expect(report.removals.removed).toEqual([]);
    expect(await repositories.measureRecords(measureId)).not.toBeNull();
    expect((await openRemovals()).map((i) => i.recordType)).toEqual(["person"]);
  });

  it("republishes a person restored upstream and says so", async () => {
    const personId = id("person", PERSON);
    server.data.persons.push(droppedPerson);
    const report = await sync();
    expect(report.removals.restored.map((r) => [r.recordType, r.recordId])).toEqual([["person", personId]]);
    expect(await repositories.personRecords(personId, { votes: 5, statements: 5 })).not.toBeNull();
    expect(await openRemovals()).toEqual([]);
    const decided = (await repositories.review.list({ status: "resolved", skip: 0, take: 50 })).items;
    expect(decided.find((i) => i.recordId === personId)?.resolution).toBe("back-upstream");
  });

  it("unpublishes nothing when a listing answers with no rows, and names the list", async () => {
    const before = server.data.matters.length;
    server.fault({ path: "matters", kind: "empty", when: (q) => q.$select === "MatterId" });
    const report = await sync();
    expect(server.data.matters).toHaveLength(before);
    expect(report.ok).toBe(true);
    expect(report.removals.removed).toEqual([]);
    expect(report.removals.skipped).toEqual([
      expect.objectContaining({
        list: "matters",
        reason: expect.stringMatching(/listed no matters while Legible holds/),
      }),
    ]);
    const measureIds = server.data.matters.map((m) => id("matter", m.MatterId as number));
    for (const measureId of measureIds) expect(await repositories.measureRecords(measureId)).not.toBeNull();
  });

  it("unpublishes nothing when a listing fails, and the report names the request and the reason", async () => {
    const next = server.data.matters.splice(0, 1)[0] as LegistarRow;
    server.fault({ path: "matters", kind: "500", times: 10, when: (q) => q.$select === "MatterId" });
    const report = await sync();
    expect(report.ok).toBe(false);
    expect(report.error?.request).toMatch(/^GET .*\/matters\?.*\$select=MatterId/);
    expect(report.removals.skipped[0]).toMatchObject({ list: "matters", reason: expect.stringMatching(/HTTP 500/) });
    expect(await repositories.measureRecords(id("matter", next.MatterId as number))).not.toBeNull();
    server.data.matters.unshift(next);
  });
});
