export {
  createLogger,
  errorLines,
  type Logger,
  type LoggerOptions,
  nameProcess,
  processLogger,
  setProcessLogger,
} from "./logger";
export { maskEmails, REDACTED, REDACTED_PATHS } from "./redaction";
export { currentRequestId, type RequestContext, runWithRequestId } from "./request-context";
export { acceptedRequestId, newRequestId, REQUEST_ID_HEADER, requestIdOf } from "./request-id";
export { startTelemetryIfAsked, stopTelemetry, telemetryWanted } from "./telemetry-switch";
