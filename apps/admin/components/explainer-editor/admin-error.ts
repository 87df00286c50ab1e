import type { AdminRouter } from "@legible/api";
import type { TRPCClientErrorLike } from "@trpc/client";

/** An error from the staff API, with the details its error formatter adds (issues, conflict). */
export type AdminError = TRPCClientErrorLike<AdminRouter>;

/** Who saved a newer version, when a save or review step was refused as a conflict. */
export type ConflictDetails = NonNullable<NonNullable<AdminError["data"]>["conflict"]>;

/** The conflict details when the error is a version conflict; null otherwise. */
export function conflictOf(error: AdminError | null): ConflictDetails | null {
  if (error?.data?.code !== "CONFLICT") return null;
  return error.data.conflict ?? null;
}

/** "19 November 2024 at 10:32", in the staff member's own time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("en-US", { dateStyle: "long", timeStyle: "short" });
}
