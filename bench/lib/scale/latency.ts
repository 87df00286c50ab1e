import autocannon from "autocannon";

/** Latency of one endpoint, in milliseconds, over a bounded run. */
export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Requests that warm caches and the JIT before measuring; their times are not counted. */
const WARM_UP_REQUESTS = 10;

/** Percentiles of measured times (nearest rank). */
export function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { requests: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

/**
 * One connection on loopback for a fixed time: each request waits for the last, so the
 * numbers are service time, not queueing. Every response must be a 200, or nothing was measured.
 */
export async function measureLatency(url: string, seconds: number): Promise<Latency> {
  for (let i = 0; i < WARM_UP_REQUESTS; i++) {
    const response = await fetch(url);
    const body = await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  }
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections: 1, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // Each response's own time, so every percentile is exact rather than read off buckets.
    run.on("response", (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  }
  return latencyOf(samples);
}
