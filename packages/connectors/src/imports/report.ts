import type { FolderKindCounts, FolderQuarantine, FolderSkip } from "../folders/report";

// What an import job did, shaped like a sync's report (the runner's ConnectorReport) so the
// staff app shows both with the same view. Lists of set-aside values and left-out records keep
// the first LISTED of each, with counts of the rest, so a file full of bad values cannot make
// the report (and the job's memory) grow without end.

export const LISTED = 1_000;

export interface ImportJobReport {
  ok: boolean;
  format: string;
  fileName: string;
  /** Records read from the file, and transactions written. */
  items: number;
  batches: number;
  kinds: Record<string, FolderKindCounts>;
  quarantined: FolderQuarantine[];
  left: FolderSkip[];
  skipped: Array<{ kind: string; count: number; reason: string }>;
  /** How many set-aside values and left-out records the lists above leave unnamed. */
  unlisted: { quarantined: number; left: number };
  /** A file has no resume points after it is done; the job's cursor holds them while it runs. */
  resumeFrom: Record<string, string | null>;
  /** Where the job went on after a stop, in records read. */
  resumedAt: number[];
  startedAt: string;
  durationMs: number;
  error?: { reason: string };
}

export function emptyImportReport(format: string, fileName: string): ImportJobReport {
  return {
    ok: true,
    format,
    fileName,
    items: 0,
    batches: 0,
    kinds: {},
    quarantined: [],
    left: [],
    skipped: [],
    unlisted: { quarantined: 0, left: 0 },
    resumeFrom: {},
    resumedAt: [],
    startedAt: new Date().toISOString(),
    durationMs: 0,
  };
}

/** Keeps the first LISTED set-aside values and left-out records; counts the rest. */
export function trimLists(report: ImportJobReport): void {
  if (report.quarantined.length > LISTED) {
    report.unlisted.quarantined += report.quarantined.length - LISTED;
    report.quarantined.length = LISTED;
  }
  if (report.left.length > LISTED) {
    report.unlisted.left += report.left.length - LISTED;
    report.left.length = LISTED;
  }
}
