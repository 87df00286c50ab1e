import { rm } from "node:fs/promises";
import { IMPORT_FORMATS, type ImportCollection, type ImportFormat } from "@legible/core";
import {
  type Actor,
  type ApplyResult,
  applyImport,
  type ImportInput,
  type ImportJob,
  type RecordCollection,
  type Repositories,
} from "@legible/db";
import { RecordsBatch } from "../folders/records-batch";
import type { FolderSkip } from "../folders/report";
import { countBatch, leaveOut } from "../folders/report";
import { readDatasetItem, type SetAside } from "./dataset-item";
import { streamDataset, UnreadableFile } from "./dataset-stream";
import type { ItemSource } from "./items";
import { emptyImportReport, type ImportJobReport, trimLists } from "./report";
import { readWholeFile } from "./whole-file";

// One import job: claim it, read its file item by item (a dataset streamed, other formats
// whole), write the records in batches, each batch one transaction, and move the job's cursor
// after each, so a job cut short goes on after the last batch written. Bad values are set aside
// with their place and reason; records that cannot be stored, or that point at records that are
// neither in the file nor on record, are left out with theirs. Progress is kept on the job as
// it goes; the report at the end.

export interface RunImportJobOptions {
  repositories: Repositories;
  /** Records per transaction, at most. Default 500. */
  batchSize?: number;
  /** Bytes of the file per transaction, at most (a batch of long texts ends sooner). Default 512 KB. */
  batchBytes?: number;
  /** Each progress line as it comes, for a command's output. */
  onProgress?: (line: string) => void;
  /** Progress is written at most this often, and the heartbeat at least this often. Default 1 s. */
  progressEveryMs?: number;
  /** Whether the file is deleted once every record in it is written: uploads are, a command's own file is not. Default true. */
  removeFileWhenDone?: boolean;
  /** Writes one batch; applyImport unless a test wants a writer that fails. */
  writeBatch?: (repositories: Repositories, input: ImportInput, actor: Actor) => Promise<ApplyResult>;
}

export const DEFAULT_IMPORT_BATCH = 500;
export const DEFAULT_IMPORT_BATCH_BYTES = 512 * 1024;
const PROGRESS_LINES = 30;
/** Attempts at writing a batch while leaving out records that point at nothing. */
const MAX_RETRIES = 10;

/** Fields Popolo and OCD cannot hold: kept from the stored record when the file leaves them empty (as the staff app's import does). */
function fieldsToPreserve(format: ImportFormat): string[] {
  return format === "popolo" || format === "ocd" ? ["sourceIds"] : [];
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function sourceFor(job: ImportJob, repositories: Repositories): ItemSource & { skipped?: unknown[] } {
  const format = job.format as ImportFormat;
  if (format === "legible-dataset") return streamDataset(job.filePath);
  return readWholeFile(job.filePath, format, repositories);
}

/**
 * Writes a batch; a record the plan refuses (it points at a record that is neither in the file
 * nor on record) is taken out and the rest written. Returns the result and what was taken out.
 */
async function writeLeavingOutBlocked(
  batch: RecordsBatch,
  write: () => Promise<ApplyResult>,
): Promise<{
  result: Extract<ApplyResult, { ok: true }>;
  blocked: Array<{ kind: RecordCollection; skip: FolderSkip }>;
}> {
  const blocked: Array<{ kind: RecordCollection; skip: FolderSkip }> = [];
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const result = await write();
    if (result.ok) return { result, blocked };
    let taken = 0;
    for (const collection of result.plan.collections) {
      for (const record of collection.records) {
        if (record.action !== "skip" || record.reason === "unchanged") continue;
        const list = batch.records[collection.collection as ImportCollection] as Array<{ id: string }>;
        const index = list.findIndex((r) => r.id === record.id);
        if (index < 0) continue;
        list.splice(index, 1);
        const places = batch.places[collection.collection as ImportCollection] as Record<string, string>;
        const place = places[record.id] ?? record.place ?? collection.collection;
        delete places[record.id];
        blocked.push({
          kind: collection.collection,
          skip: { place, title: record.title, reason: record.reason ?? "cannot be written" },
        });
        taken++;
      }
    }
    if (taken === 0) {
      throw new Error(
        result.issues
          .slice(0, 3)
          .map((i) => `${i.path} ${i.message}`)
          .join("; "),
      );
    }
  }
  throw new Error("a batch kept pointing at records that are nowhere; nothing more was written");
}

/**
 * Runs import job `jobId` (queued, or failed part-way: it goes on from its cursor) and returns
 * it as stored; null when another machine has it or it is done. Never throws for a bad file:
 * the failure is on the job.
 */
