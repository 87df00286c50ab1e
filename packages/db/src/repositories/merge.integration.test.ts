import type { Person, VoteEvent } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { createRepositories, type Repositories } from "./index";
import { MergeRefusedError } from "./merge";

const editor = { id: "user-ana", name: "Ana Editor" };
const KEPT = "person-hugo-soto-martinez";
const TWIN = "person-hugo-twin";
const OLDER = "person-hugo-older-twin";

const twin: Person = {
  id: TWIN,
  name: "Hugo Soto-Martínez",
  sourceIds: ["src-seed-news-report"],
  identifiers: [{ scheme: "legistar", scope: "testville", identifier: "77" }],
};

const vote: VoteEvent = {
  id: "vote-merge-test",
  bodyId: "body-la-city-council",
  measureId: null,
  date: "2025-02-04",
  motionText: "Motion to test a merge",
  result: "pass",
  counts: { yes: 2, no: 0 },
  rollCall: [
    { voterName: "Someone Else", option: "yes" },
    { voterName: "Hugo Soto-Martínez", personId: TWIN, option: "yes" },
  ],
  sourceIds: ["src-seed-news-report"],
};

async function rowsOf(database: Database, personId: string) {
  const { prisma } = database;
  const [votes, terms, statements, citations, identifiers] = await Promise.all([
    prisma.personVote.findMany({ where: { personId }, select: { voteEventId: true, position: true } }),
    prisma.membership.findMany({ where: { personId }, select: { id: true } }),
    prisma.statement.findMany({ where: { speakerPersonId: personId }, select: { id: true } }),
    prisma.sourceCitation.findMany({ where: { recordType: "person", recordId: personId }, select: { sourceId: true } }),
    prisma.recordIdentifier.findMany({ where: { recordType: "person", recordId: personId }, select: { key: true } }),
  ]);
  return {
    votes: votes.map((v) => `${v.voteEventId}#${v.position}`).sort(),
    terms: terms.map((t) => t.id).sort(),
    statements: statements.map((s) => s.id).sort(),
    citations: citations.map((c) => c.sourceId).sort(),
    identifiers: identifiers.map((i) => i.key).sort(),
  };
}

