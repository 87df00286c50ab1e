import type { Repositories } from "@legible/db";
import { VersionConflictError } from "@legible/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it, vi } from "vitest";
import { createContext } from "./context";
import { adminRouter } from "./routers/admin/index";
import { PLAIN_INTERNAL_ERROR } from "./trpc";

// What a database failure looks like when it reaches a procedure: Prisma's own text, with the
// query, the driver's error and where it happened.
const prismaFailure = new Error(
  "Invalid `prisma.person.findMany()` invocation in /work/main/packages/db/src/repositories/staff/list.ts:42:7\n" +
    'Raw query failed. Message: `connect ECONNREFUSED 127.0.0.1:5432` SELECT "public"."Person"."id" FROM "public"."Person"',
);

function callPeopleList(listRecords: () => Promise<never>) {
  const repositories = { staff: { listRecords } } as unknown as Repositories;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request("http://localhost/api/trpc/people.list?input=%7B%7D"),
    router: adminRouter,
    createContext: () =>
      createContext({
        repositories,
        staff: { userId: "u1", name: "Eddie Editor", email: "eddie@example.org", role: "editor" },
      }),
  });
}

describe("errors the staff API sends back", () => {
  it("an unexpected failure says something plain: no SQL, driver error, file path or stack", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await callPeopleList(() => Promise.reject(prismaFailure));
    errors.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error.message).toBe(PLAIN_INTERNAL_ERROR);
    for (const leak of ["prisma", "SELECT", "ECONNREFUSED", "/work/", "list.ts", "    at "]) {
      expect(text).not.toContain(leak);
    }
  });

  it("a refusal storage explains (a version conflict) keeps its own message and details", async () => {
    const conflict = new VersionConflictError(
      { type: "person", id: "person-x" },
      1,
      2,
      "Rita Reviewer",
      "2026-01-01T00:00:00.000Z",
      "person",
    );
    const response = await callPeopleList(() => Promise.reject(conflict));
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.message).toContain("Rita Reviewer");
    expect(body.error.data.conflict).toMatchObject({ yourVersion: 1, currentVersion: 2, updatedBy: "Rita Reviewer" });
  });
});
