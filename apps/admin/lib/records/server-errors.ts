import type { Issue } from "@legible/core";
import { issuesOfFieldErrors } from "./issues";

/** Who saved since the form was loaded, as the server reports it. */
export interface ConflictInfo {
  yourVersion: number;
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface SaveFailure {
  code: string | null;
  message: string;
  issues: Issue[];
  conflict: ConflictInfo | null;
}

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[] | undefined> | null;
  issues?: Issue[] | null;
  conflict?: ConflictInfo | null;
}

/** What a failed save or delete says: its code, message, problems by field, and any conflict. */
export function readFailure(error: unknown): SaveFailure {
  const data = ((error as { data?: ErrorData } | null)?.data ?? {}) as ErrorData;
  const message = error instanceof Error ? error.message : "The server could not be reached. Try again.";
  return {
    code: data.code ?? null,
    message,
    issues: [...(data.issues ?? []), ...issuesOfFieldErrors(data.fieldErrors)],
    conflict: data.conflict ?? null,
  };
}
