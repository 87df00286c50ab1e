/**
 * The packages ./telemetry imports. The apps list them in next.config's serverExternalPackages:
 * the instrumentations patch Node's modules as they are required, which works only when Node
 * itself loads them, not from inside a bundle.
 */
export const TRACING_PACKAGES = [
  "@opentelemetry/api",
  "@opentelemetry/sdk-node",
  "@opentelemetry/sdk-trace-base",
  "@opentelemetry/instrumentation-http",
  "@opentelemetry/exporter-trace-otlp-http",
  "@opentelemetry/exporter-trace-otlp-proto",
  "@prisma/instrumentation",
];
