import type { DatabaseProvider } from "@legible/db";
import type { Latency } from "./latency";
import { TARGETS } from "./report";
import type { SearchScenario } from "./scenarios";

/** One provider at one size, measured in process (bench:scale --in-process). */
export interface InProcessRun {
  provider: DatabaseProvider;
  size: string;
  measures: number;
  loadSeconds: number;
  searchHits: Record<string, number>;
  searches: Record<SearchScenario, Latency>;
  browse: Latency;
}

export interface InProcessResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverage: number[] };
  seed: string;
  secondsPerCall: number;
  runs: InProcessRun[];
}

const ms = (value: number) => value.toFixed(1);
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

export function renderInProcessReport(results: InProcessResults): string {
  const { machine } = results;
  const lines = [
    `Measured ${results.measuredAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage.map((n) => n.toFixed(1)).join(" / ")} at the start; seed "${results.seed}".`,
    "",
    `In process: the public router's procedures called as the site's pages call them (no HTTP, no Next), one call at a time, ${results.secondsPerCall} s each after 10 unmeasured calls.`,
    "",
    "### Search (`search.query`: a page of 30 and every facet's counts)",
    "",
    "| database | size | search (documents with a word starting with its term) | p50 ms | p95 ms | p99 ms | calls | target (100k: p95 ≤ 50 ms) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.runs) {
    for (const [name, latency] of Object.entries(run.searches) as [SearchScenario, Latency][]) {
      const term = name.split(",")[0] ?? name;
      lines.push(
        `| ${run.provider} | ${run.size} | ${name} (${(run.searchHits[term] ?? 0).toLocaleString("en")}) | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)} | ${latency.requests} | ${run.size === "100k" ? verdict(latency.p95 <= TARGETS.searchP95Ms) : "–"} |`,
      );
    }
  }
  lines.push(
    "",
    "### Browse (`browse.measures`, /measures?kind=ordinance, page 1)",
    "",
    `Every size's database open at once, called in turns of 20 calls per size, ${results.secondsPerCall} s per size in all: the sizes share the same minutes.`,
    "",
    "| database | p50 / p99 ms per size | p99 largest ÷ smallest | target | |",
    "| --- | --- | --- | --- | --- |",
  );
  const providers = [...new Set(results.runs.map((run) => run.provider))];
  for (const provider of providers) {
    const runs = results.runs.filter((run) => run.provider === provider).sort((a, b) => a.measures - b.measures);
    const first = runs[0];
    const last = runs.at(-1);
    if (!first || !last) continue;
    const ratio = last.browse.p99 / first.browse.p99;
    lines.push(
      `| ${provider} | ${runs.map((run) => `${run.size}: ${ms(run.browse.p50)} / ${ms(run.browse.p99)}`).join("; ")} | ${runs.length > 1 ? ratio.toFixed(2) : "–"} | ≤ ${TARGETS.publicP99Ratio} | ${runs.length > 1 ? verdict(ratio <= TARGETS.publicP99Ratio) : "–"} |`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
