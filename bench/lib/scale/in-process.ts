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

export async function measureInProcess(
  database: Database,
  targets: ScenarioTargets,
  seconds: number,
  say: (line: string) => void,
): Promise<{ searches: Record<SearchScenario, Latency>; browse: Latency }> {
  const caller = createCallerFactory(publicRouter)(createContext({ repositories: createRepositories(database) }));
  const searches = {} as Record<SearchScenario, Latency>;
  for (const [name, input] of searchScenarios(targets)) {
    searches[name] = await timeCalls(() => caller.search.query(input as never), seconds);
    say(
      `  search ${name.padEnd(20)}: p50 ${searches[name].p50} ms, p95 ${searches[name].p95} ms (${searches[name].requests} calls)`,
    );
  }
  const browse = await timeCalls(() => caller.browse.measures(BROWSE_INPUT as never), seconds);
  say(`  browse /measures?kind=ordinance: p50 ${browse.p50} ms, p99 ${browse.p99} ms (${browse.requests} calls)`);
  return { searches, browse };
}
