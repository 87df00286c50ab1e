import type { ApplyResult, RecordCollection } from "@legible/db";
import { describeRemovals, type RemovalReport } from "../removals";
import { UnreadableSource } from "./walk";

// What a folder import did, shaped like the Legistar sync's report (and the runner's
// ConnectorReport) so runs of every connector are stored and shown the same way.

export interface FolderKindCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Read but not written, for the reasons in the report's `skipped`. */
  skipped: number;
}

/** A value left out of a record, with where it was (`<file>:<line>` or `<file>:<path>`) and why. */
export interface FolderQuarantine {
  place: string;
  value: string;
  reason: string;
}

/** Something read and not written (a role that fits no body, an object that is not a record), with where and why. */
export interface FolderSkip {
  place: string;
  title: string;
  reason: string;
}

export interface FolderImportReport {
  ok: boolean;
  connector: "openstates-people" | "ocd";
  folder: string;
  /** Files read, and transactions written (one per batch of files). */
  files: number;
  batches: number;
  kinds: Record<string, FolderKindCounts>;
  quarantined: FolderQuarantine[];
  /** Each thing left out, with its place. */
  left: FolderSkip[];
  /** People in the folder found already on record: their records stay as staff keep them; only new terms are added. */
  matched: Array<{ place: string; name: string; personId: string; basis: "identifier" | "name-and-term" }>;
  /** The same, counted by kind and reason, as every connector reports them. */
  skipped: Array<{ kind: string; count: number; reason: string }>;
  /** Records the folder no longer gives (unpublished) or gives again (republished); OCD folders only. */
  removals?: RemovalReport;
  /** A folder has no resume points: every run reads it whole, and unchanged records stay unchanged. */
  resumeFrom: Record<string, string | null>;
  startedAt: string;
  durationMs: number;
  /** Why the run stopped: the file or folder that could not be read, and the reason. */
  error?: { file?: string; reason: string };
}

export function emptyReport(connector: FolderImportReport["connector"], folder: string): FolderImportReport {
  return {
    ok: true,
    connector,
    folder,
    files: 0,
    batches: 0,
    kinds: {},
    quarantined: [],
    left: [],
    matched: [],
    skipped: [],
    resumeFrom: {},
    startedAt: new Date().toISOString(),
    durationMs: 0,
  };
}

/** The parts of a report that counting touches: an import job's report has them too. */
export type CountedReport = Pick<FolderImportReport, "kinds" | "skipped" | "left" | "batches">;

function countsOf(report: CountedReport, kind: RecordCollection): FolderKindCounts {
  let counts = report.kinds[kind];
  if (!counts) {
    counts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
    report.kinds[kind] = counts;
  }
  return counts;
}

/** Counts something left out, by kind and reason, and lists it with its place. */
export function leaveOut(report: CountedReport, kind: RecordCollection, skip: FolderSkip): void {
  countsOf(report, kind).skipped++;
  // The summary groups by the reason's kind of problem, not by each person's name in it.
  const reason = skip.reason.replace(/"[^"]*"/g, "…");
  const same = report.skipped.find((s) => s.kind === kind && s.reason === reason);
  if (same) same.count++;
  else report.skipped.push({ kind, count: 1, reason });
  report.left.push(skip);
}

/** Adds a written batch's plan to the counts; returns one line for progress. */
export function countBatch(report: CountedReport, result: Extract<ApplyResult, { ok: true }>): string {
  const line: string[] = [];
  for (const collection of result.plan.collections) {
    const counts = countsOf(report, collection.collection);
    for (const record of collection.records) {
      if (record.action === "create") counts.created++;
      else if (record.action === "update") counts.updated++;
      else counts.unchanged++;
    }
    const c = collection.counts;
    line.push(`${collection.collection} ${c.create} new, ${c.update} updated, ${c.skip} unchanged`);
  }
  report.batches++;
  return line.join("; ") || "nothing to write";
}

/** The report as lines, for a command's output. */
export function describeFolderReport(report: FolderImportReport): string[] {
  const lines = [
    `${report.ok ? "imported" : "FAILED"} ${report.connector} from ${report.folder}: ${report.files} files in ${report.batches} batches, ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  for (const [kind, c] of Object.entries(report.kinds)) {
    lines.push(
      `  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged${c.skipped ? `, ${c.skipped} skipped` : ""}`,
    );
  }
  for (const m of report.matched) lines.push(`  on record ${m.place} (${m.name}): the same person as ${m.personId}`);
  for (const s of report.left) lines.push(`  left out ${s.place} (${s.title}): ${s.reason}`);
  if (report.quarantined.length > 0) lines.push(`  quarantined ${report.quarantined.length}:`);
  for (const q of report.quarantined) lines.push(`    ${q.place}${q.value ? ` (${q.value})` : ""}: ${q.reason}`);
  lines.push(...describeRemovals(report.removals));
  if (report.error) lines.push(`  error: ${report.error.file ? `${report.error.file}: ` : ""}${report.error.reason}`);
  return lines;
}

/** Marks the run failed: an unreadable file or folder is named; anything else is the reason alone. */
export function failReport(report: FolderImportReport, error: unknown): string {
  report.ok = false;
  report.error =
    error instanceof UnreadableSource
      ? { file: error.place, reason: error.message }
      : { reason: error instanceof Error ? error.message : String(error) };
  return `failed: ${report.error.reason}`;
}
