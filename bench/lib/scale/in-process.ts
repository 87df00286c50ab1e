import { createRepositories, type Database } from "@legible/db";
// The public router as the site's pages call it (lib/trpc-server), in this process: what a
// search or a browse page costs without HTTP, Next or a build. Imported by path: the api
// package exports its router only through its server module, which starts auth and queues.
import { createContext } from "../../../packages/api/src/context";
import { publicRouter } from "../../../packages/api/src/routers/public/index";
import { createCallerFactory } from "../../../packages/api/src/trpc";
import type { ScenarioTargets } from "./generate";
import { type Latency, latencyOf } from "./latency";
import { type SearchScenario, searchScenarios } from "./scenarios";

const WARM_UP_CALLS = 10;

/** Times `call` one at a time for `seconds` after a warm-up, so each sample is service time. */
async function timeCalls(call: () => Promise<unknown>, seconds: number): Promise<Latency> {
  for (let i = 0; i < WARM_UP_CALLS; i++) await call();
  const samples: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return latencyOf(samples);
}

/** The measures list narrowed by kind (about half of every measure), latest first: /measures?kind=ordinance. */
export const BROWSE_INPUT = { locale: "en", filters: { kind: "ordinance", sort: "latest" }, page: 1 } as const;

/** Search's scenarios at one size, each timed on its own. */
export async function measureSearchesInProcess(
  database: Database,
  targets: ScenarioTargets,
  seconds: number,
  say: (line: string) => void,
): Promise<Record<SearchScenario, Latency>> {
  const caller = publicCaller(database);
  const searches = {} as Record<SearchScenario, Latency>;
  for (const [name, input] of searchScenarios(targets)) {
    searches[name] = await timeCalls(() => caller.search.query(input as never), seconds);
    say(
      `  search ${name.padEnd(20)}: p50 ${searches[name].p50} ms, p95 ${searches[name].p95} ms (${searches[name].requests} calls)`,
    );
  }
  return searches;
}

/** Calls per size in one turn of the interleaved browse measurement. */
const BROWSE_TURN_CALLS = 20;

/**
 * The browse page at every size, in turns of BROWSE_TURN_CALLS calls each, for `seconds` per
 * size in all. Its target is a ratio between sizes, so the sizes share the same minutes: timed
 * one after another, minutes apart, a machine that grows busier or quieter between them (other
 * work, CPU boost, a neighbour on the host) moves the ratio more than the sizes do.
 */
export async function measureBrowseInterleaved(
  databases: ReadonlyArray<{ label: string; database: Database }>,
  seconds: number,
  say: (line: string) => void,
): Promise<Map<string, Latency>> {
  const calls = databases.map(({ label, database }) => {
    const caller = publicCaller(database);
    return { label, call: () => caller.browse.measures(BROWSE_INPUT as never), samples: [] as number[] };
  });
  for (const { call } of calls) for (let i = 0; i < WARM_UP_CALLS; i++) await call();
  const until = performance.now() + seconds * 1000 * calls.length;
  while (performance.now() < until) {
    for (const each of calls) {
      for (let i = 0; i < BROWSE_TURN_CALLS; i++) {
        const started = performance.now();
        await each.call();
        each.samples.push(performance.now() - started);
      }
    }
  }
  const latencies = new Map<string, Latency>();
  for (const { label, samples } of calls) {
    const latency = latencyOf(samples);
    latencies.set(label, latency);
    say(
      `  browse ${label} /measures?kind=ordinance: p50 ${latency.p50} ms, p99 ${latency.p99} ms (${latency.requests} calls)`,
    );
  }
  return latencies;
}

function publicCaller(database: Database) {
  return createCallerFactory(publicRouter)(createContext({ repositories: createRepositories(database) }));
}
