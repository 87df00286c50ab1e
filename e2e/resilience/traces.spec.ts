// Traces and logs of the built apps as `npm start` serves them, exported to a small OTLP/HTTP
// receiver this spec runs (JSON encoding, chosen with the standard OTEL_EXPORTER_OTLP_PROTOCOL).
// One public request makes a span tree: the HTTP server span at its root and Prisma's query spans
// under it, one trace id, the request's id on the spans; its log lines carry the same id.
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import {
  type AppEnv,
  type AppServer,
  freePort,
  prepareDatabase,
  type Scratch,
  scratchDatabase,
  startApp,
} from "./servers";

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{ spans?: OtlpSpan[] }>;
  }>;
}

const plainValue = (value: OtlpValue) => value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue;
const attributesOf = (list: OtlpAttribute[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, plainValue(value)]));

/** An OTLP/HTTP traces endpoint on loopback (port 4490–4499) keeping every span it is sent. */
async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      if (request.url === "/v1/traces" && request.headers["content-type"]?.includes("json")) {
        const received = JSON.parse(body) as OtlpExport;
        for (const resource of received.resourceSpans ?? []) {
          const service = String(attributesOf(resource.resource?.attributes)["service.name"] ?? "");
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? [])
              spans.push({
                service,
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId ?? "",
                name: span.name,
                kind: span.kind,
                attributes: attributesOf(span.attributes),
              });
        }
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  for (let port = 4490; port <= 4499; port++) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (listening) return { url: `http://127.0.0.1:${port}`, spans, server };
  }
  throw new Error("no free port in 4490–4499 for the OTLP receiver");
}

const SERVER_KIND = 2;
const REQUEST_ID = "legible.request_id";

/** Waits for spans of one request id to include a server span and a Prisma span; returns them. */
async function spansOf(spans: ReceivedSpan[], requestId: string): Promise<ReceivedSpan[]> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // Every span of the traces the id is on, the ones started outside the request's own code included.
    const traceIds = new Set(
      spans.filter((span) => span.attributes[REQUEST_ID] === requestId).map((span) => span.traceId),
    );
    const trace = spans.filter((span) => traceIds.has(span.traceId));
    if (trace.some((span) => span.kind === SERVER_KIND) && trace.some((span) => span.name.startsWith("prisma:"))) {
      return trace;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `no server and Prisma spans for ${requestId}; received: ${spans.map((span) => `${span.name} ${JSON.stringify(span.attributes[REQUEST_ID])}`).join(", ")}`,
  );
}

test.describe("traces and logs", () => {
  let scratch: Scratch | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  const servers: AppServer[] = [];

  test.afterAll(async () => {
    for (const server of servers) await server.stop();
    await scratch?.remove();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  test("a public request is one trace, from its HTTP span down to its queries, and its log lines share its id", async () => {
    test.setTimeout(180_000);
    receiver = await startReceiver();
    scratch = await scratchDatabase();
    const [webPort, adminPort] = [await freePort(), await freePort()];
    const env: AppEnv = {
      databaseUrl: scratch.config.url,
      webUrl: `http://localhost:${webPort}`,
      adminUrl: `http://localhost:${adminPort}`,
    };
    await prepareDatabase(scratch.config, env.adminUrl);
    const tracing = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_BSP_SCHEDULE_DELAY: "200",
      OTEL_METRICS_EXPORTER: "none",
      OTEL_LOGS_EXPORTER: "none",
    };
    const [web, admin] = await Promise.all([
      startApp("web", webPort, env, tracing),
      startApp("admin", adminPort, env, tracing),
    ]);
    servers.push(web, admin);

    // The public site: a tRPC read, answered from the database.
    const answer = await fetch(`${web.url}/api/trpc/jurisdictions.list`, {
      headers: { "x-request-id": "trace-web-0001" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-request-id")).toBe("trace-web-0001");

    const trace = await spansOf(receiver.spans, "trace-web-0001");
    const root = trace.find((span) => span.kind === SERVER_KIND && span.parentSpanId === "");
    expect(root, "an HTTP server span at the root").toBeTruthy();
    expect(root?.service).toBe("legible-web");
    expect(root?.attributes[REQUEST_ID]).toBe("trace-web-0001");
    expect(String(root?.attributes["http.target"] ?? root?.attributes["url.path"])).toContain(
      "/api/trpc/jurisdictions.list",
    );
    const queries = trace.filter((span) => span.name.startsWith("prisma:"));
    expect(queries.length).toBeGreaterThan(0);
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    for (const query of queries) {
      expect(query.traceId).toBe(root?.traceId);
      // Up the tree from each query, the HTTP span is reached.
      let step: ReceivedSpan | undefined = query;
      while (step?.parentSpanId) step = byId.get(step.parentSpanId);
      expect(step?.spanId, `${query.name} hangs under the HTTP span`).toBe(root?.spanId);
    }
    expect(queries.some((span) => span.attributes[REQUEST_ID] === "trace-web-0001")).toBe(true);

    // Its log lines: the server's line for the answer, with the same id.
    await expect
      .poll(() =>
        web
          .output()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .filter((line) => line.requestId === "trace-web-0001"),
      )
      .toContainEqual(
        expect.objectContaining({ app: "web", msg: "request", path: "/api/trpc/jurisdictions.list", status: 200 }),
      );

    // The staff app: its proxy settles the id, its health is traced and reports the job queue.
    const health = await fetch(`${admin.url}/api/health`, { headers: { "x-request-id": "trace-admin-0001" } });
    expect(health.headers.get("x-request-id")).toBe("trace-admin-0001");
    expect(await health.json()).toMatchObject({ status: "ok", queue: { state: "ok" } });
    const adminTrace = await spansOf(receiver.spans, "trace-admin-0001");
    expect(adminTrace.find((span) => span.kind === SERVER_KIND)?.service).toBe("legible-admin");
  });
});
