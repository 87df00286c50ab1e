import {
  DatabaseBusyError,
  DuplicateRecordError,
  InvalidRecordError,
  ListOptionError,
  RecordInUseError,
  RecordNotFoundError,
  RecordsChangedMeanwhileError,
  VersionConflictError,
} from "@legible/db";
import { TRPCError } from "@trpc/server";

/**
 * True for storage's error of this kind. The name counts as well as the class: Next bundles the
 * staff app's instrumentation apart from its routes, each with its own copy of @legible/db, and
 * the store they share (processStorage) throws the copy's classes, which instanceof here misses.
 */
export function isStorageError<T extends Error>(
  error: unknown,
  type: abstract new (...args: never[]) => T,
  name: string,
): error is T {
  return error instanceof type || (error instanceof Error && error.name === name);
}

/** Storage's refusals as API errors that keep the reason; the formatter passes the details on. */
export function toApiError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  if (isStorageError(error, VersionConflictError, "VersionConflictError"))
    return new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
  if (isStorageError(error, RecordNotFoundError, "RecordNotFoundError"))
    return new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
  if (
    isStorageError(error, InvalidRecordError, "InvalidRecordError") ||
    isStorageError(error, ListOptionError, "ListOptionError")
  ) {
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  }
  if (
    isStorageError(error, RecordInUseError, "RecordInUseError") ||
    isStorageError(error, DuplicateRecordError, "DuplicateRecordError") ||
    isStorageError(error, RecordsChangedMeanwhileError, "RecordsChangedMeanwhileError")
  ) {
    return new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
  }
  if (isStorageError(error, DatabaseBusyError, "DatabaseBusyError")) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: error.message, cause: error });
  }
  if (isAuthError(error)) {
    return new TRPCError({
      code: authCode(error.statusCode),
      message: error.body?.message ?? error.message,
      cause: error,
    });
  }
  return error;
}

interface AuthError {
  statusCode: number;
  message: string;
  body?: { message?: string };
}

function isAuthError(error: unknown): error is AuthError {
  return (
    error instanceof Error &&
    error.name === "APIError" &&
    typeof (error as { statusCode?: unknown }).statusCode === "number"
  );
}

function authCode(status: number): TRPCError["code"] {
  if (status === 401) return "UNAUTHORIZED";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 429) return "TOO_MANY_REQUESTS";
  return "BAD_REQUEST";
}
