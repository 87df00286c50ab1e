import { sentenceFor } from "@/lib/records/issues";
import { readFailure } from "@/lib/records/server-errors";

/** The message a person can act on, from a tRPC error: the first field's, or the error's own. */
export function errorMessage(error: unknown, fields: Record<string, string> = {}): string {
  const { issues, message } = readFailure(error);
  const first = issues[0];
  return first ? sentenceFor(fields[first.path] ?? first.path, first.message) : message;
}
