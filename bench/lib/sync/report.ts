import type { DatabaseProvider } from "@legible/db";
import type { MemoryPeak } from "./memory";

export const TARGETS = {
  /** Peak RSS of the sync at the largest size ÷ at the smallest: flat, not growing with the data. */
  peakRssRatio: 1.25,
  /** The incremental sync after 1% of matters changed, as a share of the full sync's time. */
  incrementalShare: 0.05,
};

export interface SyncTimes {
  seconds: number;
  /** Records created or updated (measures, actions, votes, …), as the sync's report counts them. */
  recordsWritten: number;
  requests: number;
  /** Of `seconds`, the time spent waiting for the server's answers. */
  httpSeconds: number;
  memory: MemoryPeak;
}

/** One provider at one size: a full sync into an empty database, then an incremental one. */
export interface SizeRun {
  provider: DatabaseProvider;
  matters: number;
  events: number;
  members: number;
  /** Individual members' votes served (every roll call's entries). */
  individualVotes: number;
  full: SyncTimes;
  changedMatters: number;
  incremental: SyncTimes;
}

export interface SyncResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  seed: number;
  maxOldSpaceMiB: number;
  /** Rows per page the server gives: a page of matters is one batch, written in one transaction. */
  pageCap: number;
  runs: SizeRun[];
  targets: typeof TARGETS;
}

const count = (value: number) => Math.round(value).toLocaleString("en");
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

/** Largest ÷ smallest size's peaks, per provider, beside how much more data the largest had. */
export function flatness(results: SyncResults) {
  const rows = [];
  for (const provider of new Set(results.runs.map((r) => r.provider))) {
    const runs = results.runs.filter((r) => r.provider === provider).sort((a, b) => a.matters - b.matters);
    const small = runs[0];
    const large = runs.at(-1);
    if (!small || !large || small === large) continue;
    rows.push({
      provider,
      sizes: `${count(small.matters)} → ${count(large.matters)}`,
      dataRatio: large.individualVotes / small.individualVotes,
      timeRatio: large.full.seconds / small.full.seconds,
      rssRatio: large.full.memory.peakRssMiB / small.full.memory.peakRssMiB,
      heapRatio: large.full.memory.peakHeapUsedMiB / small.full.memory.peakHeapUsedMiB,
      incrementalShare: large.incremental.seconds / large.full.seconds,
    });
  }
  return rows;
}

export function renderReport(results: SyncResults): string {
  const m = results.machine;
  const lines = [
    `## Sync bench, ${results.measuredAt}`,
    "",
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}. Seed ${results.seed}; each sync in a process of its own with --max-old-space-size=${results.maxOldSpaceMiB}; the Legistar-shaped server in the bench's process, unpaced, ${count(results.pageCap)} rows a page (a page of matters is one batch, one transaction).`,
    "",
    "### Full sync into an empty database, then an incremental sync after 1% of matters changed",
    "",
    "| database | matters | individual votes | records written | full s | records/s | votes/s | requests | waiting on HTTP | peak RSS MiB | peak heap MiB | changed matters | incremental s | share of full |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.runs) {
    const f = run.full;
    lines.push(
      `| ${run.provider} | ${count(run.matters)} | ${count(run.individualVotes)} | ${count(f.recordsWritten)} | ${fixed(f.seconds)} | ${count(f.recordsWritten / f.seconds)} | ${count(run.individualVotes / f.seconds)} | ${count(f.requests)} | ${percent(f.httpSeconds / f.seconds)} | ${fixed(f.memory.peakRssMiB, 0)} | ${fixed(f.memory.peakHeapUsedMiB, 0)} | ${count(run.changedMatters)} | ${fixed(run.incremental.seconds, 2)} | ${percent(run.incremental.seconds / f.seconds)} |`,
    );
  }
  lines.push(
    "",
    "### Targets (largest size ÷ smallest, measured in this run)",
    "",
    "| database | matters | votes × | full time × | peak RSS × | peak heap × | incremental share | verdict |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const row of flatness(results)) {
    const ok = row.rssRatio <= TARGETS.peakRssRatio && row.incrementalShare <= TARGETS.incrementalShare;
    lines.push(
      `| ${row.provider} | ${row.sizes} | ${fixed(row.dataRatio, 2)} | ${fixed(row.timeRatio, 2)} | ${fixed(row.rssRatio, 2)} (≤ ${TARGETS.peakRssRatio}) | ${fixed(row.heapRatio, 2)} | ${percent(row.incrementalShare)} (≤ ${percent(TARGETS.incrementalShare)}) | ${verdict(ok)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
