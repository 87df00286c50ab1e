export { createLogger, errorLines, type Logger, type LoggerOptions, nameProcess, processLogger } from "./logger";
export { maskEmails, REDACTED, REDACTED_PATHS } from "./redaction";
export { currentRequestId, type RequestContext, runWithRequestId } from "./request-context";
export { acceptedRequestId, newRequestId, REQUEST_ID_HEADER, requestIdOf } from "./request-id";
export { startTelemetryIfAsked, telemetryWanted } from "./telemetry-switch";
