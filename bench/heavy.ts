import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type DatabaseProvider, findProjectRoot, RECORD_COLLECTIONS } from "@legible/db";
import autocannon from "autocannon";
import { SITE_LIMITS, type SiteLimits, siteNginxConfig } from "../deploy/nginx/site";
import { writeDatasetFiles } from "../packages/api/src/open-data/dataset-files";
import { inMemoryDatasetReader } from "../packages/api/src/open-data/dataset-reader";
import { appServerCommand } from "../scripts/lib/app-server";
import { buildApps } from "./lib/build";
import { runHeavyClients } from "./lib/heavy-load";
import { describeMachine } from "./lib/machine";
import { nginxAvailable, startNginxWith } from "./lib/nginx";
import { freePort, startProcess, waitForOk } from "./lib/processes";
import { saveResults } from "./lib/results";
import { startApps } from "./lib/scale/apps";
import { openHost } from "./lib/scale/databases";
import { DEFAULT_SEED, generateScaleDataset } from "./lib/scale/generate";
import { bulkLoad } from "./lib/scale/load";
import { parseSizes } from "./lib/scale/sizes";

// The issue's bounded-endpoints target: "200 anonymous clients on the heaviest public endpoint
// for 30 s: the explainer's p99 for another reader at most 2× its baseline, the server's memory
// flat." Measured in the production layout (docs/production.md): nginx, configured by
// deploy/nginx/site.ts exactly as documented, in front of one web machine; nginx streams the
// open-data files from the folder the staff app's job writes and sheds the public API and search
// beyond their limits. Each of the 200 connections is its own client: nginx trusts loopback's
// X-Forwarded-For (as behind a CDN) and each connection sends its own, so the per-address limits
// see 200 residents, not one. They run in a process of their own (lib/heavy-client.ts), so the
// reader's timings are not the load generator's. The reader reads the cached explainer through
// nginx too. With --pin the web machine gets core 0 and everything else (nginx, the clients, the
// reader, the search process, PostgreSQL's server) core 1, the clients at the lowest priority, as
// if those were other machines; without, all share both cores at equal priority.
// `npm run bench:heavy -w @legible/bench -- --sizes 100k` (add --no-build after a build,
// --endpoints download,search,search-page, --pin yes|both).

const TARGETS = { p99Ratio: 2 };
const root = findProjectRoot();
const say = (line: string) => console.log(`bench:heavy: ${line}`);

