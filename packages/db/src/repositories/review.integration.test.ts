import type { Measure, Person } from "@legible/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testProviders } from "../test-support/databases";
import { DuplicateRecordError, InvalidRecordError, RecordNotFoundError } from "./errors";
import { createRepositories, type Repositories } from "./index";

const staff = { id: "user-rev", name: "Rae Reviewer" };
const sync = { name: "Legistar sync (testville)" };
const legistar = (n: number) => ({ scheme: "legistar" as const, scope: "testville", identifier: String(n) });

const measure: Measure = {
  id: "measure-review",
  identifier: "CF 24-1",
  title: "Staff's title",
  classification: "ordinance",
  subjects: [],
  sponsors: [],
  textSections: [],
  relatedMeasures: [],
  sourceIds: [],
  identifiers: [legistar(1000)],
};

describe.each(testProviders())("the review queue on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await repositories.measures.create(measure, sync);
    await repositories.people.create({ id: "person-ana", name: "Ana Reyes", sourceIds: [] }, staff);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const openChange = (incomingValue: unknown) =>
    repositories.syncBatch(async (batch) => {
      await batch.snapshots.put({
        recordType: "measure",
        recordId: measure.id,
        sourceId: null,
        values: { title: "Upstream's old title", identifier: "CF 24-1" },
        fetchedAt: "2026-12-01T00:00:00.000Z",
      });
      await batch.review.upstreamChange({
        recordType: "measure",
        recordId: measure.id,
        field: "title",
        currentValue: "Staff's title",
        incomingValue,
        reason: "Staff changed the title after the last sync, and Legistar has since changed it too.",
      });
    });

  it("finds records by an identifier they carry", async () => {
    expect(await repositories.identity.find("measure", "legistar:testville:1000")).toEqual([measure.id]);
    expect(await repositories.identity.find("person", "legistar:testville:1000")).toEqual([]);
    const many = await repositories.identity.findMany("measure", ["legistar:testville:1000", "legistar:testville:9"]);
    expect([...many]).toEqual([["legistar:testville:1000", [measure.id]]]);
  });

  it("keeps one open item per record and field, brought up to date, and lists it with the record's name", async () => {
    await openChange("Upstream's new title");
    await openChange("Upstream's newer title");
    expect(await repositories.review.countOpen()).toBe(1);
    const { items, total } = await repositories.review.list({ status: "open", skip: 0, take: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      kind: "upstream-change",
      status: "open",
      recordType: "measure",
      recordId: measure.id,
      recordName: "CF 24-1: Staff's title",
      field: "title",
      currentValue: "Staff's title",
      incomingValue: "Upstream's newer title",
      incoming: null,
      resolution: null,
      resolvedBy: null,
      resolvedAt: null,
    });
    expect(await repositories.review.get(items[0]?.id ?? "")).toEqual(items[0]);
    expect(await repositories.review.get("missing")).toBeNull();
    expect((await repositories.review.list({ status: "resolved", skip: 0, take: 10 })).total).toBe(0);
  });

  it("takes upstream's value as a new, audited version of the record and remembers it as upstream's", async () => {
    const [item] = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    const before = await repositories.measures.get(measure.id);
    await expect(repositories.review.resolve(item?.id ?? "", "different-person", staff)).rejects.toThrow(
      InvalidRecordError,
    );
    const resolved = await repositories.review.resolve(item?.id ?? "", "take-upstream", staff);
    expect(resolved).toMatchObject({ status: "resolved", resolution: "take-upstream", resolvedBy: staff.name });
    expect(resolved.resolvedAt).toEqual(expect.any(String));
    const after = await repositories.measures.get(measure.id);
    expect(after).toMatchObject({ title: "Upstream's newer title", version: (before?.version ?? 0) + 1 });
    const snapshot = await repositories.upstream.get("measure", measure.id);
    expect(snapshot?.values).toEqual({ title: "Upstream's newer title", identifier: "CF 24-1" });
    const audit = await database.prisma.auditEntry.findMany({ where: { recordId: measure.id, actorName: staff.name } });
    expect(audit).toHaveLength(1);
    await expect(repositories.review.resolve(item?.id ?? "", "take-upstream", staff)).rejects.toThrow(
      DuplicateRecordError,
    );
    await expect(repositories.review.resolve("missing", "keep-staff", staff)).rejects.toThrow(RecordNotFoundError);
  });

  it("keeping the staff value leaves the record alone and remembers upstream's value as seen", async () => {
    await openChange("Yet another upstream title");
    const [item] = (await repositories.review.list({ status: "open", skip: 0, take: 10 })).items;
    const before = await repositories.measures.get(measure.id);
    await repositories.review.resolve(item?.id ?? "", "keep-staff", staff);
    expect((await repositories.measures.get(measure.id))?.version).toBe(before?.version);
    expect((await repositories.upstream.get("measure", measure.id))?.values.title).toBe("Yet another upstream title");
    expect(await repositories.review.countOpen()).toBe(0);
  });

  it("links an incoming person to the one on record, or adds them as someone else", async () => {
    const incoming = (n: number): Person => ({
      id: `legistar:testville:person:${n}`,
      name: "Ana Reyes",
      sourceIds: [],
      identifiers: [legistar(n)],
    });
    await repositories.syncBatch(async (batch) => {
      for (const n of [7, 8]) {
        const question = { recordId: "person-ana", incoming: incoming(n), reason: "Only the name matches." };
        await batch.review.samePerson(question);
        await batch.review.samePerson(question);
      }
    });
    const { items } = await repositories.review.list({ status: "open", skip: 0, take: 10 });
    expect(items.map((i) => [i.kind, i.recordName, (i.incoming as Person).id]).sort()).toEqual([
      ["same-person", "Ana Reyes", "legistar:testville:person:7"],
      ["same-person", "Ana Reyes", "legistar:testville:person:8"],
    ]);
    const byIncoming = (n: number) => items.find((i) => (i.incoming as Person).id === incoming(n).id)?.id ?? "";
    await expect(repositories.review.resolve(byIncoming(7), "keep-staff", staff)).rejects.toThrow(InvalidRecordError);

    await repositories.review.resolve(byIncoming(7), "same-person", staff);
    expect((await repositories.people.get("person-ana"))?.identifiers).toEqual([legistar(7)]);
    expect(await repositories.identity.find("person", "legistar:testville:7")).toEqual(["person-ana"]);

    await repositories.review.resolve(byIncoming(8), "different-person", staff);
    expect(await repositories.people.get(incoming(8).id)).toMatchObject({
      name: "Ana Reyes",
      identifiers: [legistar(8)],
    });
    expect(await repositories.review.countOpen()).toBe(0);
    const page = await repositories.review.list({ skip: 1, take: 2 });
    expect(page).toMatchObject({ total: 4, items: [expect.anything(), expect.anything()] });
  });
});
