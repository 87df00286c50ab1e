import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { createRepositories, type Repositories } from "./index";

// The seed story's measure and its vote, marked gone upstream: every public read leaves them out
// (its explainers too, in search), staff reads keep them, and each step is audited.
const MEASURE = "measure-sanctuary-ordinance";
const VOTE = "vote-council-2024-11-19";
const context = { actor: { name: "Test sync" }, reason: "The test source no longer lists it." };

describe.each(testProviders())("records gone upstream in %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database);
    repositories = createRepositories(database);
  });
  afterAll(() => database?.drop());

  it("leaves a gone measure and vote out of every public read, and keeps them for staff", async () => {
    expect((await repositories.recentVotes(10)).votes.map((v) => v.id)).toContain(VOTE);
    expect((await repositories.search("sanctuary")).some((h) => h.recordType === "explainer")).toBe(true);

    const marked = await repositories.upstreamRemovals.markGone(
      [
        { recordType: "measure", recordId: MEASURE, key: "other:test:1" },
        { recordType: "vote-event", recordId: VOTE, key: "other:test:2" },
      ],
      context,
    );
    expect(marked).toHaveLength(2);

    expect(await repositories.measureRecords(MEASURE)).toBeNull();
    expect(await repositories.voteRecords(VOTE)).toBeNull();
    // A page of a list (filtered after reading) and the home page's latest.
    expect((await repositories.recentVotes(10)).votes.map((v) => v.id)).not.toContain(VOTE);
    expect((await repositories.siteLatest("en", 10)).votes.map((v) => v.id)).not.toContain(VOTE);
    expect(await repositories.siteVoteCard(VOTE)).toBeNull();
    // Search: neither the measure nor its explainers.
    const hits = await repositories.search("sanctuary");
    expect(hits.filter((h) => h.recordId === MEASURE || h.recordId.startsWith("explainer-sanctuary"))).toEqual([]);
    const dataset = await repositories.sitePublicDataset();
    expect(dataset.measures.map((m) => m.id)).not.toContain(MEASURE);
    expect(dataset.voteEvents.map((v) => v.id)).not.toContain(VOTE);

    expect(await repositories.measures.get(MEASURE)).not.toBeNull();
    expect(await repositories.upstreamRemovals.stateOf("vote-event", VOTE)).toMatchObject({ key: "other:test:2" });
    // Marking again changes nothing.
    expect(
      await repositories.upstreamRemovals.markGone(
        [{ recordType: "measure", recordId: MEASURE, key: "other:test:1" }],
        context,
      ),
    ).toEqual([]);
  });

  it("audits the removal and both decisions", async () => {
    const items = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    const measureItem = items.find((i) => i.recordId === MEASURE);
    const voteItem = items.find((i) => i.recordId === VOTE);
    if (!measureItem || !voteItem) throw new Error("no review items");
    expect(measureItem).toMatchObject({ kind: "upstream-removed", field: "other:test:1", reason: context.reason });

    await expect(repositories.review.resolve(measureItem.id, "keep-staff", { name: "Rita" })).rejects.toThrow(
      /does not fit a upstream-removed item/,
    );
    await repositories.review.resolve(measureItem.id, "keep-public", { name: "Rita" });
    await repositories.review.resolve(voteItem.id, "confirm-removal", { name: "Rita" });
    expect(await repositories.measureRecords(MEASURE)).not.toBeNull();
    expect(await repositories.voteRecords(VOTE)).toBeNull();
    // Kept public for that id: a later run does not take it down again.
    expect(
      await repositories.upstreamRemovals.markGone(
        [{ recordType: "measure", recordId: MEASURE, key: "other:test:1" }],
        context,
      ),
    ).toEqual([]);

    const actions = await database.prisma.auditEntry.findMany({
      where: { recordId: { in: [MEASURE, VOTE] }, action: { in: ["unpublish", "republish", "confirm-removal"] } },
      orderBy: { id: "asc" },
      select: { action: true, recordId: true, actorName: true },
    });
    expect(actions).toEqual([
      { action: "unpublish", recordId: MEASURE, actorName: "Test sync" },
      { action: "unpublish", recordId: VOTE, actorName: "Test sync" },
      { action: "republish", recordId: MEASURE, actorName: "Rita" },
      { action: "confirm-removal", recordId: VOTE, actorName: "Rita" },
    ]);
  });
});