/** --pin no|yes|both: which layouts of the processes on the cores to measure, in that order. */
function pinnings(given: string): boolean[] {
  const known: Record<string, boolean[]> = { no: [false], yes: [true], both: [false, true] };
  const found = known[given];
  if (!found) throw new Error(`--pin takes no, yes or both, not "${given}"`);
  return found;
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10k" },
      databases: { type: "string", default: "sqlite" },
      seed: { type: "string", default: DEFAULT_SEED },
      seconds: { type: "string", default: "30" },
      clients: { type: "string", default: "200" },
      endpoints: { type: "string", default: "download,search" },
      port: { type: "string", default: "4710" },
      limits: { type: "string" },
      "search-process": { type: "boolean", default: false },
      "files-by-job": { type: "boolean", default: false },
      pin: { type: "string", default: "no" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const databases = (values.databases ?? "").split(",").map((name) => {
    if (name !== "sqlite" && name !== "postgresql") throw new Error(`unknown database "${name}"`);
    return name as DatabaseProvider;
  });
  const endpoints = (values.endpoints ?? "").split(",").map((name) => {
    if (!(name in HEAVY)) throw new Error(`unknown endpoint "${name}" (${Object.keys(HEAVY).join(", ")})`);
    return name as HeavyName;
  });
  return {
    sizes: parseSizes(values.sizes),
    databases,
    seed: values.seed ?? DEFAULT_SEED,
    seconds: Number(values.seconds),
    clients: Number(values.clients),
    endpoints,
    port: Number(values.port),
    searchProcess: values["search-process"] ?? false,
    filesByJob: values["files-by-job"] ?? false,
    // Other numbers than the documented ones, to explore: the JSON of SITE_LIMITS' parts to change.
    limits: { ...SITE_LIMITS, ...(values.limits ? (JSON.parse(values.limits) as Partial<SiteLimits>) : {}) },
    pinnings: pinnings(values.pin ?? "no"),
    build: !values["no-build"],
  };
}

const searchInput = encodeURIComponent(JSON.stringify({ q: "city council housing", locale: "en" }));

/** The heavy endpoints, as a client asks for them. */
const HEAVY = {
  download: { path: "/data/legible-dataset.json", headers: { "accept-encoding": "gzip" } },
  search: { path: `/api/trpc/search.query?input=${searchInput}`, headers: {} },
  "search-page": { path: "/search?q=city+council+housing", headers: {} },
} as const;
type HeavyName = keyof typeof HEAVY;

/** The process's resident memory in MiB, from /proc (Linux). */
function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((each) => each.startsWith("VmRSS:"));
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** Bytes sent over loopback so far (Linux): a download cut off by the run's end still moved its bytes. */
function loopbackBytes(): number {
  const line = readFileSync("/proc/net/dev", "utf8")
    .split("\n")
    .find((each) => each.trim().startsWith("lo:"));
  // Receive bytes are the first field after "lo:".
  return Number(line?.trim().slice(3).trim().split(/\s+/)[0] ?? 0);
}

/** The highest of a process's RSS samples, or null when none could be read. */
function peakMiB(samples: number[]): number | null {
  return samples.length ? Math.max(...samples) : null;
}

/** Samples the memory every half second until stopped. */
function sampleMemory(pid: number | undefined) {
  const samples: number[] = [];
  const take = () => {
    const value = rssMiB(pid);
    if (value !== null) samples.push(value);
  };
  take();
  const timer = setInterval(take, 500);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

async function reader(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 2, duration: seconds });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
  };
}

async function heavyLoad(site: string, name: HeavyName, clients: number, seconds: number, prefix: string[]) {
  const { path: target, headers } = HEAVY[name];
  // A whole-dataset download at 100k is tens of megabytes: 200 at once take longer than
  // autocannon's 10 s timeout, which would cut every one off and count nothing.
  const timeoutSeconds = name === "download" ? seconds + 60 : 10;
  return runHeavyClients(
    { url: `${site}${target}`, clients, seconds, headers: { ...headers }, timeoutSeconds },
    prefix,
  );
}

/** Pins a process and all its threads to the given cores (Linux taskset). */
function pin(pid: number | undefined, cores: string): void {
  if (pid) execFileSync("taskset", ["-a", "-p", "-c", cores, String(pid)], { stdio: "ignore" });
}

async function waitForFiles(publicUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${publicUrl}/data/votes.csv`, { method: "HEAD" }).catch(() => null);
    if (response?.status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the open-data files were not written within ${timeoutMs} ms`);
}

interface Scenario {
  endpoint: HeavyName;
  heavy: Awaited<ReturnType<typeof heavyLoad>>;
  readerUnderLoad: Awaited<ReturnType<typeof reader>>;
  p99Ratio: number;
  memoryMiB: { before: number | null; peak: number | null; after: number | null };
  /** Every byte over loopback during the load (and the 5 s after), per second: downloads in progress count. */
  loopbackMBps: number;
  /** The search process's memory (--search-process), sampled the same way. */
  searchMemoryMiB: { before: number | null; peak: number | null; after: number | null } | null;
  /** The machine's 1-minute load average before and after: other work on it shows here. */
  load: { before: number; after: number };
}

interface HeavyRun {
  provider: DatabaseProvider;
  pinned: boolean;
  /** Whether the public API and search went to a web process of their own. */
  searchProcess: boolean;
  size: string;
  filesReadyMs: number;
  baseline: Awaited<ReturnType<typeof reader>>;
  /** The pages' process's highest RSS while the reader ran alone. */
  baselinePeakMiB: number | null;
  scenarios: Scenario[];
}

