import { processLogger } from "@legible/observe";

type AuthLogLevel = "debug" | "info" | "warn" | "error";

/**
 * Better Auth's own messages as JSON lines of the staff app's log (part auth) instead of colored
 * console text. Only its message (email addresses masked) and the first error's text are kept:
 * the other values it passes along can be accounts or sessions, which the log must not hold.
 */
export function authLogger() {
  const log = processLogger().child({ part: "auth" });
  return {
    log(level: AuthLogLevel, message: string, ...details: unknown[]) {
      const error = details.find((detail): detail is Error => detail instanceof Error);
      if (error) log[level]({ err: error }, message);
      else log[level](message);
    },
  };
}
