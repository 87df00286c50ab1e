import { IMPORT_FORMATS, type ImportContext, type ImportFormat, type ImportMatch, toPopolo } from "@legible/core";
import {
  applyImport,
  exportDataset,
  type ImportInput,
  type ImportPlan,
  planImport,
  type Repositories,
  readAllRecords,
} from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { actorOf } from "./records";
import { ADMINS, ANY_STAFF } from "./roles";
import {
  type FileIssue,
  fieldsToPreserve,
  MAX_FILES_PER_REQUEST,
  MAX_IMPORT_BYTES,
  readUploadedFile,
  readUploadedFiles,
} from "./transfer-files";

const ImportInputSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `choose one of: ${IMPORT_FORMATS.join(", ")}` }),
  content: z.string().min(1, { error: "The file is empty." }).max(MAX_IMPORT_BYTES, {
    error:
      "The file is larger than 800 KB. Send it to /api/imports instead, which imports a file of any size as a job.",
  }),
});

const FORMAT = z.enum(IMPORT_FORMATS, { error: `choose one of: ${IMPORT_FORMATS.join(", ")}` });

/**
 * Several files of one format at once: a group the staff app sends, each file at most 800 KB and
 * the group under 800 KB together, so a request stays under the 1 MB every request is held to.
 */
const ImportFilesInputSchema = z.object({
  format: FORMAT,
  files: z
    .array(
      z.object({
        name: z.string().trim().min(1, { error: "Each file needs its name." }).max(500),
        content: z.string().max(MAX_IMPORT_BYTES, {
          error:
            "A file is larger than 800 KB. Send it to /api/imports instead, which imports a file of any size as a job.",
        }),
      }),
    )
    .min(1, { error: "Choose at least one file." })
    .max(MAX_FILES_PER_REQUEST, { error: `Send at most ${MAX_FILES_PER_REQUEST} files at a time.` })
    .refine((files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_IMPORT_BYTES, {
      error: "These files are larger than 800 KB together. Send them in smaller groups.",
    }),
});

/** Things in the file that will not be imported, and why (Open States roles with no body), and values left out. */
export interface ImportSkipped {
  path: string;
  line?: number;
  /** Which file, when several are read at once. */
  file?: string;
  title: string;
  reason: string;
}

/** A person in the files already on record: only their new terms are imported. */
export type ImportMatched = ImportMatch & { file?: string };

/** A preview or an apply: what the file does, or the problems that stop it. */
export type TransferOutcome =
  | { ok: true; plan: ImportPlan; skipped: ImportSkipped[]; matched?: ImportMatched[] }
  | { ok: false; issues: FileIssue[]; plan: ImportPlan | null; skipped: ImportSkipped[]; matched?: ImportMatched[] };

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

/** Only Open States roles are placed on stored bodies and matched to stored people; other formats name their records by id. */
async function contextFor(repositories: Repositories, format: ImportFormat): Promise<ImportContext> {
  return format === "openstates-person" ? await recordsToMatch(repositories) : { bodies: [], posts: [] };
}

async function readInput(
  repositories: Repositories,
  input: z.output<typeof ImportInputSchema>,
): Promise<{ ok: true; input: ImportInput; skipped: ImportSkipped[] } | { ok: false; issues: FileIssue[] }> {
  const context = await contextFor(repositories, input.format);
  const file = readUploadedFile(input.format, input.content, context);
  if (!file.ok) return file;
  const { records, places, skipped } = file.value;
  return {
    ok: true,
    input: { records, places, preserve: fieldsToPreserve(input.format) },
    skipped: skipped.map(({ collection: _collection, ...skip }) => skip),
  };
}

type ReadFiles =
  | { ok: true; input: ImportInput; skipped: ImportSkipped[]; matched: ImportMatched[] }
  | { ok: false; issues: FileIssue[] };

async function readFilesInput(
  repositories: Repositories,
  input: z.output<typeof ImportFilesInputSchema>,
): Promise<ReadFiles> {
  const read = readUploadedFiles(input.format, input.files, await contextFor(repositories, input.format));
  if (!read.ok) return read;
  const { records, places, skipped, matched } = read.value;
  return {
    ok: true,
    input: { records, places, preserve: fieldsToPreserve(input.format) },
    skipped: skipped.map(({ collection: _collection, ...skip }) => skip),
    matched,
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
      if (result.plan.counts.create + result.plan.counts.update > 0) void ctx.publicSite?.refresh("all");
      return { ok: true, plan: result.plan, skipped: read.skipped };
    }),

  /**
   * What importing a group of files would do, as one import: the staff app sends many files in
   * groups under the request limit and adds the previews up. Saves nothing.
   */
  previewFiles: staffProcedure(ADMINS)
    .input(ImportFilesInputSchema)
    .mutation(async ({ ctx, input }): Promise<TransferOutcome> => {
      const read = await readFilesInput(ctx.repositories, input);
      if (!read.ok) return { ok: false, issues: read.issues, plan: null, skipped: [] };
      const plan = await planImport(ctx.repositories, read.input);
      if (plan.problems.length > 0) {
        return { ok: false, issues: plan.problems, plan, skipped: read.skipped, matched: read.matched };
      }
      return { ok: true, plan, skipped: read.skipped, matched: read.matched };
    }),

  /** Imports a group of files in one transaction: all of the group, or, when anything is wrong, none of it. */
  importFiles: staffProcedure(ADMINS)
    .input(ImportFilesInputSchema)
    .mutation(async ({ ctx, input }): Promise<TransferOutcome> => {
      const read = await readFilesInput(ctx.repositories, input);
      if (!read.ok) return { ok: false, issues: read.issues, plan: null, skipped: [] };
      const result = await applyImport(ctx.repositories, read.input, actorOf(ctx.staff));
      if (!result.ok) {
        return { ok: false, issues: result.issues, plan: result.plan, skipped: read.skipped, matched: read.matched };
      }
      if (result.plan.counts.create + result.plan.counts.update > 0) void ctx.publicSite?.refresh("all");
      return { ok: true, plan: result.plan, skipped: read.skipped, matched: read.matched };
    }),

  /**
   * An import of a large file, running as a job (started by POST /api/imports): its progress
   * while it runs, then its report. Where the file is kept stays on the server.
   */
  job: staffProcedure(ADMINS)
    .input(z.object({ id: z.string().uuid({ error: "must be an import id" }) }))
    .query(async ({ ctx, input }) => {
      const job = await ctx.repositories.importJobs.get(input.id);
      if (!job) throw new TRPCError({ code: "NOT_FOUND", message: "No such import exists." });
      const { filePath: _filePath, cursor: _cursor, ...shown } = job;
      return shown;
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
