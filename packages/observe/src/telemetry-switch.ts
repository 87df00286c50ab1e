// Tracing costs nothing unless it is asked for: the OpenTelemetry SDK is imported only when an
// OTLP endpoint is set (the standard OTEL_EXPORTER_OTLP_ENDPOINT, or its traces-only variant).

type Env = Record<string, string | undefined>;

export function telemetryWanted(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === "true") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

interface RunningTelemetry {
  shutdown(): Promise<void>;
}

const slot = globalThis as unknown as { legibleTelemetry?: RunningTelemetry };

/** Starts tracing for this process (once) when an endpoint is set; says whether it runs. */
export async function startTelemetryIfAsked(serviceName: string, env: Env = process.env): Promise<boolean> {
  if (slot.legibleTelemetry) return true;
  if (!telemetryWanted(env)) return false;
  const { startTelemetry } = await import("./telemetry");
  slot.legibleTelemetry = startTelemetry(serviceName, env);
  return true;
}

/** Sends the spans still waiting, before the process exits. */
export async function stopTelemetry(): Promise<void> {
  const running = slot.legibleTelemetry;
  slot.legibleTelemetry = undefined;
  await running?.shutdown();
}
