import type { Measure } from "@legible/core";
import autocannon from "autocannon";
import { Random } from "./random";
import { callStaff } from "./trpc-http";

/** One load run: throughput and latency of the public measure pages, and the staff saves made meanwhile. */
export interface LoadRun {
  kind: "reads" | "reads + saves";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  saves: number;
}

export interface MixedLoad {
  connections: number;
  secondsPerRun: number;
  saveEverySeconds: number;
  measurePages: number;
  /** Alternating rounds after a discarded warm-up: reads, reads + saves, reads, reads + saves. */
  runs: LoadRun[];
  /** Medians over the rounds: reads + saves ÷ reads. */
  throughputRatio: number;
  p99Ratio: number;
}

/**
 * Picks measure pages with Zipf's law (the page at rank r is asked for in proportion to 1/r), as
 * readers of a city's laws do: a few are read a lot, most now and then.
 */
export function zipfPicker(count: number, seed: string): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 1; rank <= count; rank++) {
    total += 1 / rank;
    cumulative[rank - 1] = total;
  }
  const random = new Random(seed);
  return () => {
    const target = random.next() * total;
    let [low, high] = [0, count - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

async function loadRun(
  publicUrl: string,
  paths: readonly string[],
  pick: () => number,
  options: { connections: number; seconds: number },
): Promise<autocannon.Result> {
  return autocannon({
    url: publicUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths[pick()] ?? paths[0] }),
      },
    ],
  });
}

/**
 * The mixed load: Zipf-distributed reads over every measure page for a fixed time, alone
 * and with a staff save of one measure every few seconds (through the staff app, which tells the
 * public site what changed), alternating so neither side gets the warmer cache.
 */
export async function measureMixedLoad(options: {
  publicUrl: string;
  staffUrl: string;
  cookie: string;
  measureIds: readonly string[];
  savedMeasureId: string;
  connections?: number;
  seconds?: number;
  saveEverySeconds?: number;
  rounds?: number;
  /** Reads before the measured rounds, not counted, so the first round does not fill the cache for the rest. */
  warmUpSeconds?: number;
  say: (line: string) => void;
}): Promise<MixedLoad> {
  const connections = options.connections ?? 16;
  const seconds = options.seconds ?? 20;
  const saveEverySeconds = options.saveEverySeconds ?? 5;
  const paths = options.measureIds.map((id) => `/measures/${encodeURIComponent(id)}`);
  const pick = zipfPicker(paths.length, "mixed-load");
  const call = <T>(procedure: string, input: unknown, kind: "query" | "mutation") =>
    callStaff<T>(options.staffUrl, options.cookie, procedure, input, kind);
  let measure = await call<Measure>("measures.get", { id: options.savedMeasureId }, "query");
  const abstract = measure.abstract ?? "";

  const warmUp = options.warmUpSeconds ?? seconds;
  options.say(`mixed load: warm-up, ${warmUp} s of reads (not counted)…`);
  await loadRun(options.publicUrl, paths, pick, { connections, seconds: warmUp });

  const runs: LoadRun[] = [];
  for (let round = 0; round < (options.rounds ?? 2) * 2; round++) {
    const withSaves = round % 2 === 1;
    let saves = 0;
    let saving = Promise.resolve();
    const timer = withSaves
      ? setInterval(() => {
          saving = saving.then(async () => {
            measure = await call<Measure>(
              "measures.update",
              { ...measure, abstract: `${abstract} (Amended, revision ${saves + 1}.)` },
              "mutation",
            );
            saves += 1;
          });
        }, saveEverySeconds * 1000)
      : undefined;
    const result = await loadRun(options.publicUrl, paths, pick, { connections, seconds });
    clearInterval(timer);
    await saving;
    const run: LoadRun = {
      kind: withSaves ? "reads + saves" : "reads",
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      saves,
    };
    options.say(
      `mixed load: ${run.kind}: ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.saves} saves, ${run.non2xx} non-2xx`,
    );
    runs.push(run);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  const ratios = (pickValue: (run: LoadRun) => number) => {
    const out: number[] = [];
    for (let index = 1; index < runs.length; index += 2) {
      const [reads, mixed] = [runs[index - 1], runs[index]];
      if (reads && mixed) out.push(pickValue(mixed) / pickValue(reads));
    }
    return median(out);
  };
  return {
    connections,
    secondsPerRun: seconds,
    saveEverySeconds,
    measurePages: paths.length,
    runs,
    throughputRatio: ratios((run) => run.requestsPerSecond),
    p99Ratio: ratios((run) => run.p99Ms),
  };
}
