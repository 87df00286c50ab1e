import type { DatabaseProvider } from "@legible/db";
import type { Latency } from "./latency";
import type { TableLoad } from "./load";
import { type PublicQuery, SECONDS_PER_QUERY, type SearchScenario } from "./scenarios";
import type { StaffSaveTimes } from "./staff";

export const TARGETS = {
  /** p99 at the largest size ÷ p99 at the smallest, per public query. */
  publicP99Ratio: 1.2,
  /** Search p95 at 100k on both databases, in ms. */
  searchP95Ms: 50,
  /** Staff save p99, in ms. */
  staffSaveP99Ms: 100,
};

/** Everything measured for one provider at one size. */
export interface SizeRun {
  provider: DatabaseProvider;
  size: string;
  measures: number;
  generateSeconds: number;
  validateSeconds: number;
  load: { tables: TableLoad[]; seconds: number; rows: number; analyzeSeconds: number };
  veteranVotes: number;
  veteranStatements: number;
  councilStatements: number;
  searchHits: Record<string, number>;
  publicQueries: Record<PublicQuery, Latency>;
  searches: Record<SearchScenario, Latency>;
  staffSaves: StaffSaveTimes;
}

export interface ScaleResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  seed: string;
  runs: SizeRun[];
  targets: typeof TARGETS;
}

const ms = (value: number) => value.toFixed(1);
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
const count = (value: number) => value.toLocaleString("en");

function byProvider(results: ScaleResults): Map<DatabaseProvider, SizeRun[]> {
  const groups = new Map<DatabaseProvider, SizeRun[]>();
  for (const run of results.runs) groups.set(run.provider, [...(groups.get(run.provider) ?? []), run]);
  for (const runs of groups.values()) runs.sort((a, b) => a.measures - b.measures);
  return groups;
}

function loadTable(results: ScaleResults): string[] {
  const lines = [
    "### Bulk load (fresh migrated database, then ANALYZE; VACUUM ANALYZE on PostgreSQL)",
    "",
    "| database | size | rows | load s | rows/s | person votes rows/s | search docs rows/s | (VACUUM) ANALYZE s | generate + validate s |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.runs) {
    const rate = (table: string) =>
      count(Math.round(run.load.tables.find((t) => t.table === table)?.rowsPerSecond ?? 0));
    lines.push(
      `| ${run.provider} | ${run.size} | ${count(run.load.rows)} | ${run.load.seconds.toFixed(1)} | ${count(Math.round(run.load.rows / run.load.seconds))} | ${rate("personVote")} | ${rate("searchDocument")} | ${run.load.analyzeSeconds.toFixed(1)} | ${run.generateSeconds.toFixed(1)} + ${run.validateSeconds.toFixed(1)} |`,
    );
  }
  return lines;
}

function publicTable(results: ScaleResults): string[] {
  const lines = [
    `### Public tRPC queries over HTTP (the built apps as \`npm start\` serves them, one connection, ${SECONDS_PER_QUERY} s each after 10 unmeasured requests)`,
    "",
    "| database | query | p50 / p99 ms per size | p50 largest ÷ smallest | p99 largest ÷ smallest | target (p99) | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const [provider, runs] of byProvider(results)) {
    const first = runs[0];
    const last = runs.at(-1);
    if (!first || !last) continue;
    for (const query of Object.keys(first.publicQueries) as PublicQuery[]) {
      const cells = runs.map(
        (run) => `${run.size}: ${ms(run.publicQueries[query].p50)} / ${ms(run.publicQueries[query].p99)}`,
      );
      const ratio = last.publicQueries[query].p99 / first.publicQueries[query].p99;
      const medianRatio = last.publicQueries[query].p50 / first.publicQueries[query].p50;
      const note =
        query === "person"
          ? ` (record: ${runs.map((run) => count(run.veteranVotes)).join(" → ")} votes, ${runs.map((run) => count(run.veteranStatements)).join(" → ")} statements)`
          : query === "oldest votes"
            ? ` (last page of ${runs.map((run) => count(run.veteranVotes)).join(" → ")} votes)`
            : query === "body"
              ? ` (own statements: ${runs.map((run) => count(run.councilStatements)).join(" → ")})`
              : query === "browse"
                ? " (/measures?kind=ordinance, page 1)"
                : "";
      // The target covers the record pages and search; the deepest list page is shown for
      // what it costs (it skips every row before it), without a target.
      const targeted = query !== "oldest votes";
      const target = targeted ? `≤ ${TARGETS.publicP99Ratio}` : "none";
      const met = targeted && runs.length > 1 ? verdict(ratio <= TARGETS.publicP99Ratio) : "–";
      lines.push(
        `| ${provider} | ${query}${note} | ${cells.join("; ")} | ${runs.length > 1 ? medianRatio.toFixed(2) : "–"} | ${runs.length > 1 ? ratio.toFixed(2) : "–"} | ${target} | ${met} |`,
      );
    }
  }
  return lines;
}

function searchTable(results: ScaleResults): string[] {
  const lines = [
    "### Search (`search.query` over HTTP, as the search page calls it: a page of 30 and every facet's counts), by term",
    "",
    "| database | size | search (documents with a word starting with its term) | p50 ms | p95 ms | p99 ms | target (100k: p95 ≤ 50 ms) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.runs) {
    for (const [name, latency] of Object.entries(run.searches) as [SearchScenario, Latency][]) {
      const judged = run.size === "100k";
      const term = name.split(",")[0] ?? name;
      lines.push(
        `| ${run.provider} | ${run.size} | ${name} (${count(run.searchHits[term] ?? 0)}) | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)} | ${judged ? verdict(latency.p95 <= TARGETS.searchP95Ms) : "–"} |`,
      );
    }
  }
  return lines;
}

function staffTable(results: ScaleResults): string[] {
  const lines = [
    "### Staff saves over HTTP (staff app tRPC, signed-in admin, sequential, each on the version the last returned)",
    "",
    "| database | size | save | p50 ms | p99 ms | target p99 < 100 ms | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of results.runs) {
    const rows: [string, Latency][] = [
      ["edit a measure", run.staffSaves.measure],
      [`edit a vote, ${run.staffSaves.rollCallSize}-member roll call`, run.staffSaves.vote],
    ];
    for (const [name, latency] of rows) {
      lines.push(
        `| ${run.provider} | ${run.size} | ${name} (${latency.requests} saves) | ${ms(latency.p50)} | ${ms(latency.p99)} | < ${TARGETS.staffSaveP99Ms} | ${verdict(latency.p99 < TARGETS.staffSaveP99Ms)} |`,
      );
    }
  }
  return lines;
}

export function renderReport(results: ScaleResults): string {
  const { machine } = results;
  return [
    `Measured ${results.measuredAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; seed "${results.seed}".`,
    "",
    ...loadTable(results),
    "",
    ...publicTable(results),
    "",
    ...searchTable(results),
    "",
    ...staffTable(results),
    "",
  ].join("\n");
}
