// OpenTelemetry for a Legible server process: a span for every HTTP request it serves or sends
// (the http instrumentation) and for every Prisma query (Prisma's own instrumentation), exported
// over OTLP/HTTP, protobuf unless OTEL_EXPORTER_OTLP_PROTOCOL (or its _TRACES_ variant) says
// http/json. Every span started while a request runs carries that request's id. Imported only
// through ./telemetry-switch, when an endpoint is set.
import { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { OTLPTraceExporter as JsonTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtobufTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { BatchSpanProcessor, type SpanExporter, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { processLogger } from "./logger";
import { currentRequestId } from "./request-context";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";

/** The span attribute that names the request a span belongs to. */
export const REQUEST_ID_ATTRIBUTE = "legible.request_id";

type Env = Record<string, string | undefined>;

/** Puts the running request's id on every span that starts inside it (queries included). */
const requestIdOnSpans: SpanProcessor = {
  onStart(span) {
    const requestId = currentRequestId();
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  },
  onEnd() {},
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

function traceExporter(env: Env): SpanExporter {
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? "http/protobuf";
  if (protocol === "http/json") return new JsonTraceExporter();
  if (protocol !== "http/protobuf") {
    processLogger().warn(`telemetry: OTLP protocol "${protocol}" is not supported here; sending http/protobuf`);
  }
  return new ProtobufTraceExporter();
}

export function startTelemetry(serviceName: string, env: Env = process.env): { shutdown(): Promise<void> } {
  const sdk = new NodeSDK({
    // The standard variable wins over our default name, as a collector's users expect.
    serviceName: env.OTEL_SERVICE_NAME ?? serviceName,
    spanProcessors: [requestIdOnSpans, new BatchSpanProcessor(traceExporter(env))],
    instrumentations: [
      new HttpInstrumentation({
        // The request's id is settled as it arrives, before any handler reads it: an acceptable
        // incoming x-request-id, or a new one the app's handlers then find in the header.
        requestHook(span, request) {
          if (!(request instanceof IncomingMessage)) return;
          const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
          request.headers[REQUEST_ID_HEADER] = requestId;
          span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        },
      }),
      new PrismaInstrumentation(),
    ],
  });
  sdk.start();
  // The http instrumentation patches the module as it is next required; a server started before
  // this (Next's own) already holds it, so require it once now.
  const require = createRequire(`${process.cwd()}/`);
  require("node:http");
  require("node:https");
  return sdk;
}
