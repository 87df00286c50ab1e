import { Prisma } from "../generated/sqlite/client";
import { RepositoryError } from "./errors";

/** The database could not take the write in time and nothing was saved. */
export class DatabaseBusyError extends RepositoryError {
  override name = "DatabaseBusyError";
  constructor() {
    super("Legible is busy saving other changes. Nothing of yours was saved; try again in a moment.");
  }
}

/**
 * SQLite's write lock stayed taken past the busy timeout (Prisma's adapter reports every
 * SQLITE_BUSY as P1008), or PostgreSQL refused a write conflict (P2034).
 */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P1008" || error.code === "P2034");
}
