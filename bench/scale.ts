import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { type DatabaseProvider, findProjectRoot } from "@legible/db";
import { buildApps } from "./lib/build";
import { describeMachine } from "./lib/machine";
import { saveResults } from "./lib/results";
import { startApps } from "./lib/scale/apps";
import { type DatabaseHost, openHost } from "./lib/scale/databases";
import { DEFAULT_SEED, generateScaleDataset } from "./lib/scale/generate";
import { measureBrowseInterleaved, measureSearchesInProcess } from "./lib/scale/in-process";
import { type InProcessRun, renderInProcessReport } from "./lib/scale/in-process-report";
import { bulkLoad } from "./lib/scale/load";
import { renderReport, type ScaleResults, type SizeRun, TARGETS } from "./lib/scale/report";
import { assertRoundTrip } from "./lib/scale/round-trip";
import { measurePublicQueries, measureSearches } from "./lib/scale/scenarios";
import { countSearchHits } from "./lib/scale/search-hits";
import { parseSizes, type ScaleSize } from "./lib/scale/sizes";
import { createBenchAdmin, measureStaffSaves, signIn } from "./lib/scale/staff";
import { assertValidDataset } from "./lib/scale/validate";

/** Saves per staff scenario: enough for a p99 that is not just the slowest one. */
const STAFF_SAVES = 200;

const root = findProjectRoot();

function say(line: string) {
  console.log(`bench:scale: ${line}`);
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      databases: { type: "string", default: "sqlite,postgresql" },
      seed: { type: "string", default: DEFAULT_SEED },
      "no-build": { type: "boolean", default: false },
      // Search and browse only, through the public router in this process: no build, no apps.
      "in-process": { type: "boolean", default: false },
      seconds: { type: "string", default: "8" },
    },
  });
  const databases = (values.databases ?? "").split(",").map((name) => {
    if (name !== "sqlite" && name !== "postgresql")
      throw new Error(`unknown database "${name}"; use sqlite, postgresql`);
    return name as DatabaseProvider;
  });
  return {
    sizes: parseSizes(values.sizes),
    databases,
    seed: values.seed ?? DEFAULT_SEED,
    build: !values["no-build"],
    inProcess: values["in-process"] ?? false,
    seconds: Number(values.seconds ?? 8),
  };
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Generates, checks and loads one size. Only what the measurements need leaves this function:
 * the dataset (over a gigabyte of objects at 100k) becomes garbage before anything is timed, so
 * the bench's own garbage collector, which runs in the process autocannon times requests from,
 * does not stretch the large sizes' latencies.
 */
async function prepareSize(host: DatabaseHost, size: ScaleSize, seed: string) {
  say(`${host.provider} ${size.label}: generating…`);
  let started = performance.now();
  const { dataset, targets } = generateScaleDataset(size, seed);
  const generateSeconds = seconds(started);
  started = performance.now();
  assertValidDataset(dataset);
  const validateSeconds = seconds(started);
  const searchHits = countSearchHits(dataset, targets.searchTerms);

  say(`${host.provider} ${size.label}: loading…`);
  const { config, database } = await host.fresh(size.label);
  try {
    started = performance.now();
    const loaded = await bulkLoad(database, dataset, say);
    const load = {
      ...loaded,
      seconds: seconds(started),
      rows: loaded.tables.reduce((sum, table) => sum + table.rows, 0),
    };
    await assertRoundTrip(database, dataset);
    return { config, database, targets, searchHits, generateSeconds, validateSeconds, load };
  } catch (error) {
    await database.close();
    await host.drop(config);
    throw error;
  }
}

