import { randomUUID } from "node:crypto";
import type { SyncRunStatus, SyncRunTrigger } from "@legible/core";
import type { PrismaDatabase } from "../client";
import { Prisma, type SyncRun as RunRow, type SyncSource as SourceRow } from "../generated/sqlite/client";
import { RecordNotFoundError, VersionConflictError } from "./errors";

// Syncs (outside systems Legible reads records from) and their runs. A run goes queued →
// running → succeeded or failed. Claiming a run is one conditional update under the source's
// row lock, so two machines polling the same queue never both run it, and a source never has
// two runs at once. Settings are stored as validated by core (SyncSourceInputSchema): this
// module checks versions and states, not settings.

export interface SyncSource {
  id: string;
  name: string;
  connector: string;
  settings: Record<string, unknown>;
  schedule: string | null;
  enabled: boolean;
  /** Where the next run starts, per list; null before the first run that wrote anything. */
  resumeFrom: Record<string, string | null> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SyncRun {
  id: string;
  sourceId: string;
  status: SyncRunStatus;
  trigger: SyncRunTrigger;
  requestedBy: string | null;
  progress: SyncRunProgress | null;
  report: unknown;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
}

/** What a running run has done so far: the latest lines and counts, as the connector reports them. */
export interface SyncRunProgress {
  lines: string[];
  counts?: unknown;
}

export interface SyncSourceFields {
  name: string;
  connector: string;
  settings: Record<string, unknown>;
  schedule: string | null;
  enabled: boolean;
}

/** Why a run stopped without finishing, when its machine stopped sending heartbeats. */
export const STALE_RUN_ERROR =
  "The machine running it stopped (no sign of life for a while). The next run starts where this one left off.";
/** Why a run did not start: its sync was already running. */
export const BUSY_RUN_ERROR = "Another run of this sync was still going, so this one did not start.";

const LABEL = "sync";

function toSource(row: SourceRow): SyncSource {
  return {
    id: row.id,
    name: row.name,
    connector: row.connector,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    schedule: row.schedule,
    enabled: row.enabled,
    resumeFrom: (row.resumeFrom ?? null) as SyncSource["resumeFrom"],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

function toRun(row: RunRow): SyncRun {
  return {
    id: row.id,
    sourceId: row.sourceId,
    status: row.status as SyncRunStatus,
    trigger: row.trigger as SyncRunTrigger,
    requestedBy: row.requestedBy,
    progress: (row.progress ?? null) as SyncRunProgress | null,
    report: row.report ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    heartbeatAt: row.heartbeatAt?.toISOString() ?? null,
  };
}

const json = (value: unknown) => (value == null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** An id from a name: `Chicago City Council` → `chicago-city-council`. */
function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "sync";
}

export function createSyncSources(prisma: PrismaDatabase) {
  const notFound = (id: string) => new RecordNotFoundError({ type: "SyncSource", id }, LABEL);

  async function get(id: string): Promise<SyncSource | null> {
    const row = await prisma.syncSource.findUnique({ where: { id } });
    return row ? toSource(row) : null;
  }

  async function freeId(name: string): Promise<string> {
    const base = slugOf(name);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!(await prisma.syncSource.findUnique({ where: { id }, select: { id: true } }))) return id;
    }
  }

  /** Locks the source's row until the transaction ends (PostgreSQL; SQLite has one writer anyway). */
  const lockSource = (tx: Prisma.TransactionClient, sourceId: string) =>
    tx.$executeRaw`UPDATE "SyncSource" SET "enabled" = "enabled" WHERE "id" = ${sourceId}`;

  return {
    get,
    /** A sync by its id, or else by its name (for `npm run sync -- <id or name>`). */
    async find(idOrName: string): Promise<SyncSource | null> {
      const byId = await get(idOrName);
      if (byId) return byId;
      const rows = await prisma.syncSource.findMany({ where: { name: idOrName }, take: 2 });
      return rows.length === 1 && rows[0] ? toSource(rows[0]) : null;
    },

    /** Every sync by name, each with its latest run. */
    async list(): Promise<Array<SyncSource & { latestRun: SyncRun | null }>> {
      const rows = await prisma.syncSource.findMany({
        orderBy: [{ name: "asc" }, { id: "asc" }],
        include: { runs: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
      });
      return rows.map(({ runs, ...row }) => ({ ...toSource(row), latestRun: runs[0] ? toRun(runs[0]) : null }));
    },

    /** Syncs that run on a schedule. */
    async listScheduled(): Promise<SyncSource[]> {
      const rows = await prisma.syncSource.findMany({ where: { enabled: true, schedule: { not: null } } });
      return rows.map(toSource);
    },

    async create(fields: SyncSourceFields, actor: string, id?: string): Promise<SyncSource> {
      const row = await prisma.syncSource.create({
        data: {
          id: id ?? (await freeId(fields.name)),
          name: fields.name,
          connector: fields.connector,
          schedule: fields.schedule,
          enabled: fields.enabled,
          settings: fields.settings as Prisma.InputJsonValue,
          updatedBy: actor,
        },
      });
      return toSource(row);
    },

    /** Saves over `version`; refused with VersionConflictError if someone saved since. Resume points stay. */
    async update(id: string, fields: SyncSourceFields & { version: number }, actor: string): Promise<SyncSource> {
      // Only the fields staff edit: a caller may pass a whole listed sync.
      const { version, name, connector, settings, schedule, enabled } = fields;
      const { count } = await prisma.syncSource.updateMany({
        where: { id, version },
        data: {
          name,
          connector,
          settings: settings as Prisma.InputJsonValue,
          schedule,
          enabled,
          version: { increment: 1 },
          updatedBy: actor,
        },
      });
      const current = await prisma.syncSource.findUnique({ where: { id } });
      if (!current) throw notFound(id);
      if (count === 0)
        throw new VersionConflictError(
          { type: "SyncSource", id },
          version,
          current.version,
          current.updatedBy,
          current.updatedAt.toISOString(),
          LABEL,
        );
      return toSource(current);
    },

    /** A new run waiting for a machine to take it. */
    async createRun(sourceId: string, trigger: SyncRunTrigger, requestedBy: string | null): Promise<SyncRun> {
      if (!(await prisma.syncSource.findUnique({ where: { id: sourceId }, select: { id: true } })))
        throw notFound(sourceId);
      const row = await prisma.syncRun.create({
        data: { id: randomUUID(), sourceId, status: "queued", trigger, requestedBy },
      });
      return toRun(row);
    },

    /**
     * Takes a queued run for this machine: running, with a first heartbeat. Null when another
     * machine took it first or it is no longer queued; a run whose sync is busy with another run
     * is marked failed (BUSY_RUN_ERROR) and null returned.
     */
    async claimRun(runId: string, now = new Date()): Promise<SyncRun | null> {
      return prisma.$transaction(async (tx) => {
        const run = await tx.syncRun.findUnique({ where: { id: runId }, select: { sourceId: true } });
        if (!run) return null;
        await lockSource(tx, run.sourceId);
        const busy = await tx.syncRun.count({
          where: { sourceId: run.sourceId, status: "running", id: { not: runId } },
        });
        if (busy > 0) {
          await tx.syncRun.updateMany({
            where: { id: runId, status: "queued" },
            data: { status: "failed", error: BUSY_RUN_ERROR, finishedAt: now },
          });
          return null;
        }
        const { count } = await tx.syncRun.updateMany({
          where: { id: runId, status: "queued" },
          data: { status: "running", startedAt: now, heartbeatAt: now },
        });
        if (count === 0) return null;
        const claimed = await tx.syncRun.findUnique({ where: { id: runId } });
        return claimed ? toRun(claimed) : null;
      });
    },

    /** Records progress and that the machine is alive; false when the run is no longer running (marked stale). */
    async heartbeat(runId: string, progress: SyncRunProgress | null, now = new Date()): Promise<boolean> {
      const { count } = await prisma.syncRun.updateMany({
        where: { id: runId, status: "running" },
        data: { heartbeatAt: now, ...(progress ? { progress: json(progress) } : {}) },
      });
      return count === 1;
    },

    /** Ends a run with its report; with `resumeFrom`, the sync's next run starts there. */
    async finishRun(
      runId: string,
      outcome: {
        status: "succeeded" | "failed";
        report: unknown;
        error?: string | null;
        progress?: SyncRunProgress | null;
        resumeFrom?: Record<string, string | null> | null;
      },
      now = new Date(),
    ): Promise<SyncRun> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.syncRun.update({
          where: { id: runId },
          data: {
            status: outcome.status,
            report: json(outcome.report),
            error: outcome.error ?? null,
            finishedAt: now,
            heartbeatAt: now,
            ...(outcome.progress ? { progress: json(outcome.progress) } : {}),
          },
        });
        // Resume points are the machine's, not staff's: storing them leaves the version alone so
        // an open edit form does not conflict with a run that finished meanwhile.
        if (outcome.resumeFrom)
          await tx.syncSource.update({
            where: { id: row.sourceId },
            data: { resumeFrom: json(outcome.resumeFrom) },
          });
        return toRun(row);
      });
    },