function report(
  measuredAt: string,
  machine: ReturnType<typeof describeMachine>,
  runs: HeavyRun[],
  clients: number,
  limits: SiteLimits,
) {
  const lines = [
    `Measured ${measuredAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    "",
    `### ${clients} anonymous clients on a heavy public endpoint, and another reader on the explainer`,
    "",
    "Through nginx as deploy/nginx/site.ts configures it (one web machine; the files from disk; the",
    `public API and search shed by its limits: ${JSON.stringify(limits)}${JSON.stringify(limits) === JSON.stringify(SITE_LIMITS) ? ", the documented ones" : ", **not** the documented ones"}).`,
    "Pinned: the web machine alone on core 0; nginx, the reader, the clients (at nice 19) and PostgreSQL's server on core 1.",
    "Search process: the public API and search pages go to a second web process (nginx's search",
    "upstream), on core 1 when pinned; RSS is the pages' process's, then the search process's.",
    "",
    "| database | size | pinned | endpoint | heavy req/s | heavy statuses | heavy MB/s (loopback MB/s) | reader p99 alone ms | reader p50 / p99 under load ms | ratio | target | RSS peak, reader alone MiB | RSS before → peak → after MiB | load avg |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of runs) {
    for (const each of run.scenarios) {
      const statuses = Object.entries(each.heavy.byStatus)
        .map(([status, count]) => `${status === "undefined" ? "no answer" : status}: ${count}`)
        .join(", ");
      const met = each.p99Ratio <= TARGETS.p99Ratio ? "met" : "**missed**";
      const { before, peak, after } = each.memoryMiB;
      const searchRss = each.searchMemoryMiB
        ? `; search process ${each.searchMemoryMiB.before} → ${each.searchMemoryMiB.peak} → ${each.searchMemoryMiB.after}`
        : "";
      lines.push(
        `| ${run.provider} | ${run.size} | ${run.pinned ? "yes" : "no"}${run.searchProcess ? ", search process" : ""} | ${each.endpoint} | ${each.heavy.requestsPerSecond} | ${statuses}${each.heavy.errors ? `, errors: ${each.heavy.errors}` : ""} | ${each.heavy.megabytesPerSecond} (${each.loopbackMBps}) | ${run.baseline.p99Ms} | ${each.readerUnderLoad.p50Ms} / ${each.readerUnderLoad.p99Ms} | ${each.p99Ratio.toFixed(2)} | ≤ ${TARGETS.p99Ratio} (${met}) | ${run.baselinePeakMiB} | ${before} → ${peak} → ${after}${searchRss} | ${each.load.before.toFixed(1)} → ${each.load.after.toFixed(1)} |`,
      );
    }
  }
  lines.push(
    "",
    "Open-data files ready (by the staff app's job with --files-by-job, else written by the bench first): ",
  );
  for (const run of runs) lines.push(`- ${run.provider} ${run.size}: ${(run.filesReadyMs / 1000).toFixed(1)} s`);
  return `${lines.join("\n")}\n`;
}

interface SearchProcess {
  pid: number | undefined;
  port: number;
  stop(): void;
}

/** The site's server once more, on its own port, for nginx's search upstream. */
async function startSearchProcess(
  database: { url: string },
  publicUrl: string,
  env: Record<string, string>,
): Promise<SearchProcess> {
  const port = await freePort();
  const server = appServerCommand(root, "web", { port });
  const started = startProcess(server.command, server.args, {
    cwd: server.cwd,
    env: {
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LEGIBLE_PUBLIC_URL: publicUrl,
      PORT: String(port),
      ...env,
    },
  });
  await waitForOk(`http://127.0.0.1:${port}/api/health`, 60_000, started.output).catch((error: unknown) => {
    started.stop();
    throw error;
  });
  return { pid: started.child.pid, port, stop: started.stop };
}

/**
 * nginx in front of the running apps, the reader alone, then each endpoint's 200 clients beside
 * the reader. Pinned: the web machine on core 0, this process (the reader) and what it starts
 * from then on (nginx, the clients), the search process and the database server on core 1;
 * unpinned: every process on both cores.
 */
