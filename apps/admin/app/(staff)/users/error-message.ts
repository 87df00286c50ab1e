import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { sentenceFor } from "@/lib/form-kit/sentences";

/** The message a person can act on, from a tRPC error: the first field's, or the error's own. */
export function errorMessage(error: unknown, fields: Record<string, string> = {}): string {
  const { issues, message } = readSaveFailure(error);
  const first = issues[0];
  return first ? sentenceFor(fields[first.path] ?? first.path, first.message) : message;
}
