import { describe, expect, it } from "vitest";
import { startTelemetryIfAsked, telemetryWanted } from "./telemetry-switch";

describe("whether tracing starts", () => {
  it("starts only with an OTLP endpoint set, and not when the SDK is switched off", () => {
    expect(telemetryWanted({})).toBe(false);
    expect(telemetryWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toBe(false);
    expect(telemetryWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
    expect(telemetryWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toBe(true);
    expect(telemetryWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" })).toBe(
      false,
    );
  });

  it("does nothing without an endpoint", async () => {
    await expect(startTelemetryIfAsked("legible-test", {})).resolves.toBe(false);
  });
});
