import { legistarId } from "@legible/core";
import {
  createRepositories,
  DuplicateRecordError,
  InvalidRecordError,
  RecordNotFoundError,
  type Repositories,
  readAllRecords,
} from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  GENERATED,
  generateLegistarData,
  type LegistarRow,
  type LegistarServer,
  legistarTimeAt,
  startLegistarServer,
} from "../test-support/legistar-server";
import { LegistarClient } from "./client";
import { type LegistarSyncReport, syncLegistar } from "./sync";

// Identity, staff edits and the review queue, over real HTTP to the Legistar-shaped server and
// real databases. The tests build on each other: one database and one server per provider.
// The server caps every list at PAGE rows, nested ones too (a roll call stays whole).
const MATTERS = 12;
const PAGE = 10;
const settings = { timeZone: "America/Chicago" };
const staff = { id: "staff-1", name: "Sam Staff" };

function changes(report: LegistarSyncReport): number {
  return Object.values(report.kinds).reduce((n, c) => n + c.created + c.updated, 0);
}

describe.each(testProviders())("Legistar sync with staff edits and review, on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let server: LegistarServer;
  let clock = 9000;
  const id = (kind: string, n: number) => legistarId("testville", kind, n);
  const council = id("body", GENERATED.council);

  const sync = (repos: Repositories = repositories) =>
    syncLegistar({
      repositories: repos,
      client: new LegistarClient({
        client: "testville",
        baseUrl: server.baseUrl,
        requestsPerSecond: 1000,
        backoffMs: 20,
        timeoutMs: 5_000,
      }),
      settings,
    });

  /** Changes a matter upstream, as a clerk's edit would: a new value and a new last-modified time. */
  const changeMatter = (matterId: number, fields: LegistarRow) => {
    const matter = server.data.matters.find((m) => m.MatterId === matterId);
    if (!matter) throw new Error(`no matter ${matterId}`);
    Object.assign(matter, fields, { MatterLastModifiedUtc: legistarTimeAt(clock++) });
  };

  /** A person upstream with one council term, who voted on `eventItemId`. */
  const addUpstreamPerson = (personId: number, first: string, last: string, eventItemId: number) => {
    const at = legistarTimeAt(clock++);
    server.data.persons.push({
      PersonId: personId,
      PersonFullName: `${first} ${last}`,
      PersonFirstName: first,
      PersonLastName: last,
      PersonActiveFlag: 1,
      PersonLastModifiedUtc: at,
    });
    server.data.officerecords.push({
      OfficeRecordId: 900 + personId,
      OfficeRecordPersonId: personId,
      OfficeRecordBodyId: GENERATED.council,
      OfficeRecordTitle: "Alderperson",
      OfficeRecordStartDate: "2023-05-15T00:00:00",
      OfficeRecordEndDate: null,
      OfficeRecordMemberType: "Voting Member",
      OfficeRecordLastModifiedUtc: at,
    });
    const votes = server.data.votes.get(eventItemId) ?? [];
    votes.push({
      VoteId: eventItemId * 100 + personId,
      VotePersonId: personId,
      VotePersonName: `${first} ${last}`,
      VoteValueName: "Yea",
      VoteEventItemId: eventItemId,
      VoteLastModifiedUtc: at,
    });
    server.data.votes.set(eventItemId, votes);
    const matterId = 1000 + Math.floor((eventItemId - 5000) / 10);
    changeMatter(matterId, {});
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    server = await startLegistarServer({
      data: generateLegistarData({ seed: 11, matters: MATTERS, events: 2 }),
      pageCap: PAGE,
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  afterEach(() => server.clearFaults());

  it("gives every synced record its Legistar id and where it was read, and remembers what it wrote", async () => {
    const report = await sync();
    expect(report.error).toBeUndefined();
    expect(report.kinds.people.created).toBe(9);
    const person = await repositories.people.get(id("person", GENERATED.members[0]));
    expect(person?.identifiers).toEqual([
      { scheme: "legistar", scope: "testville", identifier: String(GENERATED.members[0]) },
    ]);
    expect(person?.provenance).toEqual({
      connector: "legistar",
      upstreamUrl: `${server.baseUrl}/testville/persons/${GENERATED.members[0]}`,
      fetchedAt: expect.any(String),
    });
    const vote = await repositories.voteEvents.get(id("vote", 5003));
    expect(vote?.identifiers).toEqual([{ scheme: "legistar", scope: "testville", identifier: "5003" }]);
    expect(vote?.provenance?.upstreamUrl).toBe(`${server.baseUrl}/testville/matters/1000/histories/5003`);
    for (const [type, recordId] of [
      ["body", council],
      ["measure", id("matter", 1000)],
      ["meeting", id("event", 700)],
    ] as const) {
      expect(await repositories.identity.find(type, `legistar:testville:${recordId.split(":").pop()}`)).toEqual([
        recordId,
      ]);
    }
    const snapshot = await repositories.upstream.get("measure", id("matter", 1000));
    expect(snapshot?.values.title).toBe(server.data.matters[0]?.MatterTitle);
    expect(await repositories.review.countOpen()).toBe(0);
  });

  it("changes nothing on a second run, not even when it read the records", async () => {
    const before = await repositories.people.get(id("person", GENERATED.members[0]));
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(changes(report)).toBe(0);
    expect(report.kinds.voteEvents.unchanged).toBe(MATTERS * 2);
    const after = await repositories.people.get(id("person", GENERATED.members[0]));
    expect(after?.version).toBe(before?.version);
    expect(after?.provenance?.fetchedAt).toBe(before?.provenance?.fetchedAt);
  });

  it("keeps a staff edit when upstream changes the same field, and asks in the review queue", async () => {
    const measureId = id("matter", 1001);
    const stored = await repositories.measures.get(measureId);
    if (!stored) throw new Error("measure missing");
    await repositories.measures.update({ ...stored, title: "Staff's clearer title" }, staff);

    // Upstream unchanged: the staff title simply stays.
    expect(changes(await sync())).toBe(0);
    expect((await repositories.measures.get(measureId))?.title).toBe("Staff's clearer title");
    expect(await repositories.review.countOpen()).toBe(0);

    changeMatter(1001, { MatterTitle: "An ordinance about item 2, as amended", MatterName: "Matter 2 (amended)" });
    const report = await sync();
    expect(report.ok).toBe(true);
    expect((await repositories.measures.get(measureId))?.title).toBe("Staff's clearer title");
    const { items, total } = await repositories.review.list({ status: "open", skip: 0, take: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      kind: "upstream-change",
      status: "open",
      recordType: "measure",
      recordId: measureId,
      recordName: "O2024-0002: Staff's clearer title",
      field: "title",
      currentValue: "Staff's clearer title",
      incomingValue: "An ordinance about item 2, as amended",
      reason: expect.stringContaining("Staff changed the title"),
    });

    // Another run keeps one open item for the record and field, not a second.
    await sync();
    expect(await repositories.review.countOpen()).toBe(1);

    // Taking upstream's value writes it as a new version, audited under the staff member.
    const itemId = items[0]?.id ?? "";
    await expect(repositories.review.resolve(itemId, "same-person", staff)).rejects.toThrow(InvalidRecordError);
    const resolved = await repositories.review.resolve(itemId, "take-upstream", staff);
    expect(resolved).toMatchObject({ status: "resolved", resolution: "take-upstream", resolvedBy: staff.name });
    const taken = await repositories.measures.get(measureId);
    expect(taken?.title).toBe("An ordinance about item 2, as amended");
    expect(taken?.version).toBe((stored.version ?? 0) + 2);
    await expect(repositories.review.resolve(itemId, "keep-staff", staff)).rejects.toThrow(DuplicateRecordError);
    await expect(repositories.review.resolve("no-such-item", "keep-staff", staff)).rejects.toThrow(RecordNotFoundError);

    // The record now holds upstream's value again: the next run finds nothing to do or ask.
    expect(changes(await sync())).toBe(0);
    expect(await repositories.review.countOpen()).toBe(0);
  });

  it("keeps the staff value for good when staff choose it, until upstream changes it again", async () => {
    const measureId = id("matter", 1002);
    const stored = await repositories.measures.get(measureId);
    if (!stored) throw new Error("measure missing");
    await repositories.measures.update({ ...stored, title: "Staff title for item 3" }, staff);
    changeMatter(1002, { MatterTitle: "Item 3, retitled upstream" });
    await sync();
    const [item] = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    expect(item).toMatchObject({ recordId: measureId, field: "title", incomingValue: "Item 3, retitled upstream" });
    await repositories.review.resolve(item?.id ?? "", "keep-staff", staff);

    const again = await sync();
    expect(changes(again)).toBe(0);
    expect(await repositories.review.countOpen()).toBe(0);
    expect((await repositories.measures.get(measureId))?.title).toBe("Staff title for item 3");
    expect((await repositories.review.list({ status: "resolved", skip: 0, take: 10 })).total).toBe(2);

    changeMatter(1002, { MatterTitle: "Item 3, retitled twice" });
    await sync();
    const open = await repositories.review.list({ status: "open", skip: 0, take: 10 });
    expect(open.items.map((i) => [i.recordId, i.currentValue, i.incomingValue])).toEqual([
      [measureId, "Staff title for item 3", "Item 3, retitled twice"],
    ]);
    await repositories.review.resolve(open.items[0]?.id ?? "", "keep-staff", staff);
  });

  it("lets upstream change a record the sync wrote before it kept snapshots", async () => {
    const measureId = id("matter", 1003);
    await database.prisma.upstreamSnapshot.deleteMany({ where: { recordType: "measure", recordId: measureId } });
    changeMatter(1003, { MatterTitle: "Item 4, retitled upstream" });
    const report = await sync();
    expect(report.kinds.measures.updated).toBe(1);
    expect((await repositories.measures.get(measureId))?.title).toBe("Item 4, retitled upstream");
    expect(await repositories.review.countOpen()).toBe(0);
    expect((await repositories.upstream.get("measure", measureId))?.values.title).toBe("Item 4, retitled upstream");
  });

  it("links a person typed by staff who held the same seat, instead of adding them again", async () => {
    await repositories.people.create({ id: "person-zed-quill", name: "Zed Quill", sourceIds: [] }, staff);
    await repositories.memberships.create(
      {
        id: "term-zed-quill",
        personId: "person-zed-quill",
        bodyId: council,
        startDate: "2023-05-15",
        endDate: null,
        sourceIds: [],
      },
      staff,
    );
    addUpstreamPerson(120, "Zed", "Quill", 5003);
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(report.kinds.people).toMatchObject({ created: 0, updated: 1 });
    expect(await repositories.people.get(id("person", 120))).toBeNull();
    const zed = await repositories.people.get("person-zed-quill");
    expect(zed?.identifiers).toEqual([{ scheme: "legistar", scope: "testville", identifier: "120" }]);
    expect(zed).toMatchObject({ givenName: "Zed", familyName: "Quill" });
    // Their term is the staff's, filled in, not a second one; their vote names them.
    const terms = (await readAllRecords(repositories.memberships)).filter((m) => m.personId === "person-zed-quill");
    expect(terms.map((t) => [t.id, t.role])).toEqual([["term-zed-quill", "Alderperson"]]);
    const vote = await repositories.voteEvents.get(id("vote", 5003));
    expect(vote?.rollCall?.find((e) => e.voterName === "Zed Quill")?.personId).toBe("person-zed-quill");
    expect(await repositories.review.countOpen()).toBe(0);
    expect(changes(await sync())).toBe(0);
  });

  it("holds a doubtful namesake for review, and links them once staff say it is the same person", async () => {
    // On record with the same name, but no term that shows the same seat.
    await repositories.people.create({ id: "person-yara-voss", name: "Yara Voss", sourceIds: [] }, staff);
    addUpstreamPerson(121, "Yara", "Voss", 5013);
    const report = await sync();
    expect(report.ok).toBe(true);
    expect(report.kinds.people.skipped).toBe(1);
    expect(report.skipped).toContainEqual({ kind: "people", count: 1, reason: expect.stringMatching(/review queue/) });
    expect(await repositories.people.get(id("person", 121))).toBeNull();
    const [item] = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    expect(item).toMatchObject({
      kind: "same-person",
      recordType: "person",
      recordId: "person-yara-voss",
      recordName: "Yara Voss",
      incoming: { id: id("person", 121), name: "Yara Voss" },
      reason: expect.stringContaining("same name"),
    });
    // Waiting: their vote keeps the name without a person; no term of theirs is written.
    const waiting = await repositories.voteEvents.get(id("vote", 5013));
    expect(waiting?.rollCall?.find((e) => e.voterName === "Yara Voss")).toEqual({
      voterName: "Yara Voss",
      option: "yes",
    });
    expect(await repositories.memberships.get(id("office-record", 1021))).toBeNull();
    await sync();
    expect(await repositories.review.countOpen()).toBe(1);

    await repositories.review.resolve(item?.id ?? "", "same-person", staff);
    const linked = await sync();
    expect(linked.ok).toBe(true);
    expect(await repositories.people.get(id("person", 121))).toBeNull();
    expect((await repositories.memberships.get(id("office-record", 1021)))?.personId).toBe("person-yara-voss");
    const vote = await repositories.voteEvents.get(id("vote", 5013));
    expect(vote?.rollCall?.find((e) => e.voterName === "Yara Voss")?.personId).toBe("person-yara-voss");
    expect(await repositories.review.countOpen()).toBe(0);
  });

  it("adds a doubtful namesake as a new person when staff say they are someone else", async () => {
    await repositories.people.create({ id: "person-xeno-park", name: "Xeno Park", sourceIds: [] }, staff);
    addUpstreamPerson(122, "Xeno", "Park", 5023);
    await sync();
    const [item] = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    expect(item).toMatchObject({ kind: "same-person", recordId: "person-xeno-park" });
    await repositories.review.resolve(item?.id ?? "", "different-person", staff);
    const created = await repositories.people.get(id("person", 122));
    expect(created?.identifiers).toEqual([{ scheme: "legistar", scope: "testville", identifier: "122" }]);
    await sync();
    expect((await repositories.memberships.get(id("office-record", 1022)))?.personId).toBe(id("person", 122));
    expect(await repositories.review.countOpen()).toBe(0);
  });

  it("resumes a run that failed on a later page without making anything twice", async () => {
    const fresh = await createTestDatabase(provider);
    try {
      const repos = createRepositories(fresh);
      // Matters come PAGE a page in last-modified order: a matter of the second page fails.
      const order = [...server.data.matters].sort((a, b) =>
        String(a.MatterLastModifiedUtc).localeCompare(String(b.MatterLastModifiedUtc)),
      );
      server.fault({ path: `matters/${order[PAGE]?.MatterId}/histories`, kind: "html" });
      const failed = await sync(repos);
      expect(failed.ok).toBe(false);
      expect(failed.kinds.measures.created).toBe(PAGE);
      const resumed = await syncLegistar({
        repositories: repos,
        client: new LegistarClient({
          client: "testville",
          baseUrl: server.baseUrl,
          requestsPerSecond: 1000,
          backoffMs: 20,
        }),
        settings,
        since: failed.resumeFrom,
      });
      expect(resumed.ok).toBe(true);
      const measures = await readAllRecords(repos.measures);
      expect(measures).toHaveLength(MATTERS);
      const people = await readAllRecords(repos.people);
      expect(people).toHaveLength(server.data.persons.length);
      for (const person of people) {
        const key = `legistar:testville:${person.identifiers?.[0]?.identifier}`;
        expect(await repos.identity.find("person", key)).toEqual([person.id]);
      }
      expect(await repos.review.countOpen()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});
