import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCallerFactory } from "../trpc";
import { publicRouter } from "./public/index";

const publicCaller = createCallerFactory(publicRouter);

describe.each(testProviders())("routers on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("the public router reads the seeded jurisdiction", async () => {
    const api = publicCaller(createContext({ repositories }));
    expect((await api.jurisdictions.list()).map((j) => j.name)).toEqual(["City of Los Angeles"]);
    expect((await api.jurisdictions.bySlug({ slug: "los-angeles" })).divisionId).toBe(
      "ocd-division/country:us/state:ca/place:los_angeles",
    );
  });

  it("an unknown slug is NOT_FOUND with a plain message", async () => {
    const api = publicCaller(createContext({ repositories }));
    await expect(api.jurisdictions.bySlug({ slug: "atlantis" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No place called "atlantis" is on Legible.',
    });
  });

  it("answers over HTTP, and names the bad field when input is wrong", async () => {
    const handle = (url: string) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(url),
        router: publicRouter,
        createContext: () => createContext({ repositories }),
      });
    const ok = await handle("http://localhost/api/trpc/jurisdictions.list");
    expect(ok.status).toBe(200);
    expect((await ok.json()).result.data[0].slug).toBe("los-angeles");

    const bad = await handle(
      `http://localhost/api/trpc/jurisdictions.bySlug?input=${encodeURIComponent('{"slug":""}')}`,
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.data.fieldErrors).toEqual({ slug: ["is required"] });
    expect(body.error.data.stack).toBeUndefined();
  });
});

describe("staffProcedure", () => {
  it("names the roles a procedure needs when the caller's role is not among them", async () => {
    const { router, staffProcedure } = await import("../trpc");
    const adminsOnly = router({ ping: staffProcedure(["admin"]).query(() => "pong") });
    const caller = createCallerFactory(adminsOnly);
    const repositories = {} as Repositories;
    const asEditor = caller(
      createContext({ repositories, staff: { userId: "u2", name: "Ed", email: "ed@example.org", role: "editor" } }),
    );
    const failure = await asEditor.ping().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCError);
    expect(failure).toMatchObject({ code: "FORBIDDEN", message: "This needs one of these roles: admin." });
    const asAdmin = caller(
      createContext({ repositories, staff: { userId: "u3", name: "Ada", email: "ada@example.org", role: "admin" } }),
    );
    expect(await asAdmin.ping()).toBe("pong");
  });
});