    /** Marks running runs with no heartbeat since `before` as failed: their machine stopped. */
    async failStaleRuns(before: Date, now = new Date()): Promise<number> {
      const { count } = await prisma.syncRun.updateMany({
        where: { status: "running", heartbeatAt: { lt: before } },
        data: { status: "failed", error: STALE_RUN_ERROR, finishedAt: now },
      });
      return count;
    },

    async getRun(runId: string): Promise<SyncRun | null> {
      const row = await prisma.syncRun.findUnique({ where: { id: runId } });
      return row ? toRun(row) : null;
    },

    /** A sync's runs, newest first. */
    async listRuns(sourceId: string, limit = 50): Promise<SyncRun[]> {
      const rows = await prisma.syncRun.findMany({
        where: { sourceId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: Math.min(Math.max(limit, 1), 200),
      });
      return rows.map(toRun);
    },

    /** Runs no machine has taken yet, oldest first. */
    async queuedRuns(): Promise<SyncRun[]> {
      const rows = await prisma.syncRun.findMany({
        where: { status: "queued" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 100,
      });
      return rows.map(toRun);
    },

    async latestRun(sourceId: string): Promise<SyncRun | null> {
      const row = await prisma.syncRun.findFirst({
        where: { sourceId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      return row ? toRun(row) : null;
    },
  };
}

export type SyncSources = ReturnType<typeof createSyncSources>;
