import { fileURLToPath } from "node:url";
import { createRepositories, type Repositories, readAllRecords } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableConnectors } from "../runs/registry";
import { runSyncSource } from "../runs/run-sync";
import type { FolderImportReport } from "./report";

// The folder connectors through the sync runner, as a stored sync (the staff app's Syncs page
// and `npm run sync`) runs them: registered by name, settings checked, the report stored.
const fixture = (name: string) => fileURLToPath(new URL(`../test-support/fixtures/${name}`, import.meta.url));

describe.each(testProviders())("folder syncs through the runner on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const run = async (name: string, connector: string, settings: Record<string, unknown>) => {
    const source = await repositories.syncSources.create(
      { name, connector, settings, schedule: null, enabled: true },
      "Ana Admin",
    );
    return runSyncSource(source.id, { repositories, trigger: "command", requestedBy: "ana", progressEveryMs: 20 });
  };

  it("lists both folder connectors for staff to choose", () => {
    expect(availableConnectors().map((c) => c.name)).toEqual(expect.arrayContaining(["openstates-people", "ocd"]));
  });

  it("runs an Open States people folder and an OCD scrape as stored syncs", async () => {
    const people = await run("Illinois people", "openstates-people", { folder: fixture("openstates-people") });
    expect(people).toMatchObject({ status: "succeeded", error: null });
    const peopleReport = people?.report as FolderImportReport;
    expect(peopleReport.kinds.people?.created).toBe(6);
    // Nothing of the state is on record here, so the state roles wait, each with its reason.
    expect(peopleReport.left.map((s) => s.reason)).toContain(
      "no body for ocd-jurisdiction/country:us/state:il/government lower chamber in Legible",
    );

    const scrape = await run("Fairhaven scrape", "ocd", { folder: fixture("ocd-scrape"), timeZone: "America/Chicago" });
    expect(scrape).toMatchObject({ status: "succeeded", error: null });
    expect((await readAllRecords(repositories.meetings)).map((m) => m.name)).toEqual(["Regular Council Meeting"]);
  });

  it("fails a run whose folder cannot be read, naming it", async () => {
    const missing = await run("Nowhere", "ocd", { folder: "/nonexistent/legible-folder" });
    expect(missing?.status).toBe("failed");
    expect(missing?.error).toBe("/nonexistent/legible-folder cannot be read: there is no such file or folder");
  });
});