async function runSize(host: DatabaseHost, size: ScaleSize, seed: string): Promise<SizeRun> {
  const { config, database, targets, ...prepared } = await prepareSize(host, size, seed);
  try {
    const apps = await startApps(root, config);
    try {
      const cookie = await signIn(apps.staffUrl, await createBenchAdmin(database, apps.staffUrl));
      say(`${host.provider} ${size.label}: public queries (veteran's record: ${targets.veteranVotes} votes)…`);
      const publicQueries = await measurePublicQueries(apps.publicUrl, targets, say);
      say(`${host.provider} ${size.label}: search…`);
      const searches = await measureSearches(apps.publicUrl, targets, say);
      say(`${host.provider} ${size.label}: staff saves…`);
      const staffSaves = await measureStaffSaves(
        apps.staffUrl,
        cookie,
        { measureId: targets.staffMeasureId, voteId: targets.staffVoteId },
        STAFF_SAVES,
      );
      say(`  measure save p99 ${staffSaves.measure.p99} ms, vote save p99 ${staffSaves.vote.p99} ms`);
      return {
        provider: host.provider,
        size: size.label,
        measures: size.measures,
        ...prepared,
        veteranVotes: targets.veteranVotes,
        veteranStatements: targets.veteranStatements,
        councilStatements: targets.councilStatements,
        publicQueries,
        searches,
        staffSaves,
      };
    } finally {
      apps.stop();
    }
  } finally {
    await database.close();
    await host.drop(config);
  }
}

/** Loads every size and times search at each; then the browse page at all sizes in turns. */
async function runInProcess(
  host: DatabaseHost,
  sizes: ScaleSize[],
  seed: string,
  seconds: number,
): Promise<InProcessRun[]> {
  const loaded: Array<Awaited<ReturnType<typeof prepareSize>> & { size: ScaleSize }> = [];
  try {
    const searched: Array<Awaited<ReturnType<typeof measureSearchesInProcess>>> = [];
    for (const size of sizes) {
      const prepared = await prepareSize(host, size, seed);
      loaded.push({ ...prepared, size });
      say(`${host.provider} ${size.label}: search in process…`);
      searched.push(await measureSearchesInProcess(prepared.database, prepared.targets, seconds, say));
    }
    say(`${host.provider}: browse at ${sizes.map((size) => size.label).join(" and ")} in turns…`);
    const browse = await measureBrowseInterleaved(
      loaded.map(({ size, database }) => ({ label: size.label, database })),
      seconds,
      say,
    );
    return loaded.map(({ size, searchHits, load }, index) => ({
      provider: host.provider,
      size: size.label,
      measures: size.measures,
      loadSeconds: load.seconds,
      searchHits,
      searches: searched[index] as (typeof searched)[number],
      browse: browse.get(size.label) as InProcessRun["browse"],
    }));
  } finally {
    for (const { database, config } of loaded) {
      await database.close();
      await host.drop(config);
    }
  }
}

async function mainInProcess(sizes: ScaleSize[], databases: DatabaseProvider[], seed: string, seconds: number) {
  const loadAverage = loadavg();
  const runs: InProcessRun[] = [];
  for (const provider of databases) {
    const host = await openHost(provider, root);
    try {
      runs.push(...(await runInProcess(host, sizes, seed, seconds)));
    } finally {
      host.stop();
    }
  }
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { ...describeMachine(), loadAverage },
    seed,
    secondsPerCall: seconds,
    runs,
  };
  saveResults("scale-in-process", results, renderInProcessReport(results));
}

async function main() {
  const { sizes, databases, seed, build, inProcess, seconds } = options();
  if (inProcess) return mainInProcess(sizes, databases, seed, seconds);
  if (build) {
    say("building (turbo cache)…");
    buildApps(root);
  }
  const runs: SizeRun[] = [];
  for (const provider of databases) {
    const host = await openHost(provider, root);
    try {
      for (const size of sizes) runs.push(await runSize(host, size, seed));
    } finally {
      host.stop();
    }
  }
  const results: ScaleResults = {
    measuredAt: new Date().toISOString(),
    machine: describeMachine(),
    seed,
    runs,
    targets: TARGETS,
  };
  saveResults("scale", results, renderReport(results));
}

await main();
