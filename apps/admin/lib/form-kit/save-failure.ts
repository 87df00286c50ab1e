import type { AdminRouter, ConflictDetails } from "@legible/api";
import type { Issue } from "@legible/core";
import type { TRPCClientErrorLike } from "@trpc/client";
import { issuesOfFieldErrors } from "./issues";

/** An error from the staff API, with what its error formatter adds (field errors, issues, conflict). */
export type AdminError = TRPCClientErrorLike<AdminRouter>;
type ErrorData = Partial<Pick<NonNullable<AdminError["data"]>, "code" | "fieldErrors" | "issues" | "conflict">>;

export type { ConflictDetails };

/** What a refused save, delete or review step says, read once for every staff form. */
export interface SaveFailure {
  code: string | null;
  message: string;
  /** Problems by path, from core's checks (`issues`) and from the input's schema (`fieldErrors`). */
  issues: Issue[];
  /** Set when a colleague saved a newer version first. */
  conflict: ConflictDetails | null;
}

export const UNREACHABLE = "The server could not be reached. Try again.";

export function readSaveFailure(error: unknown): SaveFailure {
  const data: ErrorData = (error as { data?: ErrorData | null } | null)?.data ?? {};
  const message = error instanceof Error && error.message ? error.message : UNREACHABLE;
  return {
    code: data.code ?? null,
    message,
    issues: [...(data.issues ?? []), ...issuesOfFieldErrors(data.fieldErrors)],
    conflict: data.conflict ?? null,
  };
}
