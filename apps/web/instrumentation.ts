// Runs once when a public site server starts: its log lines say "web", and with an OTLP endpoint
// set (OTEL_EXPORTER_OTLP_ENDPOINT) it traces requests and database queries. Only in the Node
// runtime, not while `next build` collects pages; without an endpoint no tracing code is loaded.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
  const { nameProcess, startTelemetryIfAsked } = await import("@legible/observe");
  nameProcess("web");
  await startTelemetryIfAsked("legible-web");
}
