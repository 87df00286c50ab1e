import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "./index";

const publicCaller = createCallerFactory(publicRouter);

describe.each(testProviders())("explainers router on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());
  const api = () => publicCaller(createContext({ repositories }));

  it("serves the seed story's page in English and Spanish", async () => {
    const en = await api().explainers.page({ measureId: "measure-sanctuary-ordinance", locale: "en" });
    expect(en.headline).toBe("Los Angeles City Council votes 13-0 to make the city a sanctuary by law");
    expect(en.stage.label).toBe("Awaits the Mayor's signature");
    expect(en.votes[0]?.decision).toMatchObject({ motion: "passage", passed: true });
    expect(en.votes[0]?.decision.outcome).toMatchObject({ votesWon: 13, votesNeeded: 8 });
    expect(en.stage.nextSteps.map((step) => step.text)).toContain("The Mayor can sign it or veto it.");
    expect(en.alternateLocale).toBe("es");

    const es = await api().explainers.page({ measureId: "measure-sanctuary-ordinance", locale: "es" });
    expect(es.headline).toBe("El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley");
    expect(es.stage.label).toBe("Espera la firma de la Alcaldía");
    expect(es.lastUpdated.date).toBe("20 de noviembre de 2024");
  });

  it("says NOT_FOUND for a measure without a published explainer", async () => {
    await expect(api().explainers.page({ measureId: "no-such-measure", locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a malformed id or an unknown language", async () => {
    await expect(api().explainers.page({ measureId: "not an id", locale: "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      api().explainers.page({ measureId: "measure-sanctuary-ordinance", locale: "fr" as "en" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lists the latest explainers, ten at most unless asked, never more than fifty", async () => {
    const latest = await api().explainers.latest({ locale: "es" });
    expect(latest.map((item) => [item.measureId, item.locale])).toEqual([["measure-sanctuary-ordinance", "es"]]);
    await expect(api().explainers.latest({ locale: "en", limit: 51 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api().explainers.latest({ locale: "en", limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
