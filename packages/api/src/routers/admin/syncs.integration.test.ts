import { createSyncScheduler, setSyncScheduler } from "@legible/connectors";
import { createRepositories, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);

// SQLite only: the router's rules (roles, settings, tokens, "Run now") do not depend on the
// database; the queue on PostgreSQL is tested in @legible/connectors.
describe("the syncs router", () => {
  let database: TestDatabase;
  let repositories: Repositories;
  const as = (role: StaffRole) =>
    callerOf(
      createContext({
        repositories,
        staff: { userId: `user-${role}`, name: `Ana ${role}`, email: `${role}@example.org`, role },
      }),
    );
  const input = {
    name: "Testville council",
    connector: "legistar" as const,
    settings: { client: "testville", apiBase: "https://example.org/v1", timeZone: "America/Chicago", token: "s3cret" },
    schedule: "0 2 * * *",
  };

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    repositories = createRepositories(database);
  });
  afterAll(async () => {
    setSyncScheduler(null);
    await database.drop();
  });

  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "ok",
      (error) => (error instanceof TRPCError ? error.code : String(error)),
    );

  it("lets admins add syncs, with settings checked and the token never sent back", async () => {
    expect(await code(as("editor").syncs.create(input))).toBe("FORBIDDEN");
    expect(
      await code(as("admin").syncs.create({ ...input, settings: { ...input.settings, timeZone: "Nowhere" } })),
    ).toBe("BAD_REQUEST");
    const saved = await as("admin").syncs.create(input);
    expect(saved).toMatchObject({
      id: "testville-council",
      hasToken: true,
      scheduleText: "Every night at 2:00 (America/Chicago)",
    });
    expect(saved.settings).not.toHaveProperty("token");
    expect(saved.nextRunAt).toMatch(/T08:00:00\.000Z$/);
    expect(JSON.stringify(await as("editor").syncs.list())).not.toContain("s3cret");
    expect(await code(as("reviewer").syncs.list())).toBe("ok");
    expect(await code(as("reviewer").syncs.update({ id: "testville-council", version: 1, sync: input }))).toBe(
      "FORBIDDEN",
    );
  });

  it("keeps the stored token when an edit leaves it blank, and refuses a stale version", async () => {
    const { token: _token, ...settings } = input.settings;
    const saved = await as("admin").syncs.update({
      id: "testville-council",
      version: 1,
      sync: { ...input, settings, schedule: null },
    });
    expect(saved).toMatchObject({ version: 2, hasToken: true, scheduleText: "Only when started", nextRunAt: null });
    expect((await repositories.syncSources.get("testville-council"))?.settings.token).toBe("s3cret");
    expect(await code(as("admin").syncs.update({ id: "testville-council", version: 1, sync: input }))).toBe("CONFLICT");
  });

  it("runs now through this server's scheduler, and says so plainly when there is none", async () => {
    setSyncScheduler(null);
    await expect(as("editor").syncs.runNow({ id: "testville-council" })).rejects.toThrow(
      /Syncs do not run on this server/,
    );
    // A folder that is not there fails at once, with no request anywhere.
    const folder = await as("admin").syncs.create({
      name: "OCD folder",
      connector: "ocd",
      settings: { folder: "/nowhere" },
      schedule: null,
    });
    const scheduler = createSyncScheduler(database, repositories, { log: () => {} });
    setSyncScheduler(scheduler);
    const queued = await as("editor").syncs.runNow({ id: folder.id });
    expect(queued).toMatchObject({ status: "queued", trigger: "staff", requestedBy: "Ana editor" });
    await scheduler.stop();
    const { run } = await as("editor").syncs.run({ runId: queued.id });
    // The folder is not there: the run failed and says why.
    expect(run).toMatchObject({ status: "failed", error: expect.stringContaining("/nowhere") });
    expect(await code(as("editor").syncs.get({ id: "nothing" }))).toBe("NOT_FOUND");
  });
});
