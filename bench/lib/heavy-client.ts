import autocannon from "autocannon";

// The 200 greedy clients of bench:heavy, in a process of their own: run in the bench's process,
// their event loop would delay the other reader's responses as much as the server does, and the
// reader's p99 would measure the load generator. Started by ./heavy-load.ts; prints one JSON line.

export interface HeavyClientOrder {
  url: string;
  clients: number;
  seconds: number;
  headers: Record<string, string>;
  /** Seconds before a request counts as timed out (autocannon's default is 10). */
  timeoutSeconds?: number;
}

export interface HeavyClientResult {
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  byStatus: Record<string, number>;
  megabytesPerSecond: number;
  errors: number;
  timeouts: number;
}

async function main() {
  const order = JSON.parse(process.argv[2] ?? "{}") as HeavyClientOrder;
  let client = 0;
  const result = await autocannon({
    url: order.url,
    connections: order.clients,
    duration: order.seconds,
    headers: order.headers,
    timeout: order.timeoutSeconds ?? 10,
    // Each connection is its own resident: its own address, as a proxy in front would name it.
    setupClient: (each) => {
      client += 1;
      each.setHeaders({
        ...order.headers,
        "x-forwarded-for": `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
      });
    },
  });
  const byStatus = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  const answer: HeavyClientResult = {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    byStatus,
    megabytesPerSecond: Math.round(result.throughput.average / 1024 / 102.4) / 10,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
