import type { Person, VoteEvent } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../seed/index";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import {
  DuplicateRecordError,
  InvalidRecordError,
  RecordInUseError,
  RecordNotFoundError,
  VersionConflictError,
} from "./errors";
import { createRepositories, type Repositories } from "./index";
import { MAX_PAGE_SIZE } from "./store";

const editor = { id: "user-ana", name: "Ana Editor" };
const reviewer = { id: "user-rui", name: "Rui Reviewer" };

describe.each(testProviders())("repositories on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  const auditCount = () => database.prisma.auditEntry.count();

  it("holds the seed story: every person, body, measure, quote and the vote, each with its source", async () => {
    const people = (await repositories.people.list({ pageSize: MAX_PAGE_SIZE })).items;
    expect(people.map((person) => person.name)).toEqual(
      expect.arrayContaining([
        "Karen Bass",
        "Hydee Feldstein Soto",
        "Hugo Soto-Martinez",
        "Jim McDonnell",
        "Eric Garcetti",
      ]),
    );
    for (const collection of ["people", "bodies", "measures", "voteEvents"] as const) {
      const { items } = await repositories[collection].list({ pageSize: MAX_PAGE_SIZE });
      expect(items.length, collection).toBeGreaterThan(0);
      for (const record of items) expect(record.sourceIds, `${collection} ${record.id}`).not.toEqual([]);
    }
    const statements = (await repositories.statements.list({ pageSize: MAX_PAGE_SIZE })).items;
    expect(statements.map((statement) => statement.speakerPersonId ?? statement.speakerBodyId)).toEqual(
      expect.arrayContaining(["person-karen-bass", "person-hugo-soto-martinez", "body-rpla-county"]),
    );
    const vote = await repositories.voteEvents.get("vote-council-2024-11-19");
    expect(vote?.counts).toMatchObject({ yes: 13, no: 0, "not voting": 2 });
    expect(vote?.rollCall).toBeNull();
  });

  it("seeding again changes nothing: no new versions, no audit entries", async () => {
    const before = await auditCount();
    await seedDatabase(database);
    expect(await auditCount()).toBe(before);
    expect((await repositories.people.get("person-karen-bass"))?.version).toBe(1);
  });

  it("saves a vote and its roll call together, and a failing roll call leaves the vote as it was", async () => {
    const vote: VoteEvent = {
      id: "vote-test-roll-call",
      bodyId: "body-la-city-council",
      measureId: "measure-sanctuary-ordinance",
      date: "2024-11-19",
      motionText: "Test motion with a roll call",
      result: "pass",
      counts: { yes: 2, no: 1 },
      rollCall: [
        { voterName: "Hugo Soto-Martinez", personId: "person-hugo-soto-martinez", option: "yes" },
        { voterName: "Member Two", option: "yes" },
        { voterName: "Member Three", option: "no" },
      ],
      sourceIds: ["src-seed-news-report"],
    };
    const created = await repositories.voteEvents.create(vote, editor);
    expect(created.rollCall).toEqual(vote.rollCall);
    expect(created.version).toBe(1);

    const broken = {
      ...created,
      rollCall: [{ voterName: "Nobody", personId: "person-does-not-exist", option: "yes" as const }],
    };
    await expect(repositories.voteEvents.update(broken, editor)).rejects.toBeInstanceOf(InvalidRecordError);
    const after = await repositories.voteEvents.get(vote.id);
    expect(after?.rollCall).toEqual(vote.rollCall);
    expect(after?.version).toBe(1);
  });

  it("of two saves from the same version, one wins and the other is told who saved first", async () => {
    const original = (await repositories.people.get("person-jim-mcdonnell")) as Person;
    const results = await Promise.allSettled([
      repositories.people.update({ ...original, givenName: "Jim" }, editor),
      repositories.people.update({ ...original, familyName: "McDonnell" }, reviewer),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const conflict = (rejected[0] as PromiseRejectedResult).reason;
    expect(conflict).toBeInstanceOf(VersionConflictError);
    const winner = fulfilled[0] === results[0] ? editor : reviewer;
    expect(conflict.message).toContain(`changed by ${winner.name}`);
    expect(conflict.message).toContain("Reload it");
    expect((await repositories.people.get(original.id))?.version).toBe(2);
  });

  it("refuses deletes that would orphan history, with the reason", async () => {
    const hugo = (await repositories.people.get("person-hugo-soto-martinez")) as Person;
    await expect(repositories.people.remove(hugo.id, hugo.version as number, editor)).rejects.toThrow(RecordInUseError);
    await expect(repositories.people.remove(hugo.id, hugo.version as number, editor)).rejects.toThrow(
      /cannot be deleted: 1 recorded vote names them; 1 statement is theirs/,
    );
    const article = await repositories.sources.get("src-seed-news-report");
    await expect(repositories.sources.remove(article?.id as string, 1, editor)).rejects.toThrow(/records cite it/);
    expect(await repositories.sources.get("src-seed-news-report")).not.toBeNull();
  });

  it("deletes a record nothing depends on, only from its current version, and logs it", async () => {
    const source = await repositories.sources.create(
      { id: "src-test-unused", kind: "press-release", title: "Unused", publisher: null, date: null },
      editor,
    );
    await expect(repositories.sources.remove(source.id, 7, editor)).rejects.toBeInstanceOf(VersionConflictError);
    const before = await auditCount();
    await repositories.sources.remove(source.id, 1, editor);
    expect(await repositories.sources.get(source.id)).toBeNull();
    expect(await auditCount()).toBe(before + 1);
    await expect(repositories.sources.remove(source.id, 1, editor)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("keeps published revisions and corrections append-only", async () => {
    const explainer = await repositories.explainers.get("explainer-sanctuary-ordinance-en");
    if (!explainer) throw new Error("the seed has no English explainer");
    const [first] = explainer.revisions;
    if (!first) throw new Error("the seed explainer has no revision");
    await expect(
      repositories.explainers.update(
        { ...explainer, revisions: [{ ...first, headline: "Rewritten history" }] },
        editor,
      ),
    ).rejects.toThrow(/revisions.1 is published and cannot be changed or removed/);
    const next = { ...first, number: first.number + 1, publishedAt: "2026-11-26T10:00:00.000Z" };
    const saved = await repositories.explainers.update(
      { ...explainer, revisions: [...explainer.revisions, next] },
      editor,
    );
    expect(saved.revisions.map((revision) => revision.number)).toEqual([first.number, first.number + 1]);
  });

  it("refuses a second explainer for the same measure and language in words, not codes", async () => {
    const explainer = await repositories.explainers.get("explainer-sanctuary-ordinance-en");
    if (!explainer) throw new Error("the seed has no English explainer");
    const copy = { ...explainer, id: "explainer-copy", revisions: [], corrections: [], status: "draft" as const };
    const failure = await repositories.explainers.create(copy, editor).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DuplicateRecordError);
    expect((failure as Error).message).toBe("This measure already has an explainer in that language.");
  });

  it("names each bad field of an invalid record and saves nothing", async () => {
    const failure = await repositories.people
      .create({ id: "bad id with spaces", name: "", sourceIds: [] } as Person, editor)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidRecordError);
    expect((failure as InvalidRecordError).issues.map((issue) => issue.path)).toEqual(["id", "name"]);
  });

  it("caps every list at the largest page size", async () => {
    const page = await repositories.people.list({ pageSize: 10_000 });
    expect(page.pageSize).toBe(MAX_PAGE_SIZE);
    expect(page.total).toBe(page.items.length);
  });

  it("finds measures, people and published explainers by any word, as prefixes, with marked matches", async () => {
    const ordinance = await repositories.search("sanctuar ordinance");
    expect(ordinance.map((hit) => `${hit.recordType}:${hit.recordId}`)).toEqual(
      expect.arrayContaining(["measure:measure-sanctuary-ordinance", "explainer:explainer-sanctuary-ordinance-en"]),
    );
    const marked = ordinance.flatMap((hit) => [...hit.title, ...hit.snippet]).filter((part) => part.match);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((part) => /^sanctuar|^ordinance/i.test(part.text))).toBe(true);

    expect((await repositories.search("Bass", { types: ["person"] })).map((hit) => hit.recordId)).toEqual([
      "person-karen-bass",
    ]);
    expect((await repositories.search("santuario", { locale: "es" })).map((hit) => hit.recordId)).toEqual([
      "explainer-sanctuary-ordinance-es",
    ]);
  });

  it("treats search input as words only: operators and quotes cannot break the query", async () => {
    for (const hostile of ['"', "' OR 1=1 --", "NEAR(a b)", "*", "a:* | !b", "\u0000"]) {
      await expect(repositories.search(hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await repositories.search("   ")).toEqual([]);
  });
});
