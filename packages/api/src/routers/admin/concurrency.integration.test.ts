import type { Person } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase, VersionConflictError } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);
const SAVES = 20;

// The hardening promise: many staff saving one record from the same version at the same moment
// get exactly one save through; every other one is refused with who saved, and nothing else moves.
describe.each(testProviders())("concurrent edits through the admin router on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const editor = (n: number) =>
    callerOf(
      createContext({
        repositories,
        staff: { userId: `user-editor-${n}`, name: `Editor ${n}`, email: `editor${n}@example.org`, role: "editor" },
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it(`of ${SAVES} simultaneous saves from one version, exactly one succeeds and ${SAVES - 1} get the conflict naming who saved`, async () => {
    const original = (await repositories.people.get("person-karen-bass")) as Person;
    const version = original.version as number;
    const audits = () => database.prisma.auditEntry.count({ where: { recordType: "person", recordId: original.id } });
    const auditsBefore = await audits();

    const results = await Promise.allSettled(
      Array.from({ length: SAVES }, (_, n) => editor(n).people.update({ ...original, name: `Karen Bass (edit ${n})` })),
    );

    const fulfilled = results.flatMap((result, n) =>
      result.status === "fulfilled" ? [{ n, saved: result.value }] : [],
    );
    const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(SAVES - 1);
    const winner = fulfilled[0] as (typeof fulfilled)[number];
    expect(winner.saved.version).toBe(version + 1);

    for (const error of rejected) {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("CONFLICT");
      const cause = (error as TRPCError).cause;
      expect(cause).toBeInstanceOf(VersionConflictError);
      expect(cause).toMatchObject({
        yourVersion: version,
        currentVersion: version + 1,
        updatedBy: `Editor ${winner.n}`,
      });
      expect((error as TRPCError).message).toContain(`changed by Editor ${winner.n}`);
    }

    const stored = (await repositories.people.get(original.id)) as Person;
    expect(stored.version).toBe(version + 1);
    expect(stored.name).toBe(`Karen Bass (edit ${winner.n})`);
    expect(await audits()).toBe(auditsBefore + 1);
    const last = await database.prisma.auditEntry.findFirst({
      where: { recordType: "person", recordId: original.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ action: "update", actorName: `Editor ${winner.n}`, version: version + 1 });
  });
});
