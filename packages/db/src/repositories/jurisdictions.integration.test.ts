import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsSeed, seedDatabase } from "../seed/index";
import { losAngeles } from "../seed/seed-story";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { findJurisdictionBySlug, listJurisdictions, saveJurisdiction } from "./jurisdictions";

describe.each(testProviders())("jurisdictions on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.drop());

  it("an empty database needs the seed; a seeded one does not", async () => {
    expect(await needsSeed(database.prisma)).toBe(true);
    const progress: string[] = [];
    await seedDatabase(database.prisma, (line) => progress.push(line));
    expect(progress).toEqual(["jurisdiction: City of Los Angeles"]);
    expect(await needsSeed(database.prisma)).toBe(false);
  });

  it("seeding twice leaves one copy of each record", async () => {
    await seedDatabase(database.prisma);
    expect(await listJurisdictions(database.prisma)).toEqual([losAngeles]);
  });

  it("finds a jurisdiction by slug, and null for an unknown slug", async () => {
    expect(await findJurisdictionBySlug(database.prisma, "los-angeles")).toEqual(losAngeles);
    expect(await findJurisdictionBySlug(database.prisma, "atlantis")).toBeNull();
  });

  it("saving updates in place and keeps an optional URL", async () => {
    const withUrl = {
      ...losAngeles,
      id: "ocd-jurisdiction/country:us/state:ca/place:example/government",
      slug: "example",
      name: "Example City",
      url: "https://example.org/",
    };
    await saveJurisdiction(database.prisma, withUrl);
    await saveJurisdiction(database.prisma, { ...withUrl, name: "Example Town" });
    expect(await findJurisdictionBySlug(database.prisma, "example")).toEqual({ ...withUrl, name: "Example Town" });
    expect((await listJurisdictions(database.prisma)).map((j) => j.name)).toEqual([
      "City of Los Angeles",
      "Example Town",
    ]);
  });

  it("refuses a record that breaks the domain's rules before touching the database", async () => {
    await expect(saveJurisdiction(database.prisma, { ...losAngeles, divisionId: "los angeles" })).rejects.toThrow(
      /Open Civic Data division id/,
    );
    expect(await listJurisdictions(database.prisma)).toHaveLength(2);
  });
});
