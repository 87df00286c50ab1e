import { trace } from "@opentelemetry/api";
import { type DestinationStream, type Logger, pino, stdSerializers } from "pino";
import { maskEmails, REDACTED, REDACTED_PATHS } from "./redaction";
import { currentRequestId } from "./request-context";

export type { Logger } from "pino";

export interface LoggerOptions {
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
  /** pino's level; LEGIBLE_LOG_LEVEL, else "info". */
  level?: string;
}

/**
 * A JSON-lines logger: one object a line, with the time, the level, the request id and trace id
 * of the request it runs for (when any), and secrets redacted (./redaction).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? process.env.LEGIBLE_LOG_LEVEL ?? "info",
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    serializers: {
      err: (error: Error) => {
        const serialized = stdSerializers.err(error);
        return {
          ...serialized,
          message: maskEmails(serialized.message),
          ...(serialized.stack ? { stack: maskEmails(serialized.stack) } : {}),
        };
      },
    },
    mixin() {
      const requestId = currentRequestId();
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      return { ...(requestId ? { requestId } : {}), ...(traceId ? { traceId } : {}) };
    },
    hooks: {
      logMethod(args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === "string" ? maskEmails(arg) : arg)),
        );
      },
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

// One logger per process, on globalThis: Next bundles this module apart into each route.
const slot = globalThis as unknown as { legibleLogger?: Logger };

/** The process's logger; `.child({ part: "sync" })` for a part of it. */
export function processLogger(): Logger {
  slot.legibleLogger ??= createLogger();
  return slot.legibleLogger;
}

/** Replaces the process's logger (tests read what a request logged through their own). */
export function setProcessLogger(logger: Logger): void {
  slot.legibleLogger = logger;
}

/** Names the app every line of this process comes from ("web", "admin", "sync"). */
export function nameProcess(app: string): void {
  const logger = processLogger();
  // pino adds bindings rather than replacing them: naming twice (the server, then Next's
  // instrumentation in the same process) wrote "app" twice on every line.
  if (logger.bindings().app !== app) logger.setBindings({ app });
}

/** A `(message) => void` for the parts that take one (schedulers, queues): each message an error line. */
export function errorLines(part: string): (message: string) => void {
  const logger = processLogger().child({ part });
  return (message) => logger.error(message);
}
