import type { Person } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import type { PublicSite, SiteChange } from "../../public-site";
import { createCallerFactory } from "../../trpc";
import { adminRouter } from "./index";

const callerOf = createCallerFactory(adminRouter);

/** Counts refresh calls and keeps what each named; the real call over HTTP is proven by the browser specs. */
function countingPublicSite() {
  const site = {
    refreshes: 0,
    changes: [] as SiteChange[],
    refresh: async (_change: SiteChange) => true,
  } satisfies PublicSite & { refreshes: number; changes: SiteChange[] };
  site.refresh = async (change: SiteChange) => {
    site.refreshes += 1;
    site.changes.push(change);
    return true;
  };
  return site;
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(testProviders())("the admin router on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let publicSite: ReturnType<typeof countingPublicSite>;
  const as = (role: StaffRole, name = `Test ${role}`) =>
    callerOf(
      createContext({
        repositories,
        publicSite,
        staff: { userId: `user-${role}`, name, email: `${role}@example.org`, role },
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("lists people by words in their names, ignoring case, with pages", async () => {
    publicSite = countingPublicSite();
    const found = await as("reviewer").people.list({ search: "BASS" });
    expect(found.items.map((item) => item.id)).toEqual(["person-karen-bass"]);
    const firstPage = await as("reviewer").people.list({ sort: "name", pageSize: 4 });
    const secondPage = await as("reviewer").people.list({ sort: "name", pageSize: 4, page: 2 });
    expect(firstPage.total).toBe(9);
    expect(firstPage.items).toHaveLength(4);
    expect(secondPage.items.map((item) => item.title)).not.toContain(firstPage.items[0]?.title);
    const titles = firstPage.items.map((item) => item.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it("titles memberships by the person's name and finds them by it", async () => {
    const terms = await as("editor").memberships.list({ search: "garcetti" });
    expect(terms.items.map((item) => item.title)).toEqual(["Eric Garcetti"]);
  });

  it("refuses a sort or filter a list does not have, naming the field", async () => {
    const error = await failure(as("editor").people.list({ sort: "password" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('cannot sort by "password"');
  });

  it("saves a new person, then refuses a save over a newer version, naming who saved", async () => {
    publicSite = countingPublicSite();
    const person: Person = { id: "person-test-new", name: "Test Person", sourceIds: ["src-seed-news-report"] };
    const created = await as("editor", "Eddie Editor").people.create(person);
    expect(created.version).toBe(1);
    const firstEdit = await as("editor", "Eddie Editor").people.update({ ...created, name: "Test Person Two" });
    expect(firstEdit.version).toBe(2);
    const stale = await failure(as("reviewer", "Rita Reviewer").people.update({ ...created, name: "Stale" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Eddie Editor");
    expect(stale.message).toContain("nothing of yours was saved");
    expect((await as("editor").people.get({ id: person.id })).name).toBe("Test Person Two");
    expect(publicSite.refreshes).toBe(2);
    // Only what the save touched: the person, the source it cites, people lists and the shared pages.
    expect(publicSite.changes[1]).toEqual([
      "person:person-test-new",
      "page:source:src-seed-news-report",
      "list:person",
      "list:source",
      "home",
      "feeds",
      "search",
      "sitemap",
      "open-data",
    ]);
  });

  it("restores an earlier version from history as a new version, and a deleted record as new", async () => {
    const editor = as("editor");
    const history = await editor.people.history({ id: "person-test-new" });
    expect(history.items.map((entry) => entry.action)).toEqual(["update", "create"]);
    const created = history.items.find((entry) => entry.action === "create");
    if (!created) throw new Error("no create entry");
    const restored = await editor.people.restore({ id: "person-test-new", auditEntryId: created.id, version: 2 });
    expect(restored).toMatchObject({ name: "Test Person", version: 3 });

    await editor.people.remove({ id: "person-test-new", version: 3 });
    const deletion = (await editor.people.history({ id: "person-test-new" })).items[0];
    expect(deletion?.action).toBe("delete");
    const back = await editor.people.restore({ id: "person-test-new", auditEntryId: deletion?.id ?? 0 });
    expect(back).toMatchObject({ name: "Test Person", version: 1 });
  });

  it("refuses to delete a person others point at, with the reason", async () => {
    const bass = await as("editor").people.get({ id: "person-karen-bass" });
    const refused = await failure(as("editor").people.remove({ id: bass.id, version: bass.version ?? 1 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/^This person cannot be deleted: .*statement/);
  });

  it("sends bad records back field by field, with nothing saved", async () => {
    const error = await failure(
      as("editor").voteEvents.create({
        id: "vote-bad",
        bodyId: "body-la-city-council",
        date: "2024-11-19",
        motionText: "A motion",
        counts: { yes: -1 },
        rollCall: null,
        sourceIds: [],
      } as never),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await repositories.voteEvents.get("vote-bad")).toBeNull();
  });

  it("walks an explainer through review: editors submit, only reviewers publish, and the site is told", async () => {
    publicSite = countingPublicSite();
    const english = await as("editor").explainers.get({ id: "explainer-sanctuary-ordinance-en" });
    const edited = await as("editor").explainers.update({ ...english, headline: `${english.headline} (updated)` });
    expect(edited.status).toBe("draft");
    expect(edited.revisions).toEqual(english.revisions);
    expect(publicSite.refreshes).toBe(0);

    const submitted = await as("editor").explainers.submit({ id: edited.id, version: edited.version ?? 0 });
    expect(submitted.status).toBe("in-review");
    const refused = await failure(as("editor").explainers.publish({ id: edited.id, version: submitted.version ?? 0 }));
    expect(refused.code).toBe("FORBIDDEN");

    const { explainer, publicSiteRefreshed } = await as("reviewer").explainers.publish({
      id: edited.id,
      version: submitted.version ?? 0,
    });
    expect(explainer.status).toBe("published");
    expect(explainer.revisions.at(-1)).toMatchObject({
      number: english.revisions.length + 1,
      headline: edited.headline,
      publishedBy: "user-reviewer",
    });
    expect(publicSiteRefreshed).toBe(true);
    expect(publicSite.refreshes).toBe(1);
    expect(publicSite.changes[0]).toEqual(
      expect.arrayContaining([
        `explainer:${explainer.measureId}`,
        `page:measure:${explainer.measureId}`,
        "list:explainer",
      ]),
    );
  });

  it("will not publish a draft that skipped review, or a status set by hand", async () => {
    const english = await as("reviewer").explainers.get({ id: "explainer-sanctuary-ordinance-en" });
    const draft = await as("reviewer").explainers.update({ ...english, headline: "Another headline" });
    const skipped = await failure(as("reviewer").explainers.publish({ id: draft.id, version: draft.version ?? 0 }));
    expect(skipped.code).toBe("BAD_REQUEST");
    expect(skipped.message).toContain("must be waiting for review");
    const forced = await as("editor").explainers.update({ ...draft, status: "published" });
    expect(forced.status).toBe("draft");
  });

  it("restores an explainer's earlier version as a new draft, keeping its revisions and public corrections", async () => {
    const editor = as("editor");
    const spanish = await editor.explainers.get({ id: "explainer-sanctuary-ordinance-es" });
    const correction = { id: "correction-test", date: "2026-11-26T09:00:00.000Z", text: "Corregimos una fecha." };
    const corrected = await editor.explainers.update({ ...spanish, corrections: [...spanish.corrections, correction] });
    const created = (await editor.explainers.history({ id: spanish.id })).items.find(
      (entry) => entry.action === "create",
    );
    if (!created) throw new Error("the seed's explainer has no create entry");
    const restored = await editor.explainers.restore({
      id: spanish.id,
      auditEntryId: created.id,
      version: corrected.version,
    });
    expect(restored.status).toBe("draft");
    expect(restored.headline).toBe(spanish.headline);
    expect(restored.revisions).toEqual(spanish.revisions);
    expect(restored.corrections.map((entry) => entry.id)).toContain("correction-test");
  });

  it("pre-fills a roll call with who sat on the body on the date", async () => {
    const members = await as("editor").rollCall.members({ bodyId: "body-la-city-council", date: "2024-11-19" });
    expect(members.map((member) => member.name)).toContain("Hugo Soto-Martinez");
  });

  it("shows the dashboard what waits for review and what changed", async () => {
    const overview = await as("reviewer").dashboard.overview();
    expect(overview.recentChanges[0]).toMatchObject({ recordType: "explainer", actorName: "Test editor" });
    expect(overview.recentChanges[0]).not.toHaveProperty("after");
  });
});
