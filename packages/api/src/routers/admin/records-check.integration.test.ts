import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import type { PublicSite } from "../../public-site";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "../public/index";
import { adminRouter } from "./index";

// Issue 14: explainers that notice when the records they show change, through the staff API
// (dashboard, editor, confirmation) and the public explainer page.

const adminCaller = createCallerFactory(adminRouter);
const publicCaller = createCallerFactory(publicRouter);
const MEASURE = "measure-sanctuary-ordinance";
const EN = "explainer-sanctuary-ordinance-en";
const ES = "explainer-sanctuary-ordinance-es";
const VOTE = "vote-council-2024-11-19";

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(testProviders())("explainers whose records changed, through the routers on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const site = { refreshes: 0 };
  const publicSite: PublicSite = {
    refresh: async () => {
      site.refreshes += 1;
      return true;
    },
  };
  const as = (role: StaffRole) =>
    adminCaller(
      createContext({
        repositories,
        publicSite,
        staff: { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role },
      }),
    );
  const page = (locale: "en" | "es") =>
    publicCaller(createContext({ repositories })).explainers.page({ measureId: MEASURE, locale });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("flags nothing on a fresh seed", async () => {
    expect((await as("editor").dashboard.overview()).recordsChanged).toEqual({ total: 0, explainers: [] });
    expect((await page("en")).recordsChanged).toBeNull();
  });

  it("lists a vote changed after publication on the dashboard and in the editor, and tells readers in both languages", async () => {
    const vote = await as("editor").voteEvents.get({ id: VOTE });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const saved = await as("editor").voteEvents.update({
      ...vote,
      motionText: "Pass the sanctuary city ordinance now",
    });

    const change = {
      type: "vote-event",
      id: VOTE,
      label: "Pass the sanctuary city ordinance now",
      updatedAt: saved.updatedAt,
      updatedBy: "Test editor",
      added: false,
    };
    const { recordsChanged } = await as("editor").dashboard.overview();
    expect(recordsChanged.total).toBe(2);
    expect(recordsChanged.explainers.find((entry) => entry.explainerId === EN)).toEqual({
      explainerId: EN,
      measureId: MEASURE,
      locale: "en",
      headline: "Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
      reviewedAt: "2024-11-20T18:00:00.000Z",
      changes: [change],
      moreChanges: 0,
    });

    const editor = await as("editor").explainers.lintRecords({ id: ES });
    expect(editor.recordChanges?.changes).toEqual([change]);
    expect(editor.statements.map((statement) => statement.id)).toEqual(
      expect.arrayContaining(["statement-bass", "statement-rpla-county-borders"]),
    );

    expect((await page("en")).recordsChanged).toEqual({
      since: "November 20, 2024",
      reviewedAt: "2024-11-20T18:00:00.000Z",
    });
    expect((await page("es")).recordsChanged?.since).toBe("20 de noviembre de 2024");
  });

  it("gives lint the changes and statements on the dashboard: a block citing the changed vote is stale", async () => {
    const stored = await as("reviewer").explainers.get({ id: EN });
    await as("reviewer").explainers.update({ ...stored, status: "in-review" });
    const { lintFindings } = await as("editor").dashboard.overview();
    const findings = lintFindings.find((entry) => entry.id === EN)?.findings ?? [];
    expect(findings.filter((finding) => finding.code === "stale-block").map((finding) => finding.path)).toEqual([
      "blocks.0",
      "blocks.7",
    ]);
    // Both sides are quoted, and lint now knows it.
    expect(findings.map((finding) => finding.code)).not.toContain("one-sided-perspectives");
  });

  it("lets reviewers and admins confirm, not editors; refuses a change they did not see; refreshes the site", async () => {
    const [change] = (await as("reviewer").explainers.lintRecords({ id: ES })).recordChanges?.changes ?? [];
    if (!change) throw new Error("the Spanish explainer should be flagged");
    expect(
      (await failure(as("editor").explainers.confirmRecords({ id: ES, seenThrough: change.updatedAt }))).code,
    ).toBe("FORBIDDEN");
    const stale = await failure(
      as("reviewer").explainers.confirmRecords({ id: ES, seenThrough: "2024-12-01T00:00:00Z" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/^Records changed after you loaded the list: Pass the sanctuary city ordinance now/);

    const before = site.refreshes;
    const check = await as("reviewer").explainers.confirmRecords({ id: ES, seenThrough: change.updatedAt });
    expect(check).toMatchObject({ confirmed: [change], publicSiteRefreshed: true });
    expect(site.refreshes).toBe(before + 1);
    expect((await page("es")).recordsChanged).toBeNull();
    expect((await as("editor").explainers.lintRecords({ id: ES })).recordChanges?.changes).toEqual([]);
    expect(
      (await as("editor").dashboard.overview()).recordsChanged.explainers.map((entry) => entry.explainerId),
    ).toEqual([EN]);

    // The check is in the explainer's history, and is not a version to restore.
    const [entry] = (await as("editor").explainers.history({ id: ES })).items;
    expect(entry).toMatchObject({ action: "check-records", actorName: "Test reviewer" });
    const current = await as("editor").explainers.get({ id: ES });
    const restore = as("editor").explainers.restore({ id: ES, auditEntryId: entry?.id ?? 0, version: current.version });
    expect((await failure(restore)).code).toBe("BAD_REQUEST");
    expect((await as("admin").audit.list({ action: "check-records" })).items.map((item) => item.recordId)).toEqual([
      ES,
    ]);
  });

  it("publishes a perspectives block that cites through its linked statements, as the editor's lint allows", async () => {
    const draft = await as("editor").explainers.create({
      id: "explainer-garcetti-directive-2019-en",
      measureId: "measure-garcetti-directive-2019",
      locale: "en",
      status: "draft",
      headline: "The 2019 directive",
      blocks: [
        { id: "perspectives-1", kind: "perspectives", statementIds: ["statement-bass"], citations: [] },
        {
          id: "summary-1",
          kind: "summary",
          text: "It protected immigrants.",
          citations: [{ sourceId: "src-seed-news-report" }],
        },
      ],
      revisions: [],
      corrections: [],
    });
    const submitted = await as("editor").explainers.submit({ id: draft.id, version: draft.version ?? 1 });
    const { explainer } = await as("reviewer").explainers.publish({ id: draft.id, version: submitted.version ?? 1 });
    expect(explainer.revisions).toHaveLength(1);
  });

  it("clears when the explainer is published again", async () => {
    let stored = await as("reviewer").explainers.get({ id: EN });
    if (stored.status === "draft")
      stored = await as("editor").explainers.submit({ id: EN, version: stored.version ?? 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await as("reviewer").explainers.publish({ id: EN, version: stored.version ?? 1 });
    expect((await as("editor").dashboard.overview()).recordsChanged).toEqual({ total: 0, explainers: [] });
    expect((await page("en")).recordsChanged).toBeNull();
  });
});
