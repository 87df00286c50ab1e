import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, STAFF_ROLES, type StaffRole } from "../../context";
import { createCallerFactory, type ProcedureMeta } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);

/** Every procedure the admin router has, by dotted path, with the roles it declares. */
const procedures = Object.entries(
  adminRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>,
).map(([path, procedure]) => ({ path, roles: procedure._def.meta?.roles }));

function call(role: StaffRole | null, repositories: Repositories, path: string): Promise<unknown> {
  const staff = role && { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role };
  const caller = callerOf(createContext({ repositories, staff }));
  const procedure = path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)({});
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("the admin router's procedures", () => {
  it("are all found, and each declares the roles it allows", () => {
    expect(procedures.length).toBeGreaterThan(80);
    const undeclared = procedures.filter((procedure) => !procedure.roles?.length).map((procedure) => procedure.path);
    expect(undeclared).toEqual([]);
  });
});

describe("the roles that guard what matters most", () => {
  const rolesOf = (path: string) => procedures.find((procedure) => procedure.path === path)?.roles;

  it("keeps staff accounts to admins", () => {
    const accountProcedures = procedures.filter((procedure) => procedure.path.startsWith("users."));
    expect(accountProcedures.length).toBeGreaterThanOrEqual(5);
    for (const procedure of accountProcedures) expect(procedure.roles, procedure.path).toEqual(["admin"]);
  });

  it("lets reviewers and admins publish and confirm records still hold, and not editors", () => {
    expect(rolesOf("explainers.publish")).toEqual(["admin", "reviewer"]);
    expect(rolesOf("explainers.returnToDraft")).toEqual(["admin", "reviewer"]);
    expect(rolesOf("explainers.confirmRecords")).toEqual(["admin", "reviewer"]);
    expect(rolesOf("explainers.submit")).toContain("editor");
  });

  it("keeps deleting from reviewers", () => {
    const deletes = procedures.filter((procedure) => procedure.path.endsWith(".remove"));
    expect(deletes.length).toBeGreaterThanOrEqual(11);
    for (const procedure of deletes) expect(procedure.roles, procedure.path).toEqual(["admin", "editor"]);
  });
});

describe.each(testProviders())("admin router access on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("refuses anonymous callers everywhere, and every role outside a procedure's list", async () => {
    const wrong: string[] = [];
    for (const { path, roles = [] } of procedures) {
      const anonymous = await codeOf(call(null, repositories, path));
      if (anonymous !== "UNAUTHORIZED") wrong.push(`${path} anonymous: ${anonymous}`);
      for (const role of STAFF_ROLES) {
        const code = await codeOf(call(role, repositories, path));
        const allowed = roles.includes(role);
        if (allowed && (code === "UNAUTHORIZED" || code === "FORBIDDEN")) wrong.push(`${path} ${role}: ${code}`);
        if (!allowed && code !== "FORBIDDEN") wrong.push(`${path} ${role}: ${code}, expected FORBIDDEN`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