describe.each(testProviders())("merging and splitting people on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
    await repositories.people.create(twin, editor);
    await repositories.memberships.create(
      {
        id: "term-hugo-twin",
        personId: TWIN,
        bodyId: "body-la-city-council",
        role: "Councilmember",
        startDate: "2024-12",
        endDate: null,
        sourceIds: ["src-seed-news-report"],
      },
      editor,
    );
    await repositories.statements.create(
      {
        id: "statement-hugo-twin",
        speakerPersonId: TWIN,
        stance: "supports",
        text: "A quote filed under the twin.",
        date: null,
        medium: null,
        sourceId: "src-seed-news-report",
      },
      editor,
    );
    await repositories.voteEvents.create(vote, editor);
    // An address merged into the twin earlier: after the merge it leads to the kept person.
    await database.prisma.recordRedirect.create({ data: { recordType: "person", fromId: OLDER, toId: TWIN } });
    // A question still open about the twin follows them to the kept person, and back.
    await database.prisma.reviewItem.create({
      data: {
        id: "review-about-twin",
        kind: "upstream-change",
        status: "open",
        recordType: "person",
        recordId: TWIN,
        field: "name",
        currentValue: twin.name,
        incomingValue: "Hugo Soto",
        reason: "Upstream changed the name.",
      },
    });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("refuses to merge a person into themselves or into someone not on record, in plain words", async () => {
    await expect(repositories.merge.merge(TWIN, TWIN, editor)).rejects.toThrow(/cannot be merged into themselves/);
    await expect(repositories.merge.merge(TWIN, "person-nobody", editor)).rejects.toBeInstanceOf(MergeRefusedError);
    await expect(repositories.merge.merge(TWIN, "person-nobody", editor)).rejects.toThrow(
      /no person "person-nobody" to merge into/,
    );
    expect(await repositories.people.get(TWIN)).not.toBeNull();
  });

  it("previews what will move in words", async () => {
    const preview = await repositories.merge.preview(TWIN, KEPT);
    expect(preview).toMatchObject({ votes: 1, terms: 1, statements: 1, identifiers: 1 });
    expect(preview.summary).toMatch(/^1 vote, 1 term, 1 statement/);
  });

  it("moves everything to the kept person, deletes the twin, redirects its address, and undoes it exactly", async () => {
    const keptBefore = await rowsOf(database, KEPT);
    const twinBefore = await rowsOf(database, TWIN);
    const keptRecordBefore = await repositories.people.get(KEPT);

    const merged = await repositories.merge.merge(TWIN, KEPT, editor);
    expect(merged.moved.votes).toEqual([{ voteEventId: vote.id, position: 1 }]);
    expect(merged.moved.memberships).toEqual(["term-hugo-twin"]);
    expect(merged.moved.statements).toEqual(["statement-hugo-twin"]);
    expect(merged.moved.redirects).toEqual([OLDER]);
    expect(merged.moved.reviewItems).toEqual(["review-about-twin"]);
    expect((await repositories.review.get("review-about-twin"))?.recordId).toBe(KEPT);

    expect(await repositories.people.get(TWIN)).toBeNull();
    const keptAfter = await rowsOf(database, KEPT);
    expect(keptAfter.votes).toEqual([...keptBefore.votes, ...twinBefore.votes].sort());
    expect(keptAfter.terms).toEqual([...keptBefore.terms, ...twinBefore.terms].sort());
    expect(keptAfter.statements).toEqual([...keptBefore.statements, ...twinBefore.statements].sort());
    expect(keptAfter.identifiers).toContain("legistar:testville:77");
    expect(keptAfter.citations).toEqual([...new Set([...keptBefore.citations, ...twinBefore.citations])].sort());
    expect(await rowsOf(database, TWIN)).toEqual({
      votes: [],
      terms: [],
      statements: [],
      citations: [],
      identifiers: [],
    });
    const votedAs = (await repositories.voteEvents.get(vote.id))?.rollCall?.[1];
    expect(votedAs?.personId).toBe(KEPT);
    expect(await repositories.merge.redirectOf("person", TWIN)).toBe(KEPT);
    expect(await repositories.merge.redirectOf("person", OLDER)).toBe(KEPT);

    const entry = await repositories.staff.auditEntry(merged.auditEntryId);
    expect(entry).toMatchObject({ action: "merge", recordType: "person", recordId: TWIN, actorName: editor.name });
    expect((entry?.before as Person | undefined)?.name).toBe(twin.name);
    expect(await repositories.merge.undoneMerges([merged.auditEntryId])).toEqual([]);

    const split = await repositories.merge.unmerge(merged.auditEntryId, editor);
    expect(split.restored).toEqual({ votes: 1, memberships: 1, statements: 1 });
    const back = await repositories.people.get(TWIN);
    expect(back).toMatchObject({ name: twin.name, identifiers: twin.identifiers, sourceIds: twin.sourceIds });
    expect(await rowsOf(database, TWIN)).toEqual(twinBefore);
    expect(await rowsOf(database, KEPT)).toEqual(keptBefore);
    expect((await repositories.people.get(KEPT))?.identifiers).toEqual(keptRecordBefore?.identifiers);
    expect((await repositories.voteEvents.get(vote.id))?.rollCall?.[1]?.personId).toBe(TWIN);
    expect(await repositories.merge.redirectOf("person", TWIN)).toBeNull();
    expect(await repositories.merge.redirectOf("person", OLDER)).toBe(TWIN);
    expect((await repositories.review.get("review-about-twin"))?.recordId).toBe(TWIN);
    expect(await repositories.merge.undoneMerges([merged.auditEntryId])).toEqual([merged.auditEntryId]);

    await expect(repositories.merge.unmerge(merged.auditEntryId, editor)).rejects.toThrow(/undone already/);
  });

  it("refuses to undo an entry that is not a merge", async () => {
    const { items } = await repositories.staff.auditLog({ action: "create", pageSize: 1 });
    const created = items[0];
    if (!created) throw new Error("the seed wrote no audit entries");
    await expect(repositories.merge.unmerge(created.id, editor)).rejects.toThrow(/not a merge of two people/);
  });
});
