import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "../public/index";
import { adminRouter } from "./index";

const adminCaller = createCallerFactory(adminRouter);
const publicCaller = createCallerFactory(publicRouter);
const KEPT = "person-hugo-soto-martinez";
const TWIN = "person-hugo-typed-twin";

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}: ${error.message}` : `not a TRPCError: ${String(error)}`;
  }
}

describe.each(testProviders())("merging people through the staff API on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const as = (role: StaffRole) =>
    adminCaller(
      createContext({
        repositories,
        staff: { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role },
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    await repositories.people.create({ id: TWIN, name: "Hugo Soto Martinez", sourceIds: [] }, { name: "Typist" });
    await repositories.memberships.create(
      {
        id: "term-typed-twin",
        personId: TWIN,
        bodyId: "body-la-city-council",
        role: "Councilmember",
        startDate: "2024-12",
        endDate: null,
        sourceIds: ["src-seed-news-report"],
      },
      { name: "Typist" },
    );
  });
  afterAll(() => database?.drop());

  it("refuses reviewers, a merge into oneself and a merge into nobody, in words", async () => {
    expect(await failureOf(as("reviewer").merge.people({ fromId: TWIN, intoId: KEPT }))).toMatch(/^FORBIDDEN/);
    expect(await failureOf(as("editor").merge.people({ fromId: TWIN, intoId: TWIN }))).toMatch(
      /^BAD_REQUEST: A person cannot be merged into themselves/,
    );
    expect(await failureOf(as("editor").merge.people({ fromId: TWIN, intoId: "person-nobody" }))).toMatch(
      /^NOT_FOUND: There is no person "person-nobody" to merge into/,
    );
  });

  it("an editor merges the typed twin, the old address leads to the kept person, and undoing it brings the twin back", async () => {
    const preview = await as("reviewer").merge.preview({ fromId: TWIN, intoId: KEPT });
    expect(preview.summary).toBe("1 term");
    const merged = await as("editor").merge.people({ fromId: TWIN, intoId: KEPT });
    expect(merged.moved.memberships).toEqual(["term-typed-twin"]);
    const site = publicCaller(createContext({ repositories }));
    expect(await site.redirects.person({ id: TWIN })).toEqual({ toId: KEPT });
    expect(await failureOf(site.people.page({ id: TWIN, locale: "en" }))).toMatch(/^NOT_FOUND/);

    const { items } = await as("editor").audit.list({ action: "merge", recordId: TWIN });
    expect(items.map((entry) => entry.id)).toEqual([merged.auditEntryId]);
    expect(await as("reviewer").merge.undone({ auditEntryIds: [merged.auditEntryId] })).toEqual([]);
    expect(await failureOf(as("reviewer").merge.undo({ auditEntryId: merged.auditEntryId }))).toMatch(/^FORBIDDEN/);

    const split = await as("admin").merge.undo({ auditEntryId: merged.auditEntryId });
    expect(split.restored).toEqual({ votes: 0, memberships: 1, statements: 0 });
    expect(await site.redirects.person({ id: TWIN })).toEqual({ toId: null });
    expect((await site.people.page({ id: TWIN, locale: "en" })).name).toBe("Hugo Soto Martinez");
    expect(await failureOf(as("admin").merge.undo({ auditEntryId: merged.auditEntryId }))).toMatch(
      /^BAD_REQUEST: This merge is undone already/,
    );
  });
});
