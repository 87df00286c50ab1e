import { randomUUID } from "node:crypto";
import type { PrismaDatabase } from "../client";
import { type ImportJob as JobRow, Prisma } from "../generated/sqlite/client";

// Files staff hand over to import in the background. A job goes queued → running → succeeded or
// failed, like a sync's run. Claiming is one conditional update, so two machines never run the
// same job; a job whose machine stopped (running, no heartbeat for a while) or that failed
// part-way can be claimed again and resumes from its cursor.

export type ImportJobStatus = "queued" | "running" | "succeeded" | "failed";

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  format: string;
  fileName: string;
  filePath: string;
  fileBytes: number;
  requestedBy: string | null;
  /** Where a resumed job starts; null before its first batch was written. */
  cursor: ImportJobCursor | null;
  progress: { lines: string[] } | null;
  report: unknown;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
}

/** How far a job got: items of the file read and written (or left out), and the report then. */
export interface ImportJobCursor {
  items: number;
  report: unknown;
}

export interface NewImportJob {
  format: string;
  fileName: string;
  filePath: string;
  fileBytes: number;
  requestedBy: string | null;
  id?: string;
}

/** Why a job stopped without finishing, when its machine stopped sending heartbeats. */
export const STALE_IMPORT_ERROR =
  "The machine running this import stopped (no sign of life for a while). It goes on from where it stopped when started again.";

function toJob(row: JobRow): ImportJob {
  return {
    id: row.id,
    status: row.status as ImportJobStatus,
    format: row.format,
    fileName: row.fileName,
    filePath: row.filePath,
    fileBytes: Number(row.fileBytes),
    requestedBy: row.requestedBy,
    cursor: (row.cursor ?? null) as ImportJobCursor | null,
    progress: (row.progress ?? null) as ImportJob["progress"],
    report: row.report ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    heartbeatAt: row.heartbeatAt?.toISOString() ?? null,
  };
}

const json = (value: unknown) => (value == null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

export function createImportJobs(prisma: PrismaDatabase) {
  async function get(id: string): Promise<ImportJob | null> {
    const row = await prisma.importJob.findUnique({ where: { id } });
    return row ? toJob(row) : null;
  }

  return {
    get,

    /** A new job waiting for a machine to take it. */
    async create(job: NewImportJob): Promise<ImportJob> {
      const row = await prisma.importJob.create({
        data: {
          id: job.id ?? randomUUID(),
          status: "queued",
          format: job.format,
          fileName: job.fileName,
          filePath: job.filePath,
          fileBytes: BigInt(job.fileBytes),
          requestedBy: job.requestedBy,
        },
      });
      return toJob(row);
    },

    /**
     * Takes a job for this machine: queued ones, and failed ones to resume from their cursor.
     * Null when another machine has it or it finished.
     */
    async claim(id: string, now = new Date()): Promise<ImportJob | null> {
      const { count } = await prisma.importJob.updateMany({
        where: { id, status: { in: ["queued", "failed"] } },
        data: { status: "running", startedAt: now, heartbeatAt: now, finishedAt: null, error: null },
      });
      return count === 1 ? get(id) : null;
    },

    /** Records progress and that the machine is alive; false when the job is no longer running. */
    async heartbeat(id: string, progress: { lines: string[] } | null, now = new Date()): Promise<boolean> {
      const { count } = await prisma.importJob.updateMany({
        where: { id, status: "running" },
        data: { heartbeatAt: now, ...(progress ? { progress: json(progress) } : {}) },
      });
      return count === 1;
    },

    /** Moves the resume point after a batch was written. */
    async saveCursor(id: string, cursor: ImportJobCursor, now = new Date()): Promise<void> {
      await prisma.importJob.update({ where: { id }, data: { cursor: json(cursor), heartbeatAt: now } });
    },

    async finish(
      id: string,
      outcome: {
        status: "succeeded" | "failed";
        report: unknown;
        error?: string | null;
        progress?: { lines: string[] };
      },
      now = new Date(),
    ): Promise<ImportJob> {
      const row = await prisma.importJob.update({
        where: { id },
        data: {
          status: outcome.status,
          report: json(outcome.report),
          error: outcome.error ?? null,
          finishedAt: now,
          heartbeatAt: now,
          ...(outcome.progress ? { progress: json(outcome.progress) } : {}),
        },
      });
      return toJob(row);
    },

    /** Marks running jobs with no heartbeat since `before` as failed (their machine stopped); returns their ids. */
    async failStale(before: Date, now = new Date()): Promise<string[]> {
      const stale = await prisma.importJob.findMany({
        where: { status: "running", heartbeatAt: { lt: before } },
        select: { id: true },
      });
      if (stale.length === 0) return [];
      await prisma.importJob.updateMany({
        where: { id: { in: stale.map((s) => s.id) }, status: "running", heartbeatAt: { lt: before } },
        data: { status: "failed", error: STALE_IMPORT_ERROR, finishedAt: now },
      });
      return stale.map((s) => s.id);
    },

    /** Jobs no machine has taken yet, oldest first. */
    async queued(): Promise<ImportJob[]> {
      const rows = await prisma.importJob.findMany({
        where: { status: "queued" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 100,
      });
      return rows.map(toJob);
    },

    /** The latest jobs, newest first. */
    async list(limit = 20): Promise<ImportJob[]> {
      const rows = await prisma.importJob.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: Math.min(Math.max(limit, 1), 100),
      });
      return rows.map(toJob);
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
