import type { Action, Inference, Measure, Membership, Statement, VoteEvent } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataset, importDataset } from "../dataset/transfer";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { createRepositories, type Repositories } from "./index";

const editor = { id: "user-ana", name: "Ana Editor" };

function inference(field: string): Inference {
  return {
    field,
    reasoning: { en: `Worked out: ${field} is not in the report.`, es: `Calculado: ${field} no está en el artículo.` },
  };
}

describe.each(testProviders())("inferred fields on %s", (provider) => {
  const opened: TestDatabase[] = [];
  let repositories: Repositories;
  beforeAll(async () => {
    const database = await createTestDatabase(provider);
    opened.push(database);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(async () => {
    for (const database of opened) await database.drop();
  });

  it("a record's inferred list survives a save and a read, on each of the five kinds, and clearing it leaves none", async () => {
    const measure: Measure = {
      id: "measure-test-inferred",
      identifier: null,
      title: "Test measure with an inferred sponsor",
      classification: "motion",
      subjects: [],
      sponsors: [{ name: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", primary: true }],
      textSections: [],
      relatedMeasures: [],
      sourceIds: ["src-seed-news-report"],
      inferred: [inference("sponsors.0")],
    };
    const action: Action = {
      id: "action-test-inferred",
      measureId: measure.id,
      date: "2023",
      description: "Introduced.",
      classification: ["introduction"],
      sourceIds: ["src-seed-news-report"],
      inferred: [inference("date")],
    };
    const vote: VoteEvent = {
      id: "vote-test-inferred",
      bodyId: "body-la-city-council",
      measureId: measure.id,
      date: "2024-11-19",
      motionText: "Test motion with worked-out counts",
      result: "pass",
      counts: { yes: 13, no: 0, "not voting": 2 },
      rollCall: null,
      sourceIds: ["src-seed-news-report"],
      inferred: [inference("date"), inference("counts.not voting")],
    };
    const statement: Statement = {
      id: "statement-test-inferred",
      measureId: measure.id,
      speakerBodyId: "body-rpla-county",
      stance: "opposes",
      text: "A quote whose speaker is taken from the order of paragraphs.",
      date: null,
      medium: null,
      sourceId: "src-seed-news-report",
      inferred: [inference("speakerBodyId")],
    };
    const membership: Membership = {
      id: "term-test-inferred",
      personId: "person-hugo-soto-martinez",
      bodyId: "body-la-city-council",
      role: "Councilmember",
      startDate: "2024-11",
      endDate: null,
      sourceIds: ["src-seed-news-report"],
      inferred: [inference("startDate")],
    };

    const saved = [
      await repositories.measures.create(measure, editor),
      await repositories.actions.create(action, editor),
      await repositories.voteEvents.create(vote, editor),
      await repositories.statements.create(statement, editor),
      await repositories.memberships.create(membership, editor),
    ];
    const read = [
      await repositories.measures.get(measure.id),
      await repositories.actions.get(action.id),
      await repositories.voteEvents.get(vote.id),
      await repositories.statements.get(statement.id),
      await repositories.memberships.get(membership.id),
    ];
    const written = [measure, action, vote, statement, membership];
    written.forEach((record, index) => {
      expect(saved[index]?.inferred, record.id).toEqual(record.inferred);
      expect(read[index]?.inferred, record.id).toEqual(record.inferred);
    });

    const cleared = await repositories.voteEvents.update({ ...(read[2] as VoteEvent), inferred: undefined }, editor);
    expect(cleared.inferred).toBeUndefined();
    expect((await repositories.voteEvents.get(vote.id))?.inferred).toBeUndefined();
    const emptied = await repositories.actions.update({ ...(read[1] as Action), inferred: [] }, editor);
    expect(emptied.inferred).toEqual([]);
  });

  it("the seed's inferred fields survive a dataset export and an import into an empty database", async () => {
    const first = await exportDataset(repositories);
    const vote = first.voteEvents.find((record) => record.id === "vote-council-2024-11-19");
    expect(vote?.inferred?.map((entry) => entry.field)).toEqual(expect.arrayContaining(["date", "counts.not voting"]));
    const marked = (["measures", "actions", "voteEvents", "statements", "memberships"] as const).map(
      (collection) => first[collection].filter((record) => record.inferred?.length).length,
    );
    for (const count of marked) expect(count).toBeGreaterThan(0);

    const database = await createTestDatabase(provider);
    opened.push(database);
    const destination = createRepositories(database);
    const result = await importDataset(destination, JSON.parse(JSON.stringify(first)), { name: "import" });
    expect(result).toMatchObject({ ok: true });
    const second = await exportDataset(destination);
    expect(second).toEqual(first);
    expect(second.voteEvents.find((record) => record.id === vote?.id)?.inferred).toEqual(vote?.inferred);
  });
});
