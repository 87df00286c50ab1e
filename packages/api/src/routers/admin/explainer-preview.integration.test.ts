import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type StaffRole } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "../public/index";
import { adminRouter } from "./index";

// Issue 16: the staff preview lays a working copy out through the public page's own view
// builder, so a published explainer previews exactly as residents read it; a reviewer sends a
// draft back with a note its writers find on the explainer and in the audit log.

const adminCaller = createCallerFactory(adminRouter);
const publicCaller = createCallerFactory(publicRouter);
const MEASURE = "measure-sanctuary-ordinance";

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(testProviders())(
  "the explainer preview and the reviewer's note, through the routers on %s",
  (provider) => {
    let database: TestDatabase;
    let repositories: Repositories;
    const as = (role: StaffRole) =>
      adminCaller(
        createContext({
          repositories,
          staff: { userId: `user-${role}`, name: `Test ${role}`, email: `${role}@example.org`, role },
        }),
      );
    const today = new Date().toISOString().slice(0, 10);

    beforeAll(async () => {
      database = await createTestDatabase(provider);
      repositories = createRepositories(database);
      await seedDatabase(database);
    });
    afterAll(() => database.drop());

    it.each(["en", "es"] as const)("previews a published %s explainer as the public page shows it", async (locale) => {
      const stored = await as("editor").explainers.get({ id: `explainer-sanctuary-ordinance-${locale}` });
      const { id, headline, blocks, corrections } = stored;
      const preview = await as("editor").explainers.preview({ id, headline, blocks, corrections });
      const page = await publicCaller(createContext({ repositories })).explainers.page({
        measureId: MEASURE,
        locale,
        today,
      });
      expect(preview).toEqual(page);
    });

    it("lays an unsaved edit out as the next revision, and splits paragraphs only at blank lines", async () => {
      const stored = await as("editor").explainers.get({ id: "explainer-sanctuary-ordinance-en" });
      const blocks = stored.blocks.map((block) =>
        block.kind === "summary" ? { ...block, text: "One line.\nThe same paragraph.\n\nA second one." } : block,
      );
      const preview = await as("editor").explainers.preview({ ...stored, headline: "A new headline", blocks });
      expect(preview.headline).toBe("A new headline");
      expect(preview.lastUpdated.revision).toBe((stored.revisions.at(-1)?.number ?? 0) + 1);
      expect(preview.summary?.paragraphs.map((parts) => parts.map((part) => part.text).join(""))).toEqual([
        "One line.\nThe same paragraph.",
        "A second one.",
      ]);
      const page = await publicCaller(createContext({ repositories })).explainers.page({
        measureId: MEASURE,
        locale: "en",
      });
      expect(page.headline).toBe(stored.revisions.at(-1)?.headline);
    });

    it("refuses to send a draft back without a note, and keeps the note with the change", async () => {
      const id = "explainer-sanctuary-ordinance-en";
      const loaded = await as("editor").explainers.get({ id });
      const edited = await as("editor").explainers.update({ ...loaded, headline: `${loaded.headline} (edited)` });
      const submitted = await as("editor").explainers.submit({ id, version: edited.version ?? 0 });

      const refused = await failure(
        as("reviewer").explainers.returnToDraft({ id, version: submitted.version ?? 0, note: "  " }),
      );
      expect(refused.code).toBe("BAD_REQUEST");

      const note = "Say who signs it, and when.";
      const returned = await as("reviewer").explainers.returnToDraft({ id, version: submitted.version ?? 0, note });
      expect(returned).toMatchObject({ status: "draft", reviewNote: note });
      // An edit cannot change the reviewer's words; the next submit clears them.
      const edit = await as("editor").explainers.update({ ...returned, reviewNote: "All fine" });
      expect(edit.reviewNote).toBe(note);
      const history = await as("editor").explainers.history({ id });
      expect(JSON.stringify(history)).toContain(note);
      const again = await as("editor").explainers.submit({ id, version: edit.version ?? 0 });
      expect(again.reviewNote).toBeUndefined();
      // Residents never see the note.
      const page = await publicCaller(createContext({ repositories })).explainers.page({
        measureId: MEASURE,
        locale: "en",
      });
      expect(JSON.stringify(page)).not.toContain(note);
    });
  },
);
