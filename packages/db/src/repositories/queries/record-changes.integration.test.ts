import type { Explainer, RecordRef } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../../test-support/databases";
import { createRepositories, type Repositories } from "../index";
import { RecordsChangedMeanwhileError } from "../records-check";
import { explainerDependencies } from "./record-changes";

const MEASURE = "measure-sanctuary-ordinance";
const EN = "explainer-sanctuary-ordinance-en";
const ES = "explainer-sanctuary-ordinance-es";
const VOTE = "vote-council-2024-11-19";
const editor = { id: "user-ana", name: "Ana Editor" };
const reviewer = { id: "user-rita", name: "Rita Reviewer" };

/** Timestamps have millisecond precision: wait one, so "after" is strictly after. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(testProviders())("records that changed after an explainer was reviewed, on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  async function changeVote(motionText: string) {
    const vote = await repositories.voteEvents.get(VOTE);
    if (!vote) throw new Error("the seed has no vote");
    await tick();
    return repositories.voteEvents.update({ ...vote, motionText }, editor);
  }

  async function republish(id: string): Promise<Explainer> {
    const stored = await repositories.explainers.get(id);
    const latest = stored?.revisions.at(-1);
    if (!stored || !latest) throw new Error(`${id} is not published`);
    await tick();
    return repositories.explainers.update(
      {
        ...stored,
        status: "published",
        revisions: [
          ...stored.revisions,
          { ...latest, number: latest.number + 1, publishedAt: new Date().toISOString() },
        ],
      },
      reviewer,
    );
  }

  it("flags nothing in the seed story: its explainers were reviewed against the records loaded with them", async () => {
    expect(await repositories.explainersWithChangedRecords()).toEqual([]);
    expect((await repositories.explainerRecordChanges(EN))?.changes).toEqual([]);
    expect((await repositories.publishedExplainerPage(MEASURE, "en"))?.review).toEqual({
      reviewedAt: "2024-11-20T18:00:00.000Z",
      recordsChanged: false,
    });
  });

  it("depends on exactly what the public page shows, and on every record its blocks cite", async () => {
    const page = await repositories.publishedExplainerPage(MEASURE, "en");
    if (!page) throw new Error("the seed's explainer is not published");
    const key = (ref: RecordRef) => `${ref.type}:${ref.id}`;
    const shown = [
      ...[page.measure, ...page.relatedMeasures].map((r) => `measure:${r.id}`),
      ...page.actions.map((r) => `action:${r.id}`),
      ...page.voteEvents.map((r) => `vote-event:${r.id}`),
      ...page.bodies.map((r) => `body:${r.id}`),
      ...page.posts.map((r) => `post:${r.id}`),
      ...page.people.map((r) => `person:${r.id}`),
      ...page.memberships.map((r) => `membership:${r.id}`),
      ...page.statements.map((r) => `statement:${r.id}`),
      ...page.sources.map((r) => `source:${r.id}`),
      ...page.explainer.blocks.flatMap((block) => block.citations.flatMap((c) => (c.record ? [key(c.record)] : []))),
    ];
    const dependencies = (await explainerDependencies(database.prisma, EN)).map(key);
    expect(dependencies.sort()).toEqual([...new Set(shown)].sort());
    // Cited records the page does not show count too: a step of another measure, a term.
    expect(dependencies).toEqual(
      expect.arrayContaining(["action:action-homan-picked", "membership:term-trump-president-elect"]),
    );
    expect(await explainerDependencies(database.prisma, "no-such-explainer")).toEqual([]);
  });

  it("lists a cited vote changed after publication, with what, when and who, in both languages", async () => {
    const saved = await changeVote("Pass the sanctuary city ordinance, as amended");
    const change = {
      type: "vote-event",
      id: VOTE,
      label: "Pass the sanctuary city ordinance, as amended",
      updatedAt: saved.updatedAt,
      updatedBy: "Ana Editor",
      added: false,
    };
    const flagged = await repositories.explainersWithChangedRecords();
    expect(flagged.map((explainer) => explainer.explainerId).sort()).toEqual([EN, ES]);
    expect(flagged.find((explainer) => explainer.explainerId === EN)).toEqual({
      explainerId: EN,
      measureId: MEASURE,
      locale: "en",
      headline: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
      reviewedAt: "2024-11-20T18:00:00.000Z",
      changes: [change],
    });
    expect((await repositories.explainerRecordChanges(ES))?.changes).toEqual([change]);
    expect((await repositories.publishedExplainerPage(MEASURE, "es"))?.review.recordsChanged).toBe(true);
  });

  it("clears when the explainer is published again, and not before", async () => {
    await republish(EN);
    expect((await repositories.explainerRecordChanges(EN))?.changes).toEqual([]);
    expect((await repositories.publishedExplainerPage(MEASURE, "en"))?.review.recordsChanged).toBe(false);
    expect((await repositories.explainersWithChangedRecords()).map((explainer) => explainer.explainerId)).toEqual([ES]);
  });

  it("clears when a reviewer confirms the records still hold, with an audit entry, and the explainer keeps its version", async () => {
    const before = await repositories.explainers.get(ES);
    const [change] = (await repositories.explainerRecordChanges(ES))?.changes ?? [];
    if (!before || !change) throw new Error("the Spanish explainer should be flagged");

    const check = await repositories.confirmExplainerRecords(ES, { seenThrough: change.updatedAt, actor: reviewer });
    expect(check.confirmed).toEqual([change]);
    expect(await repositories.explainersWithChangedRecords()).toEqual([]);
    const page = await repositories.publishedExplainerPage(MEASURE, "es");
    expect(page?.review).toEqual({ reviewedAt: check.checkedAt, recordsChanged: false });

    const after = await repositories.explainers.get(ES);
    expect(after?.version).toBe(before.version);
    expect(after?.updatedAt).toBe(before.updatedAt);
    const [entry] = (await repositories.staff.auditLog({ recordType: "explainer", recordId: ES })).items;
    expect(entry).toMatchObject({
      action: "check-records",
      actorName: "Rita Reviewer",
      version: before.version,
      after: { recordsCheckedAt: check.checkedAt, confirmed: [change] },
    });

    // Nothing left to confirm: nothing is written.
    expect(await repositories.confirmExplainerRecords(ES, { seenThrough: change.updatedAt, actor: reviewer })).toEqual({
      checkedAt: null,
      confirmed: [],
    });
  });

  it("refuses a confirmation that would cover a change the reviewer did not see", async () => {
    const first = await changeVote("Pass the sanctuary city ordinance");
    const source = await repositories.sources.get("src-la-city-charter");
    if (!source) throw new Error("the seed has no charter");
    await tick();
    await repositories.sources.update({ ...source, accessedOn: "2026-01-02" }, editor);

    const refused = repositories.confirmExplainerRecords(ES, { seenThrough: first.updatedAt ?? "", actor: reviewer });
    await expect(refused).rejects.toBeInstanceOf(RecordsChangedMeanwhileError);
    await expect(refused).rejects.toThrow(/Charter of the City of Los Angeles \(Ana Editor, /);
    const changes = (await repositories.explainerRecordChanges(ES))?.changes ?? [];
    expect(changes.map((change) => `${change.type}:${change.id}`)).toEqual([
      "source:src-la-city-charter",
      `vote-event:${VOTE}`,
    ]);
    await repositories.confirmExplainerRecords(ES, { seenThrough: changes[0]?.updatedAt ?? "", actor: reviewer });
    await repositories.confirmExplainerRecords(EN, { seenThrough: changes[0]?.updatedAt ?? "", actor: reviewer });
    expect(await repositories.explainersWithChangedRecords()).toEqual([]);
  });

  it("does not count a change made before the explainer was published; counts a step added after", async () => {
    const measure = await repositories.measures.get("measure-lapd-immigration-status-policy");
    if (!measure) throw new Error("the seed has no LAPD policy");
    const vote = await repositories.voteEvents.create(
      {
        id: "vote-lapd-policy-test",
        bodyId: "body-la-city-council",
        measureId: measure.id,
        date: "2024-12-03",
        motionText: "Keep the policy",
        result: "pass",
        counts: { yes: 12, no: 1 },
        rollCall: null,
        sourceIds: ["src-seed-news-report"],
      },
      editor,
    );
    const draft = await repositories.explainers.create(
      {
        id: "explainer-lapd-policy-test-en",
        measureId: measure.id,
        locale: "en",
        status: "in-review",
        headline: "The LAPD keeps its policy",
        blocks: [
          {
            id: "summary-1",
            kind: "summary",
            text: "The council voted to keep the policy.",
            citations: [{ record: { type: "vote-event", id: vote.id } }],
          },
        ],
        revisions: [],
        corrections: [],
      },
      editor,
    );
    expect(await repositories.explainerRecordChanges(draft.id)).toBeNull();
    await tick();
    await repositories.voteEvents.update({ ...vote, counts: { yes: 13, no: 0 } }, editor);
    await tick();
    await repositories.explainers.update(
      {
        ...draft,
        status: "published",
        revisions: [
          { number: 1, publishedAt: new Date().toISOString(), headline: draft.headline, blocks: draft.blocks },
        ],
      },
      reviewer,
    );
    expect((await repositories.explainerRecordChanges(draft.id))?.changes).toEqual([]);

    await tick();
    const step = await repositories.actions.create(
      {
        id: "action-lapd-policy-test",
        measureId: measure.id,
        date: "2024-12-10",
        description: "Police chief reports on the policy",
        classification: [],
        sourceIds: ["src-seed-news-report"],
      },
      editor,
    );
    expect((await repositories.explainerRecordChanges(draft.id))?.changes).toEqual([
      {
        type: "action",
        id: step.id,
        label: "Police chief reports on the policy",
        updatedAt: step.updatedAt,
        updatedBy: "Ana Editor",
        added: true,
      },
    ]);
  });
});
