import { DatasetSchema, type Person } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { MAX_BULK_RECORDS } from "./bulk";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(testProviders())("bulk steps on a list's selected records on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let refreshes = 0;
  const as = (role: StaffRole) =>
    callerOf(
      createContext({
        repositories,
        publicSite: {
          refresh: async () => {
            refreshes += 1;
            return true;
          },
        },
        staff: { userId: `user-${role}`, name: `Bulk ${role}`, email: `${role}@example.org`, role },
      }),
    );
  const person = (id: string, name: string): Person => ({ id, name, sourceIds: ["src-seed-news-report"] });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("deletes what it may and lists each record it may not, with the store's reason", async () => {
    const editor = as("editor");
    const free = await editor.people.create(person("person-bulk-free", "Bulk Free"));
    const edited = await editor.people.create(person("person-bulk-edited", "Bulk Edited"));
    // Someone saves after the list was shown: the list's version is now stale.
    await editor.people.update({ ...edited, name: "Bulk Edited Again" });
    const inUse = await editor.people.get({ id: "person-karen-bass" });
    refreshes = 0;

    const result = await editor.bulk.remove({
      collection: "people",
      records: [
        { id: free.id, version: free.version ?? 1 },
        { id: inUse.id, version: inUse.version ?? 1 },
        { id: edited.id, version: edited.version ?? 1 },
        { id: "person-bulk-never", version: 1 },
      ],
    });

    expect(result.deleted).toEqual(["person-bulk-free"]);
    expect(result.refused.map((refusal) => refusal.id)).toEqual([
      "person-karen-bass",
      "person-bulk-edited",
      "person-bulk-never",
    ]);
    expect(result.refused[0]?.reason).toMatch(/cannot be deleted/);
    expect(result.refused[1]?.reason).toMatch(/was changed by Bulk editor/);
    expect(result.refused[2]?.reason).toMatch(/No person with id "person-bulk-never"/);
    expect(await repositories.people.get("person-bulk-free")).toBeNull();
    expect(await repositories.people.get("person-karen-bass")).not.toBeNull();
    expect(await repositories.people.get("person-bulk-edited")).not.toBeNull();
    // The one delete went through the store's path: audited, and the public site told once.
    const audit = await repositories.staff.auditLog({ recordType: "person", recordId: "person-bulk-free" });
    expect(audit.items.map((entry) => entry.action)).toContain("delete");
    expect(refreshes).toBe(1);
  });

  it("lets only roles that may delete use bulk delete", async () => {
    const error = await failure(
      as("reviewer").bulk.remove({ collection: "people", records: [{ id: "person-karen-bass", version: 1 }] }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses an empty selection, more than the limit, and a collection it does not know, naming the field", async () => {
    const empty = await failure(as("admin").bulk.remove({ collection: "people", records: [] }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toContain("Select at least one record.");
    const ids = Array.from({ length: MAX_BULK_RECORDS + 1 }, (_, index) => `person-${index}`);
    const many = await failure(as("admin").bulk.export({ collection: "people", ids }));
    expect(many.message).toContain(`Select at most ${MAX_BULK_RECORDS} records at a time.`);
    const unknown = await failure(
      as("admin").bulk.export({ collection: "explainers" as "people", ids: ["explainer-x"] }),
    );
    expect(unknown.message).toContain("collection: choose one of");
  });

  it("exports the selected records as a dataset file that reads back, naming ids no longer on record", async () => {
    const exported = await as("reviewer").bulk.export({
      collection: "people",
      ids: ["person-karen-bass", "person-eric-garcetti", "person-bulk-gone"],
    });
    expect(exported.fileName).toMatch(/^legible-people-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.count).toBe(2);
    expect(exported.missing).toEqual(["person-bulk-gone"]);
    const file = DatasetSchema.parse(JSON.parse(exported.content));
    expect(file.people.map((each) => each.id).sort()).toEqual(["person-eric-garcetti", "person-karen-bass"]);
    expect(file.measures).toEqual([]);
    expect(file.people[0]).not.toHaveProperty("version");
    // The staff app's import reads it back (its sources are on record): nothing to change.
    const preview = await as("admin").transfer.preview({ format: "legible-dataset", content: exported.content });
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    expect(preview.plan.counts).toMatchObject({ create: 0, update: 0 });
  });
});
