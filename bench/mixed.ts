import { parseArgs } from "node:util";
import { type DatabaseProvider, findProjectRoot, RECORD_COLLECTIONS } from "@legible/db";
import { buildApps } from "./lib/build";
import { describeMachine } from "./lib/machine";
import { saveResults } from "./lib/results";
import { startApps } from "./lib/scale/apps";
import { openHost } from "./lib/scale/databases";
import { DEFAULT_SEED, generateScaleDataset } from "./lib/scale/generate";
import { bulkLoad } from "./lib/scale/load";
import { type MixedLoad, measureMixedLoad } from "./lib/scale/mixed-load";
import { parseSizes } from "./lib/scale/sizes";
import { createBenchAdmin, signIn } from "./lib/scale/staff";

// The mixed load, on the scale generator's city: Zipf-distributed reads over every
// measure page, alone and with one staff save every 5 s. `npm run bench:mixed -w @legible/bench --
// --sizes 10k --databases sqlite` (add --no-build after a build).

const TARGETS = { throughputRatio: 0.8, p99Ratio: 2 };
const root = findProjectRoot();
const say = (line: string) => console.log(`bench:mixed: ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10k" },
      databases: { type: "string", default: "sqlite" },
      seed: { type: "string", default: DEFAULT_SEED },
      seconds: { type: "string", default: "20" },
      "warm-up": { type: "string", default: "60" },
      rounds: { type: "string", default: "3" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const databases = (values.databases ?? "").split(",").map((name) => {
    if (name !== "sqlite" && name !== "postgresql") throw new Error(`unknown database "${name}"`);
    return name as DatabaseProvider;
  });
  return {
    sizes: parseSizes(values.sizes),
    databases,
    seed: values.seed ?? DEFAULT_SEED,
    seconds: Number(values.seconds),
    warmUpSeconds: Number(values["warm-up"]),
    rounds: Number(values.rounds),
    build: !values["no-build"],
  };
}

interface MixedRun extends MixedLoad {
  provider: DatabaseProvider;
  size: string;
}

function report(measuredAt: string, machine: ReturnType<typeof describeMachine>, runs: MixedRun[]): string {
  const lines = [
    `Measured ${measuredAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    "",
    "### Mixed load: Zipf reads over every measure page, alone and with a staff save every 5 s",
    "",
    "| database | size | run | req/s | p50 ms | p99 ms | saves | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of runs) {
    for (const each of run.runs) {
      lines.push(
        `| ${run.provider} | ${run.size} | ${each.kind} | ${each.requestsPerSecond} | ${each.p50Ms} | ${each.p99Ms} | ${each.saves} | ${each.non2xx} |`,
      );
    }
  }
  lines.push("", "| database | size | throughput with saves ÷ reads | target | p99 with saves ÷ reads | target |");
  lines.push("| --- | --- | --- | --- | --- | --- |");
  for (const run of runs) {
    lines.push(
      `| ${run.provider} | ${run.size} | ${run.throughputRatio.toFixed(2)} | ≥ ${TARGETS.throughputRatio} (${run.throughputRatio >= TARGETS.throughputRatio ? "met" : "**missed**"}) | ${run.p99Ratio.toFixed(2)} | ≤ ${TARGETS.p99Ratio} (${run.p99Ratio <= TARGETS.p99Ratio ? "met" : "**missed**"}) |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main() {
  const { sizes, databases, seed, seconds, warmUpSeconds, rounds, build } = options();
  if (build) {
    say("building (turbo cache)…");
    buildApps(root);
  }
  const runs: MixedRun[] = [];
  for (const provider of databases) {
    const host = await openHost(provider, root);
    try {
      for (const size of sizes) {
        say(`${provider} ${size.label}: generating and loading…`);
        const generated = generateScaleDataset(size, seed);
        const { targets } = generated;
        // The generator predates some record kinds (meetings): they load as none.
        const dataset = Object.fromEntries([
          ...RECORD_COLLECTIONS.map((collection) => [collection, []]),
          ...Object.entries(generated.dataset),
        ]) as typeof generated.dataset;
        const measureIds = dataset.measures.map((measure) => measure.id);
        const { config, database } = await host.fresh(size.label);
        try {
          await bulkLoad(database, dataset, say);
          const apps = await startApps(root, config);
          try {
            const cookie = await signIn(apps.staffUrl, await createBenchAdmin(database, apps.staffUrl));
            const mixed = await measureMixedLoad({
              publicUrl: apps.publicUrl,
              staffUrl: apps.staffUrl,
              cookie,
              measureIds,
              savedMeasureId: targets.staffMeasureId,
              seconds,
              warmUpSeconds,
              rounds,
              say,
            });
            runs.push({ provider, size: size.label, ...mixed });
          } finally {
            apps.stop();
          }
        } finally {
          await database.close();
          await host.drop(config);
        }
      }
    } finally {
      host.stop();
    }
  }
  const measuredAt = new Date().toISOString();
  const machine = describeMachine();
  const results = { measuredAt, machine, seed, runs, targets: TARGETS };
  saveResults("mixed", results, report(measuredAt, machine, runs));
}

await main();
