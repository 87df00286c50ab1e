import { IMPORT_FORMATS, type ImportContext, toPopolo } from "@legible/core";
import {
  applyImport,
  exportDataset,
  type ImportInput,
  type ImportPlan,
  planImport,
  type Repositories,
  readAllRecords,
} from "@legible/db";
import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { actorOf } from "./records";
import { ADMINS, ANY_STAFF } from "./roles";
import { type FileIssue, fieldsToPreserve, MAX_IMPORT_BYTES, readUploadedFile } from "./transfer-files";

const ImportInputSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `choose one of: ${IMPORT_FORMATS.join(", ")}` }),
  content: z
    .string()
    .min(1, { error: "The file is empty." })
    .max(MAX_IMPORT_BYTES, { error: "The file is larger than 800 KB. Split it into smaller files." }),
});

/** Things in the file that will not be imported, and why (Open States roles with no body). */
export interface ImportSkipped {
  path: string;
  line?: number;
  title: string;
  reason: string;
}

/** A preview or an apply: what the file does, or the problems that stop it. */
export type TransferOutcome =
  | { ok: true; plan: ImportPlan; skipped: ImportSkipped[] }
  | { ok: false; issues: FileIssue[]; plan: ImportPlan | null; skipped: ImportSkipped[] };

/** What an Open States import places roles on and matches people against: the records on file. */
async function recordsToMatch(repositories: Repositories): Promise<ImportContext> {
  return {
    bodies: await readAllRecords(repositories.bodies),
    posts: await readAllRecords(repositories.posts),
    jurisdictions: await readAllRecords(repositories.jurisdictions),
    people: await readAllRecords(repositories.people),
    memberships: await readAllRecords(repositories.memberships),
  };
}

async function readInput(
  repositories: Repositories,
  input: z.output<typeof ImportInputSchema>,
): Promise<{ ok: true; input: ImportInput; skipped: ImportSkipped[] } | { ok: false; issues: FileIssue[] }> {
  // Only Open States roles are placed on stored bodies and matched to stored people; other
  // formats name their records by id.
  const context = input.format === "openstates-person" ? await recordsToMatch(repositories) : { bodies: [], posts: [] };
  const file = readUploadedFile(input.format, input.content, context);
  if (!file.ok) return file;
  const { records, places, skipped } = file.value;
  return {
    ok: true,
    input: { records, places, preserve: fieldsToPreserve(input.format) },
    skipped: skipped.map(({ collection: _collection, ...skip }) => skip),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Import and export of whole files: previews and imports are for admins; anyone signed in may export. */
export const transferRouter = router({
  /** What importing the file would create, update and skip, and the problems that stop it. Saves nothing. */
  preview: staffProcedure(ADMINS)
    .input(ImportInputSchema)
    .mutation(async ({ ctx, input }): Promise<TransferOutcome> => {
      const read = await readInput(ctx.repositories, input);
      if (!read.ok) return { ok: false, issues: read.issues, plan: null, skipped: [] };
      const plan = await planImport(ctx.repositories, read.input);
      if (plan.problems.length > 0) return { ok: false, issues: plan.problems, plan, skipped: read.skipped };
      return { ok: true, plan, skipped: read.skipped };
    }),

  /** Imports the file in one transaction: all of it, or, when anything is wrong, none of it. */
  // Named `import`: tRPC reserves `apply` (its client proxy calls procedures with it).
  import: staffProcedure(ADMINS)
    .input(ImportInputSchema)
    .mutation(async ({ ctx, input }): Promise<TransferOutcome> => {
      const read = await readInput(ctx.repositories, input);
      if (!read.ok) return { ok: false, issues: read.issues, plan: null, skipped: [] };
      const result = await applyImport(ctx.repositories, read.input, actorOf(ctx.staff));
      if (!result.ok) return { ok: false, issues: result.issues, plan: result.plan, skipped: read.skipped };
      if (result.plan.counts.create + result.plan.counts.update > 0) void ctx.publicSite?.refresh();
      return { ok: true, plan: result.plan, skipped: read.skipped };
    }),

  /** Every record as a file to download: a whole Legible dataset, or the people, bodies and votes as Popolo. */
  export: staffProcedure(ANY_STAFF)
    .input(z.object({ format: z.enum(["legible-dataset", "popolo"]) }))
    .query(async ({ ctx, input }) => {
      const dataset = await exportDataset(ctx.repositories);
      if (input.format === "legible-dataset") {
        return { fileName: `legible-dataset-${today()}.json`, content: `${JSON.stringify(dataset, null, 2)}\n` };
      }
      const popolo = toPopolo({
        people: dataset.people,
        bodies: dataset.bodies,
        posts: dataset.posts,
        memberships: dataset.memberships,
        votes: dataset.voteEvents,
      });
      return { fileName: `legible-popolo-${today()}.json`, content: `${JSON.stringify(popolo, null, 2)}\n` };
    }),
});
