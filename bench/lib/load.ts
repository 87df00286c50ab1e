import autocannon from "autocannon";

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * A bounded HTTP load on loopback: a fixed number of connections for a fixed time. Both sides of
 * every ratio use the same settings in the same run.
 */
export async function measureLoad(
  url: string,
  options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 8,
    headers: options.headers,
  });
  return {
    url,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Two loads compared: the ratio b ÷ a of each round, and their median. */
export interface PairedLoad {
  a: LoadResult;
  b: LoadResult;
  /** b's requests per second ÷ a's, one per round, in order. */
  roundRatios: number[];
  medianRatio: number;
}

function combine(rounds: LoadResult[]): LoadResult {
  const first = rounds[0];
  if (!first) throw new Error("no rounds were measured");
  const mean = (pick: (round: LoadResult) => number) =>
    rounds.reduce((sum, round) => sum + pick(round), 0) / rounds.length;
  return {
    url: first.url,
    requestsPerSecond: mean((round) => round.requestsPerSecond),
    latencyP50Ms: mean((round) => round.latencyP50Ms),
    latencyP99Ms: Math.max(...rounds.map((round) => round.latencyP99Ms)),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
  };
}

/**
 * Measures two addresses in alternating rounds (a, b, a, b, …) after a short unmeasured warm-up
 * of each, so that the machine's drift over the run (a shared host moves ±20% within a minute)
 * falls on both sides of the ratio instead of on whichever was measured second.
 */
export async function measurePair(
  a: { url: string; headers?: Record<string, string> },
  b: { url: string; headers?: Record<string, string> },
  options: { rounds?: number; seconds?: number } = {},
): Promise<PairedLoad> {
  const rounds = options.rounds ?? 3;
  const seconds = options.seconds ?? 5;
  await measureLoad(a.url, { seconds: 1, headers: a.headers });
  await measureLoad(b.url, { seconds: 1, headers: b.headers });
  const aRounds: LoadResult[] = [];
  const bRounds: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    aRounds.push(await measureLoad(a.url, { seconds, headers: a.headers }));
    bRounds.push(await measureLoad(b.url, { seconds, headers: b.headers }));
  }
  const roundRatios = aRounds.map(
    (aRound, index) => (bRounds[index]?.requestsPerSecond ?? 0) / aRound.requestsPerSecond,
  );
  const sorted = [...roundRatios].sort((x, y) => x - y);
  return {
    a: combine(aRounds),
    b: combine(bRounds),
    roundRatios,
    medianRatio: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}
