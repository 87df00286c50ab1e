// `npm run bench:open-data -w @legible/bench -- [--sizes 10k,100k] [--databases sqlite,postgresql]`:
// the staff app's open-data job (writePublicDatasetFiles, as its queue runs it) over a generated
// dataset loaded into a fresh database of each kind, run in a process of its own
// (./lib/open-data-job.ts): how long it takes and how much memory it holds. The job reads a page
// at a time, so what it holds should not grow with the dataset: every second the job's process
// collects garbage and reads the heap that is left (what it holds, not what it has let go of and
// V8 has not yet freed). The table gives that peak and the process's peak RSS at each size, each
// as a ratio to the smallest size's.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { type DatabaseProvider, findProjectRoot, RECORD_COLLECTIONS } from "@legible/db";
import { describeMachine } from "./lib/machine";
import { saveResults } from "./lib/results";
import { openHost } from "./lib/scale/databases";
import { DEFAULT_SEED, generateScaleDataset } from "./lib/scale/generate";
import { bulkLoad } from "./lib/scale/load";
import { parseSizes } from "./lib/scale/sizes";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10k,100k" },
    databases: { type: "string", default: "sqlite,postgresql" },
  },
});
const sizes = parseSizes(values.sizes);
const databases = (values.databases ?? "").split(",") as DatabaseProvider[];
const say = (line: string) => console.log(`bench:open-data: ${line}`);
const MiB = 1024 * 1024;
const JOB = path.join(import.meta.dirname, "lib", "open-data-job.ts");

/** The job's own report (./lib/open-data-job.ts). */
interface JobReport {
  seconds: number;
  bytes: number;
  gzipBytes: number;
  heapAtStart: number;
  peakHeld: number;
  peakRss: number;
}

interface OpenDataRun {
  database: DatabaseProvider;
  size: string;
  rows: number;
  seconds: number;
  fileMiB: number;
  gzipMiB: number;
  heapAtStartMiB: number;
  peakHeldMiB: number;
  peakRssMiB: number;
}

const runs: OpenDataRun[] = [];
for (const provider of databases) {
  const host = await openHost(provider, findProjectRoot());
  try {
    for (const size of sizes) {
      say(`${provider} ${size.label}: generating and loading…`);
      const { config, database } = await host.fresh(`open_data_${size.label}`);
      let rows = 0;
      try {
        const generated = generateScaleDataset(size, DEFAULT_SEED);
        const dataset = Object.fromEntries([
          ...RECORD_COLLECTIONS.map((collection) => [collection, []]),
          ...Object.entries(generated.dataset),
        ]) as typeof generated.dataset;
        const { tables } = await bulkLoad(database, dataset, say);
        rows = tables.reduce((sum, table) => sum + table.rows, 0);
      } finally {
        await database.close();
      }
      const dir = await mkdtemp(path.join(tmpdir(), "legible-bench-open-data-"));
      try {
        say(`${provider} ${size.label}: the job, in a process of its own…`);
        // The same Node, loader and flags as this process (tsx, --expose-gc, the source condition).
        const { stdout: output } = await promisify(execFile)(
          process.execPath,
          [...process.execArgv, JOB, JSON.stringify(config), dir],
          { encoding: "utf8", maxBuffer: 16 * MiB },
        );
        const report = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as JobReport;
        const run: OpenDataRun = {
          database: provider,
          size: size.label,
          rows,
          seconds: Number(report.seconds.toFixed(1)),
          fileMiB: Math.round(report.bytes / MiB),
          gzipMiB: Math.round(report.gzipBytes / MiB),
          heapAtStartMiB: Math.round(report.heapAtStart / MiB),
          peakHeldMiB: Math.round(report.peakHeld / MiB),
          peakRssMiB: Math.round(report.peakRss / MiB),
        };
        say(JSON.stringify(run));
        runs.push(run);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    host.stop();
  }
}

const measuredAt = new Date().toISOString();
const machine = describeMachine();
const smallest = (database: DatabaseProvider) => runs.find((run) => run.database === database);
const ratio = (value: number, base: number | undefined) => (base ? (value / base).toFixed(2) : "—");
const table = [
  `Open-data job over a generated dataset, in a process of its own, ${measuredAt} (${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}). Held: the heap left after collecting garbage, read every second; ratios are to the smallest size's on the same database.`,
  "",
  "| database | size | rows | seconds | files MiB (gzipped) | heap at start MiB | peak held MiB | ÷ smallest | peak RSS MiB | ÷ smallest |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...runs.map((run) => {
    const base = smallest(run.database);
    return `| ${run.database} | ${run.size} | ${run.rows.toLocaleString("en")} | ${run.seconds} | ${run.fileMiB} (${run.gzipMiB}) | ${run.heapAtStartMiB} | ${run.peakHeldMiB} | ${ratio(run.peakHeldMiB, base?.peakHeldMiB)} | ${run.peakRssMiB} | ${ratio(run.peakRssMiB, base?.peakRssMiB)} |`;
  }),
  "",
].join("\n");
const results = { measuredAt, machine, runs };
saveResults("open-data", results, table);
