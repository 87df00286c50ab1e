import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);
const PERSON = "person-hugo-soto-martinez";
const INCOMING = {
  id: "person-legistar-testville-5",
  name: "Hugo Soto-Martinez",
  sourceIds: [],
  identifiers: [{ scheme: "legistar", scope: "testville", identifier: "5" }],
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe.each(testProviders())("the review queue's procedures on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const as = (role: StaffRole | null) =>
    callerOf(
      createContext({
        repositories,
        staff: role && { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role },
      }),
    );

  const openItem = (id: string, kind: "same-person" | "upstream-change") =>
    database.prisma.reviewItem.create({
      data:
        kind === "upstream-change"
          ? {
              id,
              kind,
              status: "open",
              recordType: "person",
              recordId: PERSON,
              field: "name",
              currentValue: "Hugo Soto-Martinez",
              incomingValue: "Hugo Soto-Martínez",
              reason: "Legistar changed the name after staff edited it.",
            }
          : {
              id,
              kind,
              status: "open",
              recordType: "person",
              recordId: PERSON,
              incoming: INCOMING,
              reason: "Same name, nothing else to tell them apart.",
            },
    });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    await openItem("review-name", "upstream-change");
    await openItem("review-twin", "same-person");
    await openItem("review-wrong", "upstream-change");
  });
  afterAll(() => database?.drop());

  it("lets every role read the queue, and nobody signed out", async () => {
    for (const role of ["admin", "editor", "reviewer"] as const) {
      const open = await as(role).review.list({ status: "open" });
      expect(open.total).toBeGreaterThanOrEqual(3);
      expect(open.items.every((item) => item.status === "open")).toBe(true);
    }
    expect(await codeOf(as(null).review.list({}))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).review.resolve({ id: "review-name", resolution: "keep-staff" }))).toBe("UNAUTHORIZED");
    expect(await as("reviewer").review.countOpen()).toBe(3);
    expect(await as("editor").review.get({ id: "review-twin" })).toMatchObject({
      kind: "same-person",
      recordName: "Hugo Soto-Martinez",
      incoming: INCOMING,
    });
    expect(await codeOf(as("editor").review.get({ id: "review-nothing" }))).toBe("NOT_FOUND");
  });

  it("refuses a decision that does not fit the item, or is no decision at all, and changes nothing", async () => {
    expect(await codeOf(as("editor").review.resolve({ id: "review-wrong", resolution: "same-person" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(as("editor").review.resolve({ id: "review-wrong", resolution: "merge-them" as "same-person" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(as("editor").review.resolve({ id: "review-nothing", resolution: "keep-staff" }))).toBe(
      "NOT_FOUND",
    );
    expect((await as("editor").review.get({ id: "review-wrong" })).status).toBe("open");
  });

  it("a reviewer takes upstream's value: the record changes and the item says who decided", async () => {
    const decided = await as("reviewer").review.resolve({ id: "review-name", resolution: "take-upstream" });
    expect(decided).toMatchObject({ status: "resolved", resolution: "take-upstream", resolvedBy: "Test reviewer" });
    expect((await repositories.people.get(PERSON))?.name).toBe("Hugo Soto-Martínez");
    // Deciding twice is refused in words, not applied twice.
    const again = await codeOf(as("editor").review.resolve({ id: "review-name", resolution: "keep-staff" }));
    expect(again).toBe("CONFLICT");
  });

  it("an editor says same person: the person on record gains the incoming ids, nobody new is created", async () => {
    await as("editor").review.resolve({ id: "review-twin", resolution: "same-person" });
    const person = await repositories.people.get(PERSON);
    expect(person?.identifiers).toEqual(expect.arrayContaining(INCOMING.identifiers));
    expect(await repositories.people.get(INCOMING.id)).toBeNull();
    const resolved = await as("admin").review.list({ status: "resolved" });
    expect(resolved.items.map((item) => item.id).sort()).toEqual(["review-name", "review-twin"]);
    expect(await as("admin").review.countOpen()).toBe(1);
  });
});
