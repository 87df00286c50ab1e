import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);

describe.each(testProviders())("a staff list's columns on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const editor = () =>
    callerOf(
      createContext({
        repositories,
        staff: { userId: "user-editor", name: "Test editor", email: "editor@example.org", role: "editor" },
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("come with every page, so the staff app offers only the sorts and filters the list accepts", async () => {
    const measures = await editor().measures.list({ pageSize: 1 });
    expect(measures.listing.sorts).toContain("title");
    expect(measures.listing.filters).toEqual(["classification", "bodyId", "jurisdictionId"]);
    for (const sort of measures.listing.sorts) {
      await expect(editor().measures.list({ sort, pageSize: 1 })).resolves.toMatchObject({ total: 4 });
    }
    const people = await editor().people.list({});
    expect(people.listing).toEqual({ sorts: ["name", "familyName", "updatedAt", "createdAt"], filters: [] });
  });
});
