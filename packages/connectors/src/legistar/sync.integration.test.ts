import { legistarId } from "@legible/core";
import { createRepositories, RECORD_COLLECTIONS, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  GENERATED,
  generateLegistarData,
  type LegistarServer,
  legistarTimeAt,
  startLegistarServer,
} from "../test-support/legistar-server";
import { LegistarClient } from "./client";
import { type LegistarSyncReport, syncLegistar } from "./sync";

// Real HTTP against the Legistar-shaped server, real databases. 45 matters in pages of 20 (the
// server's cap; the client still asks for 1000), 3 council meetings.
const MATTERS = 45;
const settings = { timeZone: "America/Chicago" };
const storesMeetings = (RECORD_COLLECTIONS as readonly string[]).includes("meetings");

function totals(report: LegistarSyncReport) {
  return Object.fromEntries(
    Object.entries(report.kinds)
      .filter(([, c]) => c.created + c.updated + c.unchanged + c.skipped > 0)
      .map(([kind, c]) => [kind, [c.created, c.updated, c.unchanged]]),
  );
}

describe.each(testProviders())("syncing from Legistar into %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let server: LegistarServer;
  let first: LegistarSyncReport;
  const id = (kind: string, n: number) => legistarId("testville", kind, n);

  const client = (options: { timeoutMs?: number } = {}) =>
    new LegistarClient({
      client: "testville",
      baseUrl: server.baseUrl,
      requestsPerSecond: 1000,
      backoffMs: 20,
      timeoutMs: options.timeoutMs ?? 5_000,
    });
  const sync = (repos: Repositories, since?: LegistarSyncReport["resumeFrom"], options = {}) =>
    syncLegistar({ repositories: repos, client: client(options), settings, ...(since ? { since } : {}) });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    server = await startLegistarServer({
      data: generateLegistarData({ seed: 7, matters: MATTERS, events: 3 }),
      pageCap: 20,
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });
  afterEach(() => {
    server.clearFaults();
    server.requests.length = 0;
  });

  it("syncs everything, paging matters across three pages", async () => {
    first = await sync(repositories);
    expect(first.error).toBeUndefined();
    expect(first.ok).toBe(true);
    expect(totals(first)).toMatchObject({
      bodies: [4, 0, 0],
      people: [9, 0, 0],
      memberships: [18, 0, 0],
      measures: [MATTERS, 0, 0],
      actions: [MATTERS * 4, 0, 0],
      voteEvents: [MATTERS * 2, 0, 0],
    });
    expect(first.quarantined).toEqual([]);
    expect(server.requests.filter((r) => r.path === "matters" && !r.query.$select).map((r) => r.query.$skip)).toEqual([
      "0",
      "20",
      "40",
    ]);
    expect(first.requests).toBe(server.requests.length);
    if (storesMeetings) expect(first.kinds.meetings.created).toBe(3);
    else
      expect(first.skipped).toEqual([
        { kind: "meetings", count: 3, reason: expect.stringMatching(/cannot store meetings/) },
      ]);
    expect(first.resumeFrom.matters).toBe(legistarTimeAt(100 + MATTERS - 1));

    const vote = await repositories.voteEvents.get(id("vote", 5003));
    const upstream = server.data.votes.get(5003) ?? [];
    expect(vote).toMatchObject({
      bodyId: id("body", GENERATED.council),
      measureId: id("matter", 1000),
      actionId: id("history", 5003),
      motionClassification: ["passage"],
    });
    expect(vote?.rollCall).toHaveLength(9);
    expect(vote?.rollCall?.[0]).toEqual({
      voterName: upstream[0]?.VotePersonName,
      personId: id("person", GENERATED.members[0]),
      option: ({ Yea: "yes", Nay: "no", Absent: "absent", Abstain: "abstain" } as Record<string, string>)[
        String(upstream[0]?.VoteValueName)
      ],
    });
    const committeeVote = await repositories.voteEvents.get(id("vote", 5002));
    expect(committeeVote).toMatchObject({ counts: { yes: 3, no: 0 }, rollCall: null, result: "pass" });
    const measure = await repositories.measures.get(id("matter", 1000));
    expect(measure?.sponsors[0]).toMatchObject({ primary: true, personId: expect.stringMatching(/:person:1\d\d$/) });
  });

  it("changes nothing on a second full run", async () => {
    const again = await sync(repositories);
    expect(again.ok).toBe(true);
    for (const [kind, counts] of Object.entries(again.kinds)) {
      expect([kind, counts.created, counts.updated]).toEqual([kind, 0, 0]);
    }
    expect(again.kinds.voteEvents.unchanged).toBe(MATTERS * 2);
  });

  it("updates exactly the one vote changed upstream on an incremental run", async () => {
    const before = await repositories.voteEvents.get(id("vote", 5013));
    const member = GENERATED.members[3];
    const was = server.data.votes.get(5013)?.find((v) => v.VotePersonId === member)?.VoteValueName;
    const now = was === "Nay" ? "Yea" : "Nay";
    server.changeVote(5013, member, now, "2024-06-01T12:00:00");
    const report = await sync(repositories, first.resumeFrom);
    expect(report.ok).toBe(true);
    // Only the changed matter is read again (and the last one, whose time is the resume point).
    expect(server.requests.filter((r) => /^matters\/\d+\/histories$/.test(r.path)).length).toBeLessThanOrEqual(2);
    const changed = Object.values(report.kinds).reduce((n, c) => n + c.created + c.updated, 0);
    expect(changed).toBe(1);
    expect(report.kinds.voteEvents.updated).toBe(1);
    const after = await repositories.voteEvents.get(id("vote", 5013));
    expect(after?.rollCall?.[3]?.option).toBe(now === "Nay" ? "no" : "yes");
    expect(after?.rollCall?.filter((e, i) => e.option !== before?.rollCall?.[i]?.option)).toHaveLength(1);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect(report.resumeFrom.matters).toBe("2024-06-01T12:00:00");
  });

  it("quarantines an unknown vote value and imports the rest", async () => {
    server.changeVote(5023, GENERATED.members[1], "Paired", "2024-06-02T12:00:00");
    const report = await sync(repositories, first.resumeFrom);
    expect(report.ok).toBe(true);
    expect(report.quarantined).toEqual([
      {
        place: "eventitems/5023/votes.1.VoteValueName",
        value: "Paired",
        reason: expect.stringContaining("is not a vote value Legible knows"),
      },
    ]);
    const vote = await repositories.voteEvents.get(id("vote", 5023));
    expect(vote?.rollCall).toHaveLength(8);
    expect(vote?.rollCall?.some((e) => e.personId === id("person", GENERATED.members[1]))).toBe(false);
    // Without a whole roll call, the counts are the tally's: yes and no, the rest unknown.
    expect(Object.keys(vote?.counts ?? {}).sort()).toEqual(["no", "yes"]);
  });

  it("recovers from 429, 500 and a hang by retrying", async () => {
    server.fault({ path: "matters", kind: "429", retryAfterSeconds: 1 });
    server.fault({ path: "matters/1002/histories", kind: "500", times: 2 });
    server.fault({ path: "eventitems/5013/votes", kind: "hang" });
    const report = await sync(repositories, undefined, { timeoutMs: 500 });
    expect(report.error).toBeUndefined();
    expect(report.retries).toBe(4);
    expect(Object.values(report.kinds).reduce((n, c) => n + c.created + c.updated, 0)).toBe(0);
  });

  it("fails on HTML instead of JSON, naming the request, with whole batches written and a resume point", async () => {
    const fresh = await createTestDatabase(provider);
    try {
      const repos = createRepositories(fresh);
      server.fault({ path: "matters/1025/histories", kind: "html" });
      const failed = await sync(repos);
      expect(failed.ok).toBe(false);
      expect(failed.error?.request).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v1\/testville\/matters\/1025\/histories$/);
      expect(failed.error?.reason).toMatch(/^the answer is not JSON \(text\/html\)/);
      // The first page of matters (in last-modified order) is written whole; nothing of the second,
      // not even the matters read before the failing one.
      const order = [...server.data.matters].sort((a, b) =>
        String(a.MatterLastModifiedUtc).localeCompare(String(b.MatterLastModifiedUtc)),
      );
      const firstPage = order.slice(0, 20).map((m) => id("matter", Number(m.MatterId)));
      expect(failed.kinds.measures.created).toBe(20);
      expect((await readAllRecords(repos.measures)).map((m) => m.id).sort()).toEqual([...firstPage].sort());
      expect(order.slice(20, 25).map((m) => m.MatterId)).toContain(1025);
      expect(await repos.actions.get(id("history", 5250))).toBeNull();
      expect(failed.resumeFrom.matters).toBe(order[19]?.MatterLastModifiedUtc);
      expect(failed.resumeFrom.events).toBeNull();

      const resumed = await sync(repos, failed.resumeFrom);
      expect(resumed.ok).toBe(true);
      expect(resumed.kinds.measures.created).toBe(MATTERS - 20);
      expect(resumed.kinds.people).toMatchObject({ created: 0, updated: 0 });
    } finally {
      await fresh.drop();
    }
  });

  it("writes a page in parts, each whole, moving the resume point after each", async () => {
    const fresh = await createTestDatabase(provider);
    try {
      const repos = createRepositories(fresh);
      server.fault({ path: "matters/1025/histories", kind: "html" });
      const rowsPerBatch = 3;
      const failed = await syncLegistar({ repositories: repos, client: client(), settings, rowsPerBatch });
      expect(failed.ok).toBe(false);
      const order = [...server.data.matters].sort((a, b) =>
        String(a.MatterLastModifiedUtc).localeCompare(String(b.MatterLastModifiedUtc)),
      );
      // Pages hold 20 matters, split in parts of 3: the parts before the one holding matter 1025
      // are written whole, nothing of that part.
      const failing = order.findIndex((m) => m.MatterId === 1025);
      expect(failing).toBeGreaterThanOrEqual(20);
      const written = 20 + Math.floor((failing - 20) / rowsPerBatch) * rowsPerBatch;
      expect(failed.kinds.measures.created).toBe(written);
      expect((await readAllRecords(repos.measures)).map((m) => m.id).sort()).toEqual(
        order
          .slice(0, written)
          .map((m) => id("matter", Number(m.MatterId)))
          .sort(),
      );
      expect(failed.resumeFrom.matters).toBe(order[written - 1]?.MatterLastModifiedUtc);

      const resumed = await syncLegistar({
        repositories: repos,
        client: client(),
        settings,
        rowsPerBatch,
        since: failed.resumeFrom,
      });
      expect(resumed.ok).toBe(true);
      expect(resumed.kinds.measures.created).toBe(MATTERS - written);
    } finally {
      await fresh.drop();
    }
  });
});