export async function runImportJob(jobId: string, options: RunImportJobOptions): Promise<ImportJob | null> {
  const { repositories } = options;
  const jobs = repositories.importJobs;
  const job = await jobs.claim(jobId);
  if (!job) return null;

  const report: ImportJobReport =
    (job.cursor?.report as ImportJobReport | undefined) ?? emptyImportReport(job.format, job.fileName);
  report.ok = true;
  delete report.error;
  const skip = job.cursor?.items ?? 0;
  const startedAt = Date.now() - report.durationMs;
  const lines: string[] = [...(job.progress?.lines ?? [])];
  let dirty = false;
  let lastWrite = Date.now();
  let writing: Promise<unknown> = Promise.resolve();
  const progress = (line: string) => {
    lines.push(line);
    if (lines.length > PROGRESS_LINES) lines.splice(0, lines.length - PROGRESS_LINES);
    dirty = true;
    options.onProgress?.(line);
  };
  const flushProgress = () => {
    if (!dirty && Date.now() - lastWrite < 10_000) return;
    const snapshot = dirty ? { lines: [...lines] } : null;
    dirty = false;
    lastWrite = Date.now();
    writing = writing.then(() => jobs.heartbeat(job.id, snapshot)).catch(() => {});
  };
  const timer = setInterval(flushProgress, options.progressEveryMs ?? 1_000);
  timer.unref?.();

  const actor: Actor = { name: `Import of ${job.fileName}${job.requestedBy ? ` (${job.requestedBy})` : ""}` };
  const write = options.writeBatch ?? applyImport;
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
  const batchBytes = options.batchBytes ?? DEFAULT_IMPORT_BATCH_BYTES;
  let source: (ItemSource & { skipped?: unknown[] }) | null = null;

  try {
    if (!(IMPORT_FORMATS as readonly string[]).includes(job.format)) {
      throw new UnreadableFile(`"${job.format}" is not a format Legible imports (${IMPORT_FORMATS.join(", ")})`);
    }
    if (skip > 0) {
      report.resumedAt.push(skip);
      progress(`Going on after record ${skip.toLocaleString("en-US")}, where the last batch was written.`);
    }
    source = sourceFor(job, repositories);
    const bytesRead = source.bytesRead;
    let read = 0;
    let batch = new RecordsBatch();
    let inBatch = 0;
    let batchStart = 0;
    let setAside: SetAside[] = [];
    let refused: Array<{ kind: RecordCollection; skip: FolderSkip }> = [];

    const flush = async () => {
      if (inBatch === 0) return;
      const { result, blocked } = await writeLeavingOutBlocked(batch, () =>
        write(
          repositories,
          { records: batch.records, places: batch.places, preserve: fieldsToPreserve(job.format as ImportFormat) },
          actor,
        ),
      );
      // Counted only once the batch is written, so the cursor and the report agree after a stop.
      for (const { kind, skip } of [...refused, ...blocked]) leaveOut(report, kind, skip);
      report.quarantined.push(...setAside);
      const line = countBatch(report, result);
      report.items = read;
      report.durationMs = Date.now() - startedAt;
      trimLists(report);
      await jobs.saveCursor(job.id, { items: read, report });
      progress(
        `${read.toLocaleString("en-US")} records read (${megabytes(bytesRead())} of ${megabytes(job.fileBytes)} MB): ${line}`,
      );
      batch = new RecordsBatch();
      inBatch = 0;
      batchStart = bytesRead();
      setAside = [];
      refused = [];
    };

    for await (const item of source.items) {
      read++;
      if (read <= skip) {
        batchStart = bytesRead();
        continue;
      }
      if (item.checked) batch.add(item.collection, item.value as never, item.place);
      else {
        const checked = readDatasetItem(item.collection, item.value, item.place);
        if (checked.ok) {
          batch.add(item.collection, checked.record as never, item.place);
          setAside.push(...checked.quarantined);
        } else {
          refused.push({
            kind: item.collection,
            skip: { place: item.place, title: checked.title, reason: checked.reason },
          });
        }
      }
      if (++inBatch >= batchSize || bytesRead() - batchStart >= batchBytes) await flush();
    }
    await flush();
    for (const skipped of (source.skipped ?? []) as Array<{
      collection: RecordCollection;
      path: string;
      title: string;
      reason: string;
    }>) {
      leaveOut(report, skipped.collection, { place: skipped.path, title: skipped.title, reason: skipped.reason });
    }
    trimLists(report);
    report.items = read;
    report.durationMs = Date.now() - startedAt;
    progress(
      `Done: ${read.toLocaleString("en-US")} records read in ${report.batches} ${report.batches === 1 ? "batch" : "batches"}.`,
    );
    clearInterval(timer);
    await writing;
    const finished = await jobs.finish(job.id, { status: "succeeded", report, progress: { lines } });
    // The file is no longer needed once every record in it is written.
    if (options.removeFileWhenDone ?? true) await rm(job.filePath, { force: true }).catch(() => {});
    return finished;
  } catch (error) {
    clearInterval(timer);
    source?.close();
    const reason =
      error instanceof UnreadableFile
        ? `${job.fileName}: ${error.message}`
        : `The import stopped with an error: ${error instanceof Error ? error.message : String(error)}`;
    report.ok = false;
    report.error = { reason };
    report.durationMs = Date.now() - startedAt;
    progress(`Stopped: ${reason}`);
    await writing;
    return jobs.finish(job.id, { status: "failed", report, error: reason, progress: { lines } });
  }
}
