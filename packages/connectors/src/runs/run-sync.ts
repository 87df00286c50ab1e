import { formatPath, type SyncRunTrigger } from "@legible/core";
import type { Repositories, SyncRun, SyncRunProgress } from "@legible/db";
import { type ConnectorReport, findConnector, type SyncConnector } from "./registry";

// One run of a stored sync: claim it (only one machine may), run the connector with the sync's
// settings and resume points, keep the run's progress and heartbeat fresh while it goes, then
// store the report, the error if any, and the resume points. Batches a connector writes are
// whole, so even a failed run's resume points are kept: the next run starts after them.

export interface RunSyncOptions {
  repositories: Repositories;
  trigger: SyncRunTrigger;
  requestedBy?: string | null;
  /** A run already queued (by "Run now"); otherwise a new one is queued and claimed. */
  runId?: string;
  /** Each progress line as it comes, for a command's output. */
  onProgress?: (line: string) => void;
  /** Progress is written at most this often, and the heartbeat at least this often. Default 1 s. */
  progressEveryMs?: number;
  /** For tests: the connector to use instead of the registry's. */
  connector?: SyncConnector<unknown>;
}

/** Progress lines kept on a run: the latest ones; the report has the totals. */
const PROGRESS_LINES = 30;

/** How long a running run may go without a heartbeat before another machine says it stopped. */
export const STALE_AFTER_MS = 2 * 60_000;

/**
 * Runs sync `sourceId` once and returns the run as stored; null when another machine took the
 * run. Never throws for a failed sync: the failure is on the run.
 */
export async function runSyncSource(sourceId: string, options: RunSyncOptions): Promise<SyncRun | null> {
  const store = options.repositories.syncSources;
  const source = await store.get(sourceId);
  if (!source) throw new Error(`No sync with id "${sourceId}" exists.`);
  const queued = options.runId
    ? await store.getRun(options.runId)
    : await store.createRun(sourceId, options.trigger, options.requestedBy ?? null);
  if (!queued) throw new Error(`No run with id "${options.runId}" exists.`);
  const run = await store.claimRun(queued.id);
  if (!run) return null;

  const progress: SyncRunProgress = { lines: [] };
  const fail = (error: string, report: unknown = null) =>
    store.finishRun(run.id, { status: "failed", report, error, progress });

  const connector = options.connector ?? findConnector(source.connector);
  if (!connector) return fail(`This sync's connector "${source.connector}" is not available on this server.`);
  const settings = connector.settingsSchema.safeParse(source.settings);
  if (!settings.success)
    return fail(
      `This sync's settings have problems: ${settings.error.issues.map((i) => `${formatPath(i.path)} ${i.message}`).join("; ")}. Edit the sync to fix them.`,
    );

  const every = options.progressEveryMs ?? 1_000;
  let dirty = false;
  let lastWrite = Date.now();
  let writing: Promise<unknown> = Promise.resolve();
  const flush = () => {
    // A heartbeat alone every 10 s is plenty against STALE_AFTER_MS; progress goes out each tick.
    if (!dirty && Date.now() - lastWrite < 10_000) return;
    const snapshot = dirty ? { lines: [...progress.lines] } : null;
    dirty = false;
    lastWrite = Date.now();
    writing = writing.then(() => store.heartbeat(run.id, snapshot)).catch(() => {});
  };
  // Throttled: a connector may report hundreds of batches a minute; the page polls every second or two.
  const timer = setInterval(flush, every);
  timer.unref?.();
  try {
    const report: ConnectorReport = await connector.run({
      repositories: options.repositories,
      settings: settings.data,
      resumeFrom: source.resumeFrom,
      actor: { name: `Sync "${source.name}"` },
      onProgress: (line) => {
        progress.lines.push(line);
        if (progress.lines.length > PROGRESS_LINES) progress.lines.splice(0, progress.lines.length - PROGRESS_LINES);
        dirty = true;
        options.onProgress?.(line);
      },
    });
    clearInterval(timer);
    await writing;
    return await store.finishRun(run.id, {
      status: report.ok ? "succeeded" : "failed",
      report,
      error: report.error ? `${report.error.request ? `${report.error.request}: ` : ""}${report.error.reason}` : null,
      progress,
      resumeFrom: report.resumeFrom,
    });
  } catch (error) {
    clearInterval(timer);
    await writing;
    return fail(`The sync stopped with an error: ${error instanceof Error ? error.message : String(error)}`, {
      ok: false,
      error: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}
