import type { Issue } from "@legible/core";

/** Which record an error is about. */
export interface RecordKey {
  type: string;
  id: string;
}

/**
 * Failures a person can act on. Routers map them to API errors; none of them carries a Prisma
 * code, SQL or a stack trace into a message.
 */
export class RepositoryError extends Error {
  override name = "RepositoryError";
}

export class RecordNotFoundError extends RepositoryError {
  override name = "RecordNotFoundError";
  constructor(
    readonly record: RecordKey,
    label: string,
  ) {
    super(`No ${label} with id "${record.id}" exists.`);
  }
}

/** The record changed after the caller loaded it: saving would overwrite someone's work. */
export class VersionConflictError extends RepositoryError {
  override name = "VersionConflictError";
  constructor(
    readonly record: RecordKey,
    readonly yourVersion: number,
    readonly currentVersion: number,
    readonly updatedBy: string | null,
    readonly updatedAt: string,
    label: string,
  ) {
    super(
      `This ${label} was changed by ${updatedBy ?? "someone else"} at ${updatedAt} (version ${currentVersion}) after you opened version ${yourVersion}. Reload it to see their changes; nothing of yours was saved.`,
    );
  }
}

/** A delete refused because other records depend on this one. */
export class RecordInUseError extends RepositoryError {
  override name = "RecordInUseError";
  constructor(
    readonly record: RecordKey,
    readonly reasons: string[],
    label: string,
  ) {
    super(`This ${label} cannot be deleted: ${reasons.join("; ")}.`);
  }
}

/** A record that breaks the domain's rules, or points at records that do not exist. */
export class InvalidRecordError extends RepositoryError {
  override name = "InvalidRecordError";
  constructor(
    readonly issues: Issue[],
    label: string,
  ) {
    super(
      `This ${label} has problems: ${issues.map((issue) => `${issue.path || "record"} ${issue.message}`).join("; ")}.`,
    );
  }
}

/** A value that must be unique is taken, such as a second explainer in the same language. */
export class DuplicateRecordError extends RepositoryError {
  override name = "DuplicateRecordError";
}