async function measureLayout(order: {
  apps: Awaited<ReturnType<typeof startApps>>;
  /** A second web process for the public API and search (--search-process), or null. */
  search: SearchProcess | null;
  /** The database server's processes, placed like the search process (none for SQLite). */
  databaseProcessIds: number[];
  dataDir: string;
  port: number;
  pinned: boolean;
  seconds: number;
  clients: number;
  endpoints: HeavyName[];
  explainerId: string;
  waitForFirstFiles: boolean;
  limits: SiteLimits;
}) {
  const { apps, dataDir, port, pinned, seconds, clients, endpoints } = order;
  const everyCore = "0-1";
  pin(apps.webPid, pinned ? "0" : everyCore);
  // The search process stands for other machines (or the machine's other core): with the clients.
  pin(order.search?.pid, pinned ? "1" : everyCore);
  // So does the database server: in production it is a machine of its own, and its backends on
  // core 0 would take the web machine's core. Backends forked later inherit the postmaster's cores.
  for (const pid of order.databaseProcessIds) pin(pid, pinned ? "1" : everyCore);
  pin(process.pid, pinned ? "1" : everyCore);
  const nginxDir = mkdtempSync(path.join(tmpdir(), "legible-bench-nginx-"));
  const site = `http://127.0.0.1:${port}`;
  const http = siteNginxConfig({
    listen: `127.0.0.1:${port}`,
    serverName: "localhost",
    webMachines: [new URL(apps.publicUrl).host],
    searchMachines: order.search ? [`127.0.0.1:${order.search.port}`] : undefined,
    dataDir,
    trustForwardedFrom: ["127.0.0.1"],
    limits: order.limits,
  });
  const nginx = await startNginxWith(nginxDir, http, site);
  try {
    let filesReadyMs: number | null = null;
    if (order.waitForFirstFiles) {
      filesReadyMs = await waitForFiles(site, 15 * 60_000);
      say(`open-data files written ${(filesReadyMs / 1000).toFixed(1)} s after start`);
    }
    const explainer = `${site}/explainers/${order.explainerId}`;
    say(`${pinned ? "pinned" : "unpinned"}: warming the explainer…`);
    await reader(explainer, 5);
    // What serving pages alone does to the pages' memory, for the loads' peaks to be read against.
    const baselineMemory = sampleMemory(apps.webPid);
    const baseline = await reader(explainer, seconds);
    const baselinePeakMiB = peakMiB(baselineMemory.stop());
    say(`reader alone: p99 ${baseline.p99Ms} ms; RSS peak ${baselinePeakMiB} MiB`);
    const scenarios: Scenario[] = [];
    for (const endpoint of endpoints) {
      // Let the previous load's connections and garbage settle.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const memory = sampleMemory(apps.webPid);
      const searchMemory = sampleMemory(order.search?.pid);
      const before = rssMiB(apps.webPid);
      const loadBefore = loadavg()[0] ?? 0;
      const bytesBefore = loopbackBytes();
      const [heavy, readerUnderLoad] = await Promise.all([
        // Pinned, the clients also yield their core to nginx and the reader: they stand for
        // other machines, whose CPU is not the server's.
        heavyLoad(site, endpoint, clients, seconds, pinned ? ["nice", "-n", "19"] : []),
        reader(explainer, seconds),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const loopbackMBps = Math.round((loopbackBytes() - bytesBefore) / (seconds + 5) / 1024 / 102.4) / 10;
      const samples = memory.stop();
      const searchSamples = searchMemory.stop();
      const after = rssMiB(apps.webPid);
      // A reader that got no answer at all waited longer than any p99: no ratio can be met.
      const p99Ratio =
        readerUnderLoad.requests === 0 ? Number.POSITIVE_INFINITY : readerUnderLoad.p99Ms / Math.max(1, baseline.p99Ms);
      say(
        `${endpoint}: ${heavy.requestsPerSecond} req/s ${JSON.stringify(heavy.byStatus)}; reader p99 ${readerUnderLoad.p99Ms} ms (${p99Ratio.toFixed(2)}×); RSS ${before} → ${peakMiB(samples)} → ${after} MiB`,
      );
      scenarios.push({
        endpoint,
        heavy,
        readerUnderLoad,
        p99Ratio,
        memoryMiB: { before, peak: peakMiB(samples), after },
        load: { before: loadBefore, after: loadavg()[0] ?? 0 },
        loopbackMBps,
        searchMemoryMiB: searchSamples.length
          ? { before: searchSamples[0] ?? null, peak: peakMiB(searchSamples), after: searchSamples.at(-1) ?? null }
          : null,
      });
    }
    return { filesReadyMs, baseline, baselinePeakMiB, scenarios };
  } finally {
    nginx.stop();
    await once(nginx.child, "exit").catch(() => {});
    rmSync(nginxDir, { recursive: true, force: true });
  }
}

async function main() {
  const {
    sizes,
    databases,
    seed,
    seconds,
    clients,
    endpoints,
    port,
    pinnings,
    limits,
    searchProcess,
    filesByJob,
    build,
  } = options();
  if (!nginxAvailable()) throw new Error("bench:heavy measures behind nginx: apt-get install -y nginx");
  if (build) {
    say("building (turbo cache)…");
    buildApps(root);
  }
  const runs: HeavyRun[] = [];
  for (const provider of databases) {
    const host = await openHost(provider, root);
    try {
      for (const size of sizes) {
        say(`${provider} ${size.label}: generating and loading…`);
        const generated = generateScaleDataset(size, seed);
        const dataset = Object.fromEntries([
          ...RECORD_COLLECTIONS.map((collection) => [collection, []]),
          ...Object.entries(generated.dataset),
        ]) as typeof generated.dataset;
        const { config, database } = await host.fresh(size.label);
        const dataDir = mkdtempSync(path.join(tmpdir(), "legible-bench-heavy-"));
        // nginx's workers (nobody, when the bench runs as root) read the files, as in production.
        chmodSync(dataDir, 0o755);
        try {
          await bulkLoad(database, dataset, say);
          // The staff app (and anything the apps start) stays on core 1 when any layout is pinned:
          // in production it is another machine. The web machine is moved per layout.
          if (pinnings.includes(true)) pin(process.pid, "1");
          // The staff app's job takes minutes at 100k (bench:open-data), on a core the measurements
          // need: unless --files-by-job, the job is off (as on a second staff machine) and the bench
          // writes the same files with the job's own writer from the dataset it generated, before
          // the apps start.
          if (!filesByJob) {
            const started = Date.now();
            await writeDatasetFiles(inMemoryDatasetReader(dataset), dataDir);
            say(`open-data files written by the bench in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          }
          const env = {
            LEGIBLE_DATA_DIR: dataDir,
            LEGIBLE_TRUSTED_PROXIES: "1",
            ...(filesByJob ? {} : { LEGIBLE_SYNC_WORKER: "off" }),
          };
          const apps = await startApps(root, config, env);
          let search: SearchProcess | null = null;
          try {
            if (searchProcess) search = await startSearchProcess(config, apps.publicUrl, env);
            let filesReadyMs: number | null = null;
            for (const pinned of pinnings) {
              const run = await measureLayout({
                apps,
                dataDir,
                port,
                pinned,
                seconds,
                clients,
                endpoints,
                explainerId: generated.targets.explainerMeasureId,
                waitForFirstFiles: filesReadyMs === null,
                search,
                databaseProcessIds: host.serverProcessIds(),
                limits,
              });
              filesReadyMs ??= run.filesReadyMs;
              runs.push({
                provider,
                pinned,
                searchProcess: search !== null,
                size: size.label,
                filesReadyMs: filesReadyMs ?? 0,
                baseline: run.baseline,
                baselinePeakMiB: run.baselinePeakMiB,
                scenarios: run.scenarios,
              });
            }
          } finally {
            search?.stop();
            apps.stop();
          }
        } finally {
          await database.close();
          await host.drop(config);
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
    } finally {
      host.stop();
    }
  }
  const measuredAt = new Date().toISOString();
  const machine = describeMachine();
  const results = { measuredAt, machine, seed, clients, seconds, limits, runs, targets: TARGETS };
  saveResults("heavy", results, report(measuredAt, machine, runs, clients, limits));
}

await main();
