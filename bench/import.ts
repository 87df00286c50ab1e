// `npm run bench:import -- [--mb 100] [--databases sqlite,postgresql]`: one import job over a
// generated Legible dataset of about --mb megabytes (measures with long texts, written to a temp
// folder), on a fresh database of each kind: records written a second and the process's peak RSS.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type ImportJobReport, runImportJob } from "@legible/connectors";
import { createRepositories, type DatabaseProvider, findProjectRoot } from "@legible/db";
import { describeMachine } from "./lib/machine";
import { saveResults } from "./lib/results";
import { openHost } from "./lib/scale/databases";

const { values } = parseArgs({
  options: { mb: { type: "string", default: "100" }, databases: { type: "string", default: "sqlite,postgresql" } },
});
const megabytes = Number(values.mb);
const databases = (values.databases ?? "").split(",") as DatabaseProvider[];
const TEXT = 20_000;

async function writeDataset(file: string, count: number): Promise<number> {
  const out = createWriteStream(file);
  const write = (chunk: string) => new Promise<void>((done) => (out.write(chunk) ? done() : out.once("drain", done)));
  await write(`{"format":"legible-dataset","version":1,"jurisdictions":[],"sources":[],"bodies":[],"posts":[],`);
  await write(`"people":[],"memberships":[],"measures":[`);
  const text = "The city shall keep its records open to the public. ".repeat(TEXT / 50).slice(0, TEXT);
  for (let n = 0; n < count; n++) {
    const measure = {
      id: `measure-bench-${n}`,
      identifier: `BENCH-${n}`,
      title: `Bench measure ${n}`,
      classification: "ordinance",
      subjects: [],
      sponsors: [],
      textSections: [{ heading: "Section 1", text: `${n} ${text}` }],
      relatedMeasures: [],
      sourceIds: [],
    };
    await write(`${n ? "," : ""}${JSON.stringify(measure)}`);
  }
  await write(`],"actions":[],"voteEvents":[],"statements":[],"explainers":[]}`);
  await new Promise((done) => out.end(done));
  return (await stat(file)).size;
}

const folder = await mkdtemp(path.join(tmpdir(), "legible-bench-import-"));
const rows: Array<{
  database: string;
  megabytes: number;
  records: number;
  seconds: number;
  perSecond: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
}> = [];
try {
  const file = path.join(folder, "bench.json");
  const bytes = await writeDataset(file, Math.round((megabytes * 1024 * 1024) / (TEXT + 250)));
  for (const provider of databases) {
    const host = await openHost(provider, findProjectRoot());
    try {
      const { database } = await host.fresh("bench_import");
      const repositories = createRepositories(database);
      const job = await repositories.importJobs.create({
        format: "legible-dataset",
        fileName: "bench.json",
        filePath: file,
        fileBytes: bytes,
        requestedBy: null,
      });
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 100);
      const started = Date.now();
      const done = await runImportJob(job.id, {
        repositories,
        removeFileWhenDone: false,
        onProgress: (line) => console.log(`bench:import: ${provider}: ${line}`),
      });
      clearInterval(sampler);
      const seconds = (Date.now() - started) / 1000;
      const report = done?.report as ImportJobReport;
      if (done?.status !== "succeeded") throw new Error(`the import failed: ${done?.error}`);
      rows.push({
        database: provider,
        megabytes: Number((bytes / 1024 / 1024).toFixed(1)),
        records: report.items,
        seconds: Number(seconds.toFixed(1)),
        perSecond: Math.round(report.items / seconds),
        rssBeforeMiB: Math.round(before / 1024 / 1024),
        peakRssMiB: Math.round(peak / 1024 / 1024),
      });
      await database.close();
    } finally {
      host.stop();
    }
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
const measuredAt = new Date().toISOString();
const machine = describeMachine();
const table = [
  `Import job over a generated dataset, ${measuredAt} (${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node})`,
  "",
  "| database | file MB | records | seconds | records/s | RSS before MiB | peak RSS MiB |",
  "|---|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.database} | ${r.megabytes} | ${r.records} | ${r.seconds} | ${r.perSecond} | ${r.rssBeforeMiB} | ${r.peakRssMiB} |`,
  ),
  "",
].join("\n");
const results = { measuredAt, machine, rows };
saveResults("import", results, table);
