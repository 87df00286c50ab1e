import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, openExplainer, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { adminRouter } from "../routers/admin/index";
import { publicRouter } from "../routers/public/index";
import { createCallerFactory } from "../trpc";
import { ACCEPTED_SCANS } from "./accepted-scans";
import { describeFullScan, type FullScan, findFullScan, isAccepted, LARGE_TABLES } from "./full-scans";
import { type HotCall, publicCalls, staffReadCalls, staffSaveCalls } from "./hot-procedures";
import { addPlanFixture } from "./plan-fixture";
import { QueryRecorder, type RecordedStatement } from "./query-recorder";

// Issue 8: every hot query's plan is checked. The SQL is not listed here: it is recorded from
// Prisma while the procedures run, so a query added to any of them is checked without a change
// to this file.

type Procedures = Record<string, { _def: { type: string } }>;
const proceduresOf = (router: { _def: { procedures: unknown } }) => router._def.procedures as Procedures;

/** Procedures this test does not call, and why. Every other procedure of both routers must be called. */
const NOT_CALLED: Record<string, string> = {
  "admin.users.list": "staff accounts live in Better Auth's tables, a few rows per newsroom",
  "admin.review.get": "one review item by its primary key; the fixture has none to read",
  "admin.syncs.get":
    "one sync by its primary key and its latest runs off (sourceId, createdAt); the fixture has no sync",
  "admin.syncs.run": "one run by its primary key; the fixture has no sync",
  "admin.transfer.job": "one import job by its primary key; the fixture has none",
  "public.alerts.manage":
    "a link's subscription by its primary key, then its address's few subscriptions off the (email, scope, target) unique index; the fixture's context has no alerts",
  "public.alerts.export": "the same reads as alerts.manage, and the address's row by its primary key",
};

function resolve(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  return path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
}

describe.each(testProviders())("query plans of the hot procedures on %s", (provider) => {
  const recorder = new QueryRecorder();
  let database: TestDatabase;
  let repositories: Repositories;
  let statements: RecordedStatement[] = [];
  const called = new Set<string>();

  beforeAll(async () => {
    database = await createTestDatabase(provider, { onQuery: recorder.listener });
    repositories = createRepositories(database);
    await seedDatabase(database);
    await addPlanFixture(repositories);
    const callers = {
      public: createCallerFactory(publicRouter)(createContext({ repositories })),
      admin: createCallerFactory(adminRouter)(
        createContext({
          repositories,
          staff: { userId: "user-plans", name: "Plan Checker", email: "plans@example.org", role: "admin" },
        }),
      ),
    };
    const run = async (calls: HotCall[]) => {
      for (const hot of calls) {
        called.add(`${hot.router}.${hot.path}`);
        await recorder.during(hot.name, () => resolve(callers[hot.router], hot.path)(hot.input));
      }
    };
    await run(publicCalls());
    await run(await staffReadCalls(repositories));
    await run(await staffSaveCalls(repositories));
    statements = recorder.recorded();
  });
  afterAll(() => database?.drop());

  it("calls every query procedure of both routers, and the saves staff make most", () => {
    const queries = [
      ...Object.entries(proceduresOf(publicRouter)).map(([path, procedure]) => [`public.${path}`, procedure] as const),
      ...Object.entries(proceduresOf(adminRouter)).map(([path, procedure]) => [`admin.${path}`, procedure] as const),
    ]
      .filter(([, procedure]) => procedure._def.type === "query")
      .map(([path]) => path);
    expect(queries.filter((path) => !called.has(path) && !(path in NOT_CALLED))).toEqual([]);
    expect([...called]).toEqual(
      expect.arrayContaining(["admin.measures.update", "admin.voteEvents.update", "admin.explainers.update"]),
    );
  });

  it("notices a full scan, and a walk of a whole index, when it sees one", async () => {
    const explainer = await openExplainer(database.config);
    const check = async (sql: string) =>
      findFullScan({ sql, params: [], procedures: ["self-check"] }, await explainer.explain(sql, []));
    try {
      const unindexed = await check(`SELECT "position" FROM "PersonVote" WHERE "voterName" = 'Council Member 1'`);
      expect(unindexed?.reads).toEqual([{ table: "PersonVote", access: "full-scan", bounded: false }]);
      const wholeIndex = await check(`SELECT "id" FROM "AuditEntry" ORDER BY "at"`);
      expect(wholeIndex?.reads).toEqual([{ table: "AuditEntry", access: "index-scan", bounded: false }]);
      expect(await check(`SELECT "position" FROM "PersonVote" WHERE "personId" = 'person-council-member-1'`)).toBe(
        null,
      );
    } finally {
      await explainer.close();
    }
  });

  it("reads no large table whole, outside the listed exceptions", async () => {
    expect(statements.length).toBeGreaterThan(50);
    const explainer = await openExplainer(database.config);
    const fullScans: FullScan[] = [];
    let accepted = 0;
    const tablesRead = new Set<string>();
    try {
      for (const statement of statements) {
        const plan = await explainer.explain(statement.sql, statement.params);
        for (const read of plan.reads) tablesRead.add(read.table);
        const scan = findFullScan(statement, plan);
        if (scan && isAccepted(statement, ACCEPTED_SCANS)) accepted += 1;
        else if (scan) fullScans.push(scan);
      }
    } finally {
      await explainer.close();
    }
    console.info(
      `query plans on ${provider}: ${statements.length} distinct statements checked, ` +
        `${accepted} of them whole reads listed in ACCEPTED_SCANS`,
    );
    // Every large table is named by some plan: proof that plans are read right (a table name the
    // parser missed would pass every check silently).
    expect([...LARGE_TABLES].filter((table) => !tablesRead.has(table))).toEqual([]);
    expect(fullScans.map(describeFullScan).join("\n\n")).toBe("");
  });
});
